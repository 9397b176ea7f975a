import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { SessionViewerQuery, type SignInRedirectState } from './session-viewer';
import { usePendingPassword } from './pending-password';

/**
 * Forgets everything of the session on this device (cached answers, a pending temporary
 * password) and goes to the sign-in page; the viewer is written as signed out first so that no
 * guard bounces back on stale data.
 */
export function useEndSession(): (state: SignInRedirectState) => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const pending = usePendingPassword();
  return useCallback(
    async (state: SignInRedirectState) => {
      pending.forget();
      await client.clearStore();
      client.writeQuery({ query: SessionViewerQuery, data: { viewer: null } });
      void navigate('/connexion', { replace: true, state });
    },
    [client, navigate, pending],
  );
}
