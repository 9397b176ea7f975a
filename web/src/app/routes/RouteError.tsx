import { useIntl } from 'react-intl';
import { useRouteError } from 'react-router';
import { QueryError } from '../QueryError';

/** The router's error boundary: a render error shows a message instead of a blank page. */
export function RouteError() {
  const error = useRouteError();
  const intl = useIntl();
  return (
    <div role="region" aria-label={intl.formatMessage({ id: 'app.error.title' })}>
      <QueryError error={error} onRetry={() => window.location.reload()} isFullPage />
    </div>
  );
}
