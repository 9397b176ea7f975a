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

// TODO(#9): read `Person.documents` (documents targeting the person, their accounts, leases and
// lots) once the API has it; until then the person's documents are found among the agency's 100
// newest by "Concerne", which names the person for a person, account or lease target.
const PersonDocumentsQuery = graphql(`
  query PersonDocuments {
    viewer {
      identifier
      can {
        manageDocuments
      }
      documents(space: MANAGEMENT, first: 100) {
        edges {
          cursor
          node {
            id
            concerns
            ...DocumentTable_document
          }
        }
      }
    }
  }
`);

export type PersonDocumentsProps = { displayName: string };

/** The "Documents" tab of a person's record: the documents that concern them, with "(Dé)publier". */
export function PersonDocuments({ displayName }: PersonDocumentsProps) {
  const intl = useIntl();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const { data, error, refetch } = useQuery(PersonDocumentsQuery);
  const title = intl.formatMessage({ id: 'documents.person.title' });
  const canManage = data?.viewer?.can.manageDocuments ?? false;
  const documents = (data?.viewer?.documents.edges ?? []).map((edge) => edge.node).filter((document) => document.concerns?.includes(displayName));
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
