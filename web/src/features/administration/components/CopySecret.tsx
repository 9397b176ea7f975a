import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import styles from '../routes/administration.module.css';

export type CopySecretProps = { label: string; name: string; value: string };

/** A secret shown once, read-only, with a copy button (and what to do when the clipboard refuses). */
export function CopySecret({ label, name, value }: CopySecretProps) {
  const intl = useIntl();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <TextField label={label} name={name} value={value} isReadOnly isMonospace />
      <div className={styles.copyRow}>
        <Button variant="secondary" icon="copy" onClick={() => void copy()}>
          {intl.formatMessage({ id: 'administration.copy' })}
        </Button>
        <span role="status">{state === 'idle' ? '' : intl.formatMessage({ id: state === 'copied' ? 'administration.copied' : 'administration.copyFailed' })}</span>
      </div>
    </>
  );
}
