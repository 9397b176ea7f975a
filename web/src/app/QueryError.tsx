import { useIntl } from 'react-intl';
import { Navigate } from 'react-router';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { errorMessageIdOf } from './error-message-id';
import { errorCodeOf } from './errors';
import { SessionExpired } from './session/SessionExpired';
import styles from './QueryError.module.css';

export type QueryErrorProps = {
  error: unknown;
  onRetry?: () => void;
  isFullPage?: boolean;
};

/** What a screen shows when its query fails, by the API's error code. */
export function QueryError({ error, onRetry, isFullPage }: QueryErrorProps) {
  const intl = useIntl();
  const code = errorCodeOf(error);
  if (code === 'UNAUTHENTICATED') return <SessionExpired />;
  if (code === 'PASSWORD_CHANGE_REQUIRED') return <Navigate to="/changer-mot-de-passe" replace />;

  const messageId = errorMessageIdOf(error);

  return (
    <div className={isFullPage ? styles.fullPage : styles.inline}>
      <Alert tone="error" title={intl.formatMessage({ id: 'app.error.title' })}>
        <p>{intl.formatMessage({ id: messageId })}</p>
        {onRetry && code !== 'NOT_FOUND' && code !== 'FORBIDDEN' && (
          <div className={styles.retry}>
            <Button variant="secondary" onClick={onRetry}>
              {intl.formatMessage({ id: 'app.error.retry' })}
            </Button>
          </div>
        )}
      </Alert>
    </div>
  );
}
