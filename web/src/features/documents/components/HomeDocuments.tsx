import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { SPACE_PATHS } from '../../../app/spaces';
import { graphql } from '../../../gql';
import type { Space } from '../../../gql/graphql';
import { ButtonLink } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { DocumentList } from './DocumentList';

/** How many of the newest documents the home shows. */
const NEWEST = 4;

const HomeDocumentsQuery = graphql(`
  query HomeDocuments($space: Space!) {
    viewer {
      identifier
      documents(space: $space, first: 4) {
        edges {
          cursor
          node {
            id
            ...DocumentList_document
          }
        }
      }
    }
  }
`);

export type HomeDocumentsProps = { space: Extract<Space, 'SYNDIC' | 'GERANCE'> };

/**
 * The home's newest documents of the space (manual, "Mes documents"), linking to the binders.
 * Its own query: where the agency switched the module off the API refuses it, and the section stays out.
 */
export function HomeDocuments({ space }: HomeDocumentsProps) {
  const intl = useIntl();
  const { data, error } = useQuery(HomeDocumentsQuery, { variables: { space } });
  if (error) return null;
  const documents = (data?.viewer?.documents.edges ?? []).slice(0, NEWEST).map((edge) => edge.node);
  const title = intl.formatMessage({ id: 'documents.home.title' });
  return (
    <Card
      title={title}
      icon="folder"
      actions={
        <ButtonLink to={`${SPACE_PATHS[space]}/documents`} variant="secondary" icon="chevronRight">
          {intl.formatMessage({ id: 'documents.home.all' })}
        </ButtonLink>
      }
    >
      {!data ? (
        <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />
      ) : documents.length === 0 ? (
        <p>{intl.formatMessage({ id: 'documents.home.none' })}</p>
      ) : (
        <DocumentList documents={documents} showsBinder label={title} />
      )}
    </Card>
  );
}
