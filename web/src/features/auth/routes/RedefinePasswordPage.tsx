import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { Card } from '../../../ui/Card';
import { PageHeader } from '../../../ui/PageHeader';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import styles from '../auth.module.css';

/** "Redéfinir mon mot de passe", inside a space. */
export function RedefinePasswordPage() {
  const intl = useIntl();
  // Remounting the form after a success empties it.
  const [changeCount, setChangeCount] = useState(0);
  useDocumentTitle(intl.formatMessage({ id: 'auth.redefine.title' }));
  return (
    <>
      <PageHeader title={intl.formatMessage({ id: 'auth.redefine.title' })} description={intl.formatMessage({ id: 'auth.redefine.intro' })} />
      <div className={`${styles.stack} ${styles.narrow}`}>
        {changeCount > 0 && <Alert tone="success">{intl.formatMessage({ id: 'auth.redefine.done' })}</Alert>}
        <Card>
          <ChangePasswordForm
            key={changeCount}
            knownCurrentPassword={null}
            submitLabel={intl.formatMessage({ id: 'auth.redefine.submit' })}
            onChanged={() => setChangeCount((count) => count + 1)}
          />
        </Card>
      </div>
    </>
  );
}
