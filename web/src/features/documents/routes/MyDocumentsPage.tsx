import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { errorCodeOf, isModuleDisabled } from '../../../app/errors';
import { QueryError } from '../../../app/QueryError';
import { SPACE_PATHS } from '../../../app/spaces';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import type { Space } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Icon } from '../../../ui/Icon';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { TextField } from '../../../ui/TextField';
import { BinderDocuments } from '../components/BinderDocuments';
import { BinderGrid } from '../components/BinderGrid';
import { DocumentSearchResults } from '../components/DocumentSearchResults';
import styles from './MyDocumentsPage.module.css';

const MyBindersQuery = graphql(`
  query MyBinders($space: Space!) {
    viewer {
      identifier
      binders(space: $space) {
        id
        name
        folders
        ...BinderGrid_binder
      }
    }
  }
`);

/** Search parameters: the binder opened, the words searched. */
const PARAMS = { binder: 'classeur', search: 'q' } as const;

export type MyDocumentsPageProps = { space: Extract<Space, 'SYNDIC' | 'GERANCE'> };

/**
 * "Mes documents" (manual, "Mes documents"): the binders of the space with the number of documents
 * the viewer may see, a binder's files by sub-folder, and a search by title across them.
 */
export function MyDocumentsPage({ space }: MyDocumentsPageProps) {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const binderId = params.get(PARAMS.binder);
  const search = params.get(PARAMS.search) ?? '';
  const [draft, setDraft] = useState(search);
  const { data, error, refetch } = useQuery(MyBindersQuery, { variables: { space } });
  const title = intl.formatMessage({ id: 'documents.nav.mine' });
  const binder = data?.viewer?.binders.find((candidate) => candidate.id === binderId) ?? null;
  useDocumentTitle(binder ? binder.name : title);

  const update = (next: Record<string, string | null>) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      for (const [key, value] of Object.entries(next)) {
        if (value) updated.set(key, value);
        else updated.delete(key);
      }
      return updated;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ [PARAMS.search]: draft.trim() || null, [PARAMS.binder]: null });
  };

  if (errorCodeOf(error) === 'FORBIDDEN') {
    return (
      <>
        <PageHeader title={title} />
        <Alert tone="info" title={intl.formatMessage({ id: 'documents.unavailableTitle' })}>
          {intl.formatMessage({ id: isModuleDisabled(error) ? 'documents.moduleDisabled' : 'documents.unavailable' })}
        </Alert>
      </>
    );
  }
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  const binders = data.viewer?.binders ?? [];
  const home = `${SPACE_PATHS[space]}/documents`;

  return (
    <>
      {(binder || search) && (
        <nav aria-label={intl.formatMessage({ id: 'documents.breadcrumb' })} className={styles.breadcrumb}>
          <Link to={home}>
            <Icon name="chevronLeft" size={16} />
            {title}
          </Link>
        </nav>
      )}
      <PageHeader
        eyebrow={binder ? title : undefined}
        title={binder ? binder.folders.join(' / ') : title}
        description={binder || search ? undefined : intl.formatMessage({ id: 'documents.mine.intro' })}
      />
      <form className={styles.search} role="search" onSubmit={submit}>
        <TextField label={intl.formatMessage({ id: 'documents.search.label' })} name="q" type="search" inputMode="search" value={draft} onChange={setDraft} autoComplete="off" />
        <Button type="submit" variant="secondary" icon="search" className={styles.searchButton}>
          {intl.formatMessage({ id: 'documents.search.submit' })}
        </Button>
      </form>
      {search ? (
        <DocumentSearchResults space={space} search={search} />
      ) : binder ? (
        <BinderDocuments key={binder.id} space={space} binderId={binder.id} binderName={binder.name} binderDepth={binder.folders.length} />
      ) : binders.length === 0 ? (
        <EmptyState icon="folder" title={intl.formatMessage({ id: 'documents.mine.emptyTitle' })}>
          <p>{intl.formatMessage({ id: 'documents.mine.empty' })}</p>
        </EmptyState>
      ) : (
        <BinderGrid binders={binders} hrefOf={(id) => `${home}?${PARAMS.binder}=${encodeURIComponent(id)}`} />
      )}
    </>
  );
}
