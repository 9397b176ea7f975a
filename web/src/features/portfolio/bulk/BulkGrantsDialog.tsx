import { useIntl } from 'react-intl';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { accessGrantsCsv, base64Bytes, saveFile } from './access-csv';
import styles from './BulkAccessBar.module.css';

export type BulkGrants = {
  grants: readonly {
    identifier: string;
    temporaryPassword: string;
    emailedTo: string | null;
    person: { id: string; civility: string; displayName: string; postalAddress: { line1: string; line2: string; postalCode: string; city: string } };
  }[];
  lettersPdfBase64: string;
};

export type BulkGrantsDialogProps = { grants: BulkGrants | null; onClose: () => void };

/**
 * The answer of an "activation par salve", shown this once: the CSV and the letters are built
 * from the dialog's state only, so closing it leaves no copy anywhere (the server keeps none).
 */
export function BulkGrantsDialog({ grants, onClose }: BulkGrantsDialogProps) {
  const intl = useIntl();
  const today = new Date().toISOString().slice(0, 10);
  const downloadCsv = () => {
    if (!grants) return;
    const csv = accessGrantsCsv(
      grants.grants.map((grant) => ({
        civility: grant.person.civility,
        displayName: grant.person.displayName,
        identifier: grant.identifier,
        temporaryPassword: grant.temporaryPassword,
        address: grant.person.postalAddress,
        emailedTo: grant.emailedTo,
      })),
    );
    saveFile(csv, 'text/csv;charset=utf-8', `acces-extranet-${today}.csv`);
  };
  const downloadLetters = () => grants && saveFile(base64Bytes(grants.lettersPdfBase64), 'application/pdf', `courriers-acces-${today}.pdf`);

  return (
    <Dialog
      isOpen={grants !== null}
      icon="key"
      title={intl.formatMessage({ id: 'portfolio.bulk.grantsTitle' }, { count: grants?.grants.length ?? 0 })}
      onClose={onClose}
      actions={<Button onClick={onClose}>{intl.formatMessage({ id: 'portfolio.bulk.grantsDone' })}</Button>}
    >
      {grants && (
        <>
          <Alert tone="warning">{intl.formatMessage({ id: 'portfolio.bulk.grantsWarning' })}</Alert>
          <div className={styles.downloads}>
            <Button variant="secondary" icon="download" onClick={downloadCsv}>
              {intl.formatMessage({ id: 'portfolio.bulk.downloadCsv' })}
            </Button>
            <Button variant="secondary" icon="printer" onClick={downloadLetters}>
              {intl.formatMessage({ id: 'portfolio.bulk.downloadLetters' })}
            </Button>
          </div>
          <ul className={styles.grantList} aria-label={intl.formatMessage({ id: 'portfolio.bulk.grantsList' })}>
            {grants.grants.map((grant) => (
              <li key={grant.person.id}>
                <span className={styles.grantName}>{grant.person.displayName}</span>
                <code>{grant.identifier}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
