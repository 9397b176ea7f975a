import { useIntl } from 'react-intl';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/TextField';
import styles from '../routes/administration.module.css';
import { CopySecret } from './CopySecret';

export type CollaboratorGrant = { identifier: string; temporaryPassword: string; emailedTo: string | null; letterPdfBase64: string; person: { displayName: string } };

function saveLetter(base64: string, identifier: string) {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `Courrier-acces-${identifier}.pdf`;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type CollaboratorGrantDialogProps = { grant: CollaboratorGrant | null; onClose: () => void };

/** The new collaborator's identifier and first password, shown this once (kept in this dialog's state only). */
export function CollaboratorGrantDialog({ grant, onClose }: CollaboratorGrantDialogProps) {
  const intl = useIntl();
  return (
    <Dialog
      isOpen={grant !== null}
      icon="key"
      title={intl.formatMessage({ id: 'administration.collaborators.grantTitle' })}
      onClose={onClose}
      actions={<Button onClick={onClose}>{intl.formatMessage({ id: 'administration.collaborators.grantDone' })}</Button>}
    >
      {grant && (
        <>
          <p>{intl.formatMessage({ id: 'administration.collaborators.grantIntro' }, { name: grant.person.displayName })}</p>
          <TextField label={intl.formatMessage({ id: 'administration.collaborators.identifier' })} name="grantIdentifier" value={grant.identifier} isReadOnly isMonospace />
          <CopySecret label={intl.formatMessage({ id: 'administration.collaborators.password' })} name="grantPassword" value={grant.temporaryPassword} />
          {grant.emailedTo && <Alert tone="success">{intl.formatMessage({ id: 'administration.collaborators.emailed' }, { email: grant.emailedTo })}</Alert>}
          <div className={styles.copyRow}>
            <Button variant="secondary" icon="download" onClick={() => saveLetter(grant.letterPdfBase64, grant.identifier)}>
              {intl.formatMessage({ id: 'administration.collaborators.letter' })}
            </Button>
          </div>
          <Alert tone="warning">{intl.formatMessage({ id: 'administration.collaborators.grantWarning' })}</Alert>
        </>
      )}
    </Dialog>
  );
}
