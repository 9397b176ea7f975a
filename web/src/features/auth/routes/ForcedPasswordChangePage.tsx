import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Navigate, useNavigate } from 'react-router';
import { PublicLayout } from '../../../app/layout/PublicLayout';
import { QueryError } from '../../../app/QueryError';
import { usePendingPassword } from '../../../app/session/pending-password';
import { SessionViewerQuery } from '../../../app/session/session-viewer';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { LoadingState } from '../../../ui/LoadingState';
import { AuthHeading } from '../components/AuthHeading';
import { ChangePasswordForm } from '../components/ChangePasswordForm';

/**
 * "Réinitialisation du mot de passe", systematic after a temporary password (manual,
 * "Connexion"): nothing else opens until the person chooses their own.
 */
export function ForcedPasswordChangePage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const pending = usePendingPassword();
  const [knownCurrentPassword] = useState(() => pending.read());
  const [isDone, setDone] = useState(false);
  const { data, error, refetch } = useQuery(SessionViewerQuery);
  useDocumentTitle(intl.formatMessage({ id: 'auth.forced.title' }));

  if (error) return <QueryError error={error} onRetry={() => void refetch()} isFullPage />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} isFullPage />;
  if (!data.viewer) return <Navigate to="/connexion" replace />;
  if (!data.viewer.mustChangePassword && !isDone) return <Navigate to="/" replace />;

  return (
    <PublicLayout hasSignOut>
      <AuthHeading
        icon="shield"
        title={intl.formatMessage({ id: 'auth.forced.title' })}
        personName={data.viewer.displayName}
        intro={intl.formatMessage({ id: 'auth.forced.intro' })}
      />
      <ChangePasswordForm
        knownCurrentPassword={knownCurrentPassword}
        isCurrentTemporary
        submitLabel={intl.formatMessage({ id: 'auth.forced.submit' })}
        onChanged={() => {
          setDone(true);
          pending.forget();
          void navigate('/', { replace: true });
        }}
      />
    </PublicLayout>
  );
}
