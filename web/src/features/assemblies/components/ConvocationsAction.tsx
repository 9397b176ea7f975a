import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { writeErrorMessage } from './api-reason';
import styles from './ManagerForms.module.css';

const PublishConvocationsMutation = graphql(`
  mutation PublishConvocations($assemblyId: ID!) {
    publishConvocations(assemblyId: $assemblyId) {
      id
      convocationsPublishedAt
    }
  }
`);

export type ConvocationsActionProps = { assemblyId: string; publishedAt: string | null };

/**
 * "Publier les convocations", once per AG and confirmed first: one PDF per co-owner (the
 * convocation with their postal voting form) filed as a personal document and announced by e-mail.
 * The API refuses without an agenda (AGENDA_EMPTY), after the postal deadline (POSTAL_VOTE_CLOSED)
 * or a second time (CONVOCATIONS_PUBLISHED); the message names the rule.
 */
export function ConvocationsAction({ assemblyId, publishedAt }: ConvocationsActionProps) {
  const intl = useIntl();
  const [isConfirming, setIsConfirming] = useState(false);
  const [publish, { loading, error, reset }] = useMutation(PublishConvocationsMutation);

  if (publishedAt) return <Alert tone="success">{intl.formatMessage({ id: 'assemblies.convocations.published' }, { date: new Date(publishedAt) })}</Alert>;
  return (
    <div className={styles.form}>
      <p className={styles.hint}>{intl.formatMessage({ id: 'assemblies.convocations.hint' })}</p>
      {error && <Alert tone="error">{writeErrorMessage(intl, error)}</Alert>}
      <div className={styles.actions}>
        <Button variant="secondary" icon="mail" onClick={() => setIsConfirming(true)}>
          {intl.formatMessage({ id: 'assemblies.convocations.publish' })}
        </Button>
      </div>
      <Dialog
        isOpen={isConfirming}
        title={intl.formatMessage({ id: 'assemblies.convocations.confirmTitle' })}
        onClose={() => setIsConfirming(false)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setIsConfirming(false)}>
              {intl.formatMessage({ id: 'assemblies.form.cancel' })}
            </Button>
            <Button
              variant="primary"
              isBusy={loading}
              onClick={() => {
                reset();
                void publish({ variables: { assemblyId } })
                  .catch(() => undefined)
                  .finally(() => setIsConfirming(false));
              }}
            >
              {intl.formatMessage({ id: 'assemblies.convocations.confirm' })}
            </Button>
          </>
        }
      >
        <p>{intl.formatMessage({ id: 'assemblies.convocations.confirmText' })}</p>
      </Dialog>
    </div>
  );
}
