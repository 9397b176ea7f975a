import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { SelectField } from '../../../ui/SelectField';
import { writeErrorMessage } from './api-reason';
import styles from './ManagerForms.module.css';

const HandAssemblyToProviderMutation = graphql(`
  mutation HandAssemblyToProvider($input: HandAssemblyToProviderInput!) {
    handAssemblyToProvider(input: $input) {
      id
      handedToProviderAt
    }
  }
`);

/** An integrator token as the page's query read it. */
export type ProviderToken = { id: string; name: string; scopes: readonly string[]; revokedAt?: string | null; expiresAt?: string | null };

export type ProviderHandOverProps = { assemblyId: string; handedAt: string | null; tokens: readonly ProviderToken[]; now?: Date };

/**
 * AG Connect: hands an upcoming AG to a remote-voting provider, named by its integrator token.
 * Only live tokens able to hand the votes back (assemblies:write) are offered; the API checks it
 * again and refuses a past AG (ASSEMBLY_NOT_UPCOMING) or one without agenda or co-owners
 * (ASSEMBLY_INCOMPLETE). Handing it again gives every participant new codes, hence the confirmation.
 */
export function ProviderHandOver({ assemblyId, handedAt, tokens, now = new Date() }: ProviderHandOverProps) {
  const intl = useIntl();
  const providers = tokens.filter(
    (token) => token.scopes.includes('ASSEMBLIES_WRITE') && !token.revokedAt && (!token.expiresAt || new Date(token.expiresAt).getTime() > now.getTime()),
  );
  const [tokenId, setTokenId] = useState('');
  const [isConfirming, setIsConfirming] = useState(false);
  const [hand, { loading, error, reset }] = useMutation(HandAssemblyToProviderMutation);
  const chosen = providers.find((token) => token.id === tokenId) ?? providers[0];

  return (
    <div className={styles.form}>
      <p className={styles.hint}>{intl.formatMessage({ id: 'assemblies.provider.hint' })}</p>
      {handedAt && <Alert tone="info">{intl.formatMessage({ id: 'assemblies.provider.handed' }, { date: new Date(handedAt) })}</Alert>}
      {error && <Alert tone="error">{writeErrorMessage(intl, error)}</Alert>}
      {chosen ? (
        <>
          <SelectField
            label={intl.formatMessage({ id: 'assemblies.provider.token' })}
            name="providerToken"
            value={chosen.id}
            options={providers.map((token) => ({ value: token.id, label: token.name }))}
            onChange={setTokenId}
          />
          <div className={styles.actions}>
            <Button variant="secondary" icon="globe" onClick={() => setIsConfirming(true)}>
              {intl.formatMessage({ id: handedAt ? 'assemblies.provider.handAgain' : 'assemblies.provider.hand' })}
            </Button>
          </div>
        </>
      ) : (
        <Alert tone="warning">{intl.formatMessage({ id: 'assemblies.provider.noToken' })}</Alert>
      )}
      <Dialog
        isOpen={isConfirming}
        title={intl.formatMessage({ id: 'assemblies.provider.confirmTitle' })}
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
                if (!chosen) return;
                void hand({ variables: { input: { assemblyId, apiTokenId: chosen.id } } })
                  .catch(() => undefined)
                  .finally(() => setIsConfirming(false));
              }}
            >
              {intl.formatMessage({ id: 'assemblies.provider.confirm' })}
            </Button>
          </>
        }
      >
        <p>{intl.formatMessage({ id: 'assemblies.provider.confirmText' }, { name: chosen?.name ?? '' })}</p>
      </Dialog>
    </div>
  );
}
