import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { QueryError } from '../../../app/QueryError';
import { graphql } from '../../../gql';
import { ButtonLink } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { DocumentSelectionBar } from './DocumentSelectionBar';
import { DocumentTable } from './DocumentTable';

// `Person.documents`: addressed to the person, their accounts, leases and lots (read in SQL).
const PersonDocumentsQuery = graphql(`
  query PersonDocuments($personId: ID!) {
    viewer {
      identifier
      can {
        manageDocuments
      }
    }
    node(id: $personId) {
      id
      ... on Person {
        documents(first: 100) {
          edges {
            cursor
            node {
              id
              ...DocumentTable_document
            }
          }
        }
      }
    }
  }
`);

export type PersonDocumentsProps = { personId: string; displayName: string };

/** The "Documents" tab of a person's record: the documents that concern them, with "(Dé)publier". */
export function PersonDocuments({ personId, displayName }: PersonDocumentsProps) {
  const intl = useIntl();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const { data, error, refetch } = useQuery(PersonDocumentsQuery, { variables: { personId } });
  const title = intl.formatMessage({ id: 'documents.person.title' });
  const canManage = data?.viewer?.can.manageDocuments ?? false;
  const node = data?.node?.__typename === 'Person' ? data.node : null;
  const documents = (node?.documents?.edges ?? []).map((edge) => edge.node);
  return (
    <Card
      title={title}
      icon="folder"
      actions={
        canManage && (
          <ButtonLink to="/gestion/documents/publier" variant="secondary" icon="upload">
            {intl.formatMessage({ id: 'documents.manager.publish' })}
          </ButtonLink>
        )
      }
    >
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />
      ) : documents.length === 0 ? (
        <p>{intl.formatMessage({ id: 'documents.person.none' })}</p>
      ) : (
        <>
          {canManage && (
            <DocumentSelectionBar
              selectedIds={documents.filter((document) => selected.has(document.id)).map((document) => document.id)}
              onClear={() => setSelected(new Set())}
              onDone={() => {
                setSelected(new Set());
                void refetch();
              }}
            />
          )}
          <DocumentTable
            documents={documents}
            selectedIds={selected}
            onSelectionChange={canManage ? setSelected : undefined}
            caption={intl.formatMessage({ id: 'documents.person.caption' }, { name: displayName })}
          />
        </>
      )}
    </Card>
  );
}
