import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { errorMessageIdOf } from '../../../app/error-message-id';
import { fieldErrorsOf } from '../../../app/errors';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import type { IntegratorScope } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { Checkbox } from '../../../ui/Checkbox';
import { Dialog } from '../../../ui/Dialog';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { TextField } from '../../../ui/TextField';
import { CopySecret } from '../components/CopySecret';
import { expiryFromFrenchDate } from '../expiry';
import { INTEGRATOR_SCOPES } from '../integrator-scopes';
import styles from './administration.module.css';

const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens(first: 100) {
      nodes {
        id
        name
        scopes
        createdAt
        lastUsedAt
        expiresAt
        revokedAt
      }
    }
  }
`);

const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
      }
    }
  }
`);

const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

type FieldErrors = { name?: string; scopes?: string; expiresAt?: string };

/** "Jetons d'API": the agency's integrator tokens; a new secret is shown once, then only its use. */
export function ApiTokensPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'administration.tokens.title' });
  useDocumentTitle(title);
  const { data, error, refetch } = useQuery(ApiTokensQuery);
  const [create, createState] = useMutation(CreateApiTokenMutation);
  const [revoke, revokeState] = useMutation(RevokeApiTokenMutation);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ReadonlySet<IntegratorScope>>(new Set());
  const [expiry, setExpiry] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrorId, setFormErrorId] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [toRevoke, setToRevoke] = useState<{ id: string; name: string } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const expiryRef = useRef<HTMLInputElement>(null);
  const scopesRef = useRef<HTMLFieldSetElement>(null);
  const when = (iso: string | null) => (iso ? intl.formatDate(new Date(iso), { dateStyle: 'short', timeStyle: 'short' }) : null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormErrorId(null);
    const expiresAt = expiry.trim() ? expiryFromFrenchDate(expiry) : null;
    const found: FieldErrors = {};
    if (!name.trim()) found.name = 'errors.INVALID_VALUE';
    if (scopes.size === 0) found.scopes = 'administration.tokens.scopesRequired';
    if (expiresAt === undefined) found.expiresAt = 'errors.DATE_REQUIRED';
    setErrors(found);
    if (found.name) return nameRef.current?.focus();
    if (found.scopes) return scopesRef.current?.querySelector('input')?.focus();
    if (found.expiresAt) return expiryRef.current?.focus();
    try {
      const { data: created } = await create({ variables: { input: { name: name.trim(), scopes: INTEGRATOR_SCOPES.filter((scope) => scopes.has(scope)), expiresAt } } });
      if (created) setSecret({ name: created.createApiToken.apiToken.name, token: created.createApiToken.token });
      setName('');
      setScopes(new Set());
      setExpiry('');
      void refetch();
    } catch (failure) {
      const mapped: FieldErrors = {};
      for (const fieldError of fieldErrorsOf(failure)) {
        const key = fieldError.field.replace(/^input\./, '') as keyof FieldErrors;
        if (key === 'name' || key === 'scopes' || key === 'expiresAt') mapped[key] = `errors.${fieldError.reason}`;
      }
      if (Object.keys(mapped).length) setErrors(mapped);
      else setFormErrorId(errorMessageIdOf(failure));
    }
  };

  const confirmRevoke = async () => {
    if (!toRevoke) return;
    await revoke({ variables: { id: toRevoke.id } });
    setToRevoke(null);
  };

  const tokens = data?.apiTokens.nodes ?? [];
  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: 'administration.tokens.intro' })} />
      <div className={styles.layout}>
        <Card title={intl.formatMessage({ id: 'administration.tokens.createTitle' })} icon="key">
          <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
            <TextField
              ref={nameRef}
              label={intl.formatMessage({ id: 'administration.tokens.name' })}
              hint={intl.formatMessage({ id: 'administration.tokens.nameHint' })}
              name="tokenName"
              value={name}
              onChange={setName}
              isRequired
              error={errors.name && intl.formatMessage({ id: errors.name })}
            />
            <fieldset ref={scopesRef} className={styles.scopes} aria-invalid={Boolean(errors.scopes)} aria-describedby={errors.scopes ? 'token-scopes-error' : undefined}>
              <legend>{intl.formatMessage({ id: 'administration.tokens.scopes' })}</legend>
              {INTEGRATOR_SCOPES.map((scope) => (
                <div key={scope} className={styles.scope}>
                  <Checkbox
                    label={intl.formatMessage({ id: `administration.scope.${scope}` })}
                    isChecked={scopes.has(scope)}
                    onChange={(isChecked) =>
                      setScopes((current) => {
                        const next = new Set(current);
                        if (isChecked) next.add(scope);
                        else next.delete(scope);
                        return next;
                      })
                    }
                  />
                  <p className={styles.scopeHint}>{intl.formatMessage({ id: `administration.scope.${scope}.hint` })}</p>
                </div>
              ))}
              {errors.scopes && (
                <p id="token-scopes-error" className={styles.fieldError}>
                  {intl.formatMessage({ id: errors.scopes })}
                </p>
              )}
            </fieldset>
            <TextField
              ref={expiryRef}
              label={intl.formatMessage({ id: 'administration.tokens.expiry' })}
              hint={intl.formatMessage({ id: 'administration.tokens.expiryHint' })}
              name="tokenExpiry"
              value={expiry}
              onChange={setExpiry}
              inputMode="numeric"
              error={errors.expiresAt && intl.formatMessage({ id: errors.expiresAt })}
            />
            {formErrorId && <Alert tone="error">{intl.formatMessage({ id: formErrorId })}</Alert>}
            <Button type="submit" icon="key" isBusy={createState.loading}>
              {intl.formatMessage({ id: 'administration.tokens.create' })}
            </Button>
          </form>
        </Card>

        <section aria-labelledby="tokens-list-title">
          <h2 id="tokens-list-title" className={styles.sectionTitle}>
            {intl.formatMessage({ id: 'administration.tokens.listTitle' })}
          </h2>
          {error && <QueryError error={error} onRetry={() => void refetch()} />}
          {!data && !error && <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />}
          {data && tokens.length === 0 && (
            <EmptyState icon="key" title={intl.formatMessage({ id: 'administration.tokens.emptyTitle' })}>
              {intl.formatMessage({ id: 'administration.tokens.empty' })}
            </EmptyState>
          )}
          {tokens.length > 0 && (
            <ul className={styles.list} aria-label={intl.formatMessage({ id: 'administration.tokens.listTitle' })}>
              {tokens.map((token) => (
                <li key={token.id} className={styles.item} aria-label={token.name}>
                  <div className={styles.itemHead}>
                    <span className={styles.itemName}>{token.name}</span>
                    <span className={token.revokedAt ? styles.badgeOff : styles.badgeOn}>
                      {intl.formatMessage({ id: token.revokedAt ? 'administration.tokens.revoked' : 'administration.tokens.active' })}
                    </span>
                  </div>
                  <p className={styles.meta}>{token.scopes.map((scope) => intl.formatMessage({ id: `administration.scope.${scope}` })).join(' · ')}</p>
                  <dl className={styles.facts}>
                    <div>
                      <dt>{intl.formatMessage({ id: 'administration.tokens.createdAt' })}</dt>
                      <dd>{when(token.createdAt)}</dd>
                    </div>
                    <div>
                      <dt>{intl.formatMessage({ id: 'administration.tokens.lastUsedAt' })}</dt>
                      <dd>{when(token.lastUsedAt) ?? intl.formatMessage({ id: 'administration.tokens.neverUsed' })}</dd>
                    </div>
                    <div>
                      <dt>{intl.formatMessage({ id: 'administration.tokens.expiresAt' })}</dt>
                      <dd>{when(token.expiresAt) ?? intl.formatMessage({ id: 'administration.tokens.noExpiry' })}</dd>
                    </div>
                    {token.revokedAt && (
                      <div>
                        <dt>{intl.formatMessage({ id: 'administration.tokens.revokedAt' })}</dt>
                        <dd>{when(token.revokedAt)}</dd>
                      </div>
                    )}
                  </dl>
                  {!token.revokedAt && (
                    <Button variant="danger" onClick={() => setToRevoke({ id: token.id, name: token.name })}>
                      {intl.formatMessage({ id: 'administration.tokens.revoke' }, { name: token.name })}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <Dialog
        isOpen={secret !== null}
        icon="key"
        title={intl.formatMessage({ id: 'administration.tokens.secretTitle' })}
        onClose={() => setSecret(null)}
        actions={<Button onClick={() => setSecret(null)}>{intl.formatMessage({ id: 'administration.tokens.secretDone' })}</Button>}
      >
        {secret && (
          <>
            <Alert tone="warning">{intl.formatMessage({ id: 'administration.tokens.secretWarning' }, { name: secret.name })}</Alert>
            <CopySecret label={intl.formatMessage({ id: 'administration.tokens.secret' })} name="tokenSecret" value={secret.token} />
          </>
        )}
      </Dialog>
      <Dialog
        isOpen={toRevoke !== null}
        icon="lock"
        title={intl.formatMessage({ id: 'administration.tokens.revokeTitle' }, { name: toRevoke?.name ?? '' })}
        onClose={() => setToRevoke(null)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setToRevoke(null)}>
              {intl.formatMessage({ id: 'administration.cancel' })}
            </Button>
            <Button variant="danger" onClick={() => void confirmRevoke()} isBusy={revokeState.loading}>
              {intl.formatMessage({ id: 'administration.tokens.revokeSubmit' })}
            </Button>
          </>
        }
      >
        <p>{intl.formatMessage({ id: 'administration.tokens.revokeIntro' })}</p>
      </Dialog>
    </>
  );
}
