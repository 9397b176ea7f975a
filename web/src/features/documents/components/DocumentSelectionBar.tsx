import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { errorMessageIdOf } from '../../../app/error-message-id';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import styles from './DocumentSelectionBar.module.css';

const SetPublishedMutation = graphql(`
  mutation SetDocumentsPublished($documentIds: [ID!]!, $isPublished: Boolean!) {
    setDocumentsPublished(documentIds: $documentIds, isPublished: $isPublished) {
      id
      isPublished
    }
  }
`);

const DeleteDocumentsMutation = graphql(`
  mutation DeleteDocuments($documentIds: [ID!]!) {
    deleteDocuments(documentIds: $documentIds)
  }
`);

export type DocumentSelectionBarProps = {
  selectedIds: readonly string[];
  onClear: () => void;
  /** After a change: the table and the counts are fetched again. */
  onDone: () => void;
};

type Action = 'unpublish' | 'republish' | 'delete';

/** "Publier/(Dé)publier des événements" on the selected documents, and their deletion (confirmed). */
export function DocumentSelectionBar({ selectedIds, onClear, onDone }: DocumentSelectionBarProps) {
  const intl = useIntl();
  const [notice, setNotice] = useState<string | null>(null);
  const [errorId, setErrorId] = useState<string | null>(null);
  const [isConfirmingDelete, setConfirmingDelete] = useState(false);
  const [setPublished, publishedState] = useMutation(SetPublishedMutation);
  const [remove, removeState] = useMutation(DeleteDocumentsMutation);
  const count = selectedIds.length;

  const run = async (action: Action) => {
    setErrorId(null);
    setNotice(null);
    try {
      if (action === 'delete') await remove({ variables: { documentIds: [...selectedIds] } });
      else await setPublished({ variables: { documentIds: [...selectedIds], isPublished: action === 'republish' } });
      setNotice(intl.formatMessage({ id: `documents.selection.done.${action}` }, { count }));
      setConfirmingDelete(false);
      onDone();
    } catch (error) {
      setErrorId(errorMessageIdOf(error));
    }
  };

  return (
    <>
      <section className={styles.bar} aria-label={intl.formatMessage({ id: 'documents.selection.label' })}>
        <p className={styles.count} role="status">
          {intl.formatMessage({ id: 'documents.selection.count' }, { count })}
        </p>
        {count > 0 && (
          <div className={styles.actions}>
            <Button variant="secondary" icon="eyeOff" onClick={() => void run('unpublish')} isBusy={publishedState.loading}>
              {intl.formatMessage({ id: 'documents.selection.unpublish' })}
            </Button>
            <Button variant="secondary" icon="eye" onClick={() => void run('republish')} isBusy={publishedState.loading}>
              {intl.formatMessage({ id: 'documents.selection.republish' })}
            </Button>
            <Button variant="danger" icon="cross" onClick={() => setConfirmingDelete(true)}>
              {intl.formatMessage({ id: 'documents.selection.delete' })}
            </Button>
            <Button variant="ghost" onClick={onClear}>
              {intl.formatMessage({ id: 'documents.selection.clear' })}
            </Button>
          </div>
        )}
        {notice && <Alert tone="success">{notice}</Alert>}
        {errorId && !isConfirmingDelete && <Alert tone="error">{intl.formatMessage({ id: errorId })}</Alert>}
      </section>
      <Dialog
        isOpen={isConfirmingDelete}
        icon="alert"
        title={intl.formatMessage({ id: 'documents.selection.confirmDelete' }, { count })}
        onClose={() => setConfirmingDelete(false)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirmingDelete(false)}>
              {intl.formatMessage({ id: 'documents.selection.cancel' })}
            </Button>
            <Button variant="danger" onClick={() => void run('delete')} isBusy={removeState.loading}>
              {intl.formatMessage({ id: 'documents.selection.deleteSubmit' })}
            </Button>
          </>
        }
      >
        <p>{intl.formatMessage({ id: 'documents.selection.deleteIntro' }, { count })}</p>
        {errorId && <Alert tone="error">{intl.formatMessage({ id: errorId })}</Alert>}
      </Dialog>
    </>
  );
}
