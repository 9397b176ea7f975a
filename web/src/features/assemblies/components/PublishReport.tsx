import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { reasonOf, writeErrorMessage } from './api-reason';
import styles from './ManagerForms.module.css';

const PublishAssemblyReportMutation = graphql(`
  mutation PublishAssemblyReport($assemblyId: ID!) {
    publishAssemblyReport(assemblyId: $assemblyId) {
      id
      reportPublishedAt
    }
  }
`);

export type PublishReportProps = { assemblyId: string };

/**
 * "Publier le procès-verbal", confirmed first: it cannot be undone. The API freezes the AG, files
 * the PDFs in "Assemblées Générales" and notifies the absent, défaillant and opposing co-owners;
 * the page reloads its query to show the frozen AG and the documents' links. A refusal names its
 * rule (ASSEMBLY_NOT_HELD, ASSEMBLY_BINDER_MISSING…); REPORT_PUBLISHED here means another manager
 * was quicker, which the message says in those words.
 */
export function PublishReport({ assemblyId }: PublishReportProps) {
  const intl = useIntl();
  const [isConfirming, setIsConfirming] = useState(false);
  const [publish, { loading, error, reset }] = useMutation(PublishAssemblyReportMutation, { refetchQueries: ['ManagedAssembly'], awaitRefetchQueries: true });
  const isAlreadyPublished = reasonOf(error) === 'REPORT_PUBLISHED';

  function confirm() {
    reset();
    void publish({ variables: { assemblyId } })
      .catch(() => undefined)
      .finally(() => setIsConfirming(false));
  }

  return (
    <div className={styles.form}>
      <p className={styles.hint}>{intl.formatMessage({ id: 'assemblies.report.publishHint' })}</p>
      {error && <Alert tone="error">{isAlreadyPublished ? intl.formatMessage({ id: 'assemblies.report.alreadyPublished' }) : writeErrorMessage(intl, error)}</Alert>}
      <div className={styles.actions}>
        <Button variant="primary" icon="upload" onClick={() => setIsConfirming(true)}>
          {intl.formatMessage({ id: 'assemblies.report.publish' })}
        </Button>
      </div>
      <Dialog
        isOpen={isConfirming}
        title={intl.formatMessage({ id: 'assemblies.report.confirmTitle' })}
        onClose={() => setIsConfirming(false)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setIsConfirming(false)}>
              {intl.formatMessage({ id: 'assemblies.form.cancel' })}
            </Button>
            <Button variant="primary" isBusy={loading} onClick={confirm}>
              {intl.formatMessage({ id: 'assemblies.report.confirm' })}
            </Button>
          </>
        }
      >
        <p>{intl.formatMessage({ id: 'assemblies.report.confirmText' })}</p>
      </Dialog>
    </div>
  );
}
