import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Navigate } from 'react-router';
import { graphql } from '../../gql';
import { Alert } from '../../ui/Alert';
import { LoadingState } from '../../ui/LoadingState';
import { PublicLayout } from '../layout/PublicLayout';
import { QueryError } from '../QueryError';
import { SessionViewerQuery } from '../session/session-viewer';
import { SPACE_PATHS } from '../spaces';
import { useDocumentTitle } from '../useDocumentTitle';

const HomeSpacesQuery = graphql(`
  query HomeSpaces {
    viewer {
      identifier
      spaces
    }
  }
`);

/**
 * "/": signed out → sign-in; temporary password → forced change; two spaces or more → "Choix
 * de l'espace"; one → straight in (manual, "Choix de l'espace").
 */
export function HomeRedirect() {
  const intl = useIntl();
  const session = useQuery(SessionViewerQuery);
  const isReady = Boolean(session.data?.viewer && !session.data.viewer.mustChangePassword);
  const spaces = useQuery(HomeSpacesQuery, { skip: !isReady });
  useDocumentTitle(intl.formatMessage({ id: 'app.home.title' }));

  const error = session.error ?? spaces.error;
  if (error) return <QueryError error={error} isFullPage />;
  if (!session.data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} isFullPage />;
  if (!session.data.viewer) return <Navigate to="/connexion" replace />;
  if (session.data.viewer.mustChangePassword) return <Navigate to="/changer-mot-de-passe" replace />;
  if (!spaces.data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} isFullPage />;

  const list = spaces.data.viewer?.spaces ?? [];
  if (list.length === 1) return <Navigate to={SPACE_PATHS[list[0]]} replace />;
  if (list.length > 1) return <Navigate to="/espaces" replace />;
  return (
    <PublicLayout hasSignOut>
      <Alert tone="info" title={intl.formatMessage({ id: 'app.home.noSpace.title' })}>
        {intl.formatMessage({ id: 'app.home.noSpace.body' })}
      </Alert>
    </PublicLayout>
  );
}
