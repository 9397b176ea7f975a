import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/TextField';
import styles from './ExtranetAccessPanel.module.css';

export type AccessGrant = { identifier: string; temporaryPassword: string; emailedTo?: string | null; letterPdfBase64?: string | null };

/**
 * Saves the letter the API built when it issued the password. The bytes live in this dialog's
 * state only: once "Valider" closes it, no copy is left to download again.
 */
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

export type AccessGrantDialogProps = {
  grant: AccessGrant | null;
  personName: string;
  onClose: () => void;
};

/**
 * The identifier and temporary password, shown this once (manual, "Re-générer le mot de passe":
 * "VALIDER pour quitter cette fenêtre sinon le mot de passe ne sera pas conservé").
 */
export function AccessGrantDialog({ grant, personName, onClose }: AccessGrantDialogProps) {
  const intl = useIntl();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const canCopy = typeof navigator !== 'undefined' && Boolean(navigator.clipboard);

  const copy = async () => {
    if (!grant) return;
    try {
      await navigator.clipboard.writeText(grant.temporaryPassword);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <Dialog
      isOpen={grant !== null}
      icon="key"
      title={intl.formatMessage({ id: 'portfolio.grant.title' })}
      onClose={() => {
        setCopyState('idle');
        onClose();
      }}
      actions={
        <Button
          onClick={() => {
            setCopyState('idle');
            onClose();
          }}
        >
          {intl.formatMessage({ id: 'portfolio.grant.done' })}
        </Button>
      }
    >
      {grant && (
        <>
          <p>{intl.formatMessage({ id: 'portfolio.grant.intro' }, { name: personName })}</p>
          <TextField label={intl.formatMessage({ id: 'portfolio.grant.identifier' })} name="grantIdentifier" value={grant.identifier} isReadOnly isMonospace />
          <TextField label={intl.formatMessage({ id: 'portfolio.grant.password' })} name="grantPassword" value={grant.temporaryPassword} isReadOnly isMonospace />
          {canCopy && (
            <div className={styles.copyRow}>
              <Button variant="secondary" icon="copy" onClick={() => void copy()}>
                {intl.formatMessage({ id: 'portfolio.grant.copy' })}
              </Button>
              <span role="status" className={styles.copyStatus}>
                {copyState === 'idle' ? '' : intl.formatMessage({ id: copyState === 'copied' ? 'portfolio.grant.copied' : 'portfolio.grant.copyFailed' })}
              </span>
            </div>
          )}
          {grant.emailedTo && <Alert tone="success">{intl.formatMessage({ id: 'portfolio.grant.emailed' }, { email: grant.emailedTo })}</Alert>}
          {grant.letterPdfBase64 && (
            <div className={styles.copyRow}>
              <Button variant="secondary" icon="download" onClick={() => saveLetter(grant.letterPdfBase64 ?? '', grant.identifier)}>
                {intl.formatMessage({ id: 'portfolio.grant.letter' })}
              </Button>
            </div>
          )}
          <p className={styles.warning}>{intl.formatMessage({ id: 'portfolio.grant.warning' })}</p>
        </>
      )}
    </Dialog>
  );
}
