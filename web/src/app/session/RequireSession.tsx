import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingState } from '../../ui/LoadingState';
import { QueryError } from '../QueryError';
import { SessionViewerQuery, type SignInRedirectState } from './session-viewer';

/** Routes below need a session; a temporary password must be changed before anything else. */
export function RequireSession() {
  const intl = useIntl();
  const location = useLocation();
  const { data, error, refetch } = useQuery(SessionViewerQuery);

  if (error) return <QueryError error={error} onRetry={() => void refetch()} isFullPage />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} isFullPage />;
  if (!data.viewer) {
    const state: SignInRedirectState = { from: location.pathname + location.search };
    return <Navigate to="/connexion" replace state={state} />;
  }
  if (data.viewer.mustChangePassword) return <Navigate to="/changer-mot-de-passe" replace />;
  return <Outlet />;
}
