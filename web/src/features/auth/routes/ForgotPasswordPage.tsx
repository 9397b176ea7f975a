import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { isNetworkFailure } from '../../../app/errors';
import { PublicLayout } from '../../../app/layout/PublicLayout';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button, ButtonLink } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { AuthHeading } from '../components/AuthHeading';
import styles from '../auth.module.css';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($identifier: String!) {
    requestPasswordReset(identifier: $identifier)
  }
`);

/**
 * "Mot de passe oublié": the answer is the same whether the identifier exists or not, so that
 * nobody can probe which identifiers exist.
 */
export function ForgotPasswordPage() {
  const intl = useIntl();
  const location = useLocation();
  const initialIdentifier = ((location.state ?? {}) as { identifier?: string }).identifier ?? '';
  const [identifier, setIdentifier] = useState(initialIdentifier);
  const [errorId, setErrorId] = useState<string | null>(null);
  const [formErrorId, setFormErrorId] = useState<string | null>(null);
  const [isSent, setSent] = useState(false);
  const identifierRef = useRef<HTMLInputElement>(null);
  const [requestReset, { loading }] = useMutation(RequestPasswordResetMutation);
  useDocumentTitle(intl.formatMessage({ id: 'auth.forgot.title' }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormErrorId(null);
    if (identifier.trim() === '') {
      setErrorId('auth.signIn.error.identifierRequired');
      identifierRef.current?.focus();
      return;
    }
    setErrorId(null);
    try {
      await requestReset({ variables: { identifier: identifier.trim() } });
      setSent(true);
    } catch (error) {
      setFormErrorId(isNetworkFailure(error) ? 'app.error.network' : 'app.error.unexpected');
    }
  };

  if (isSent) {
    return (
      <PublicLayout>
        <AuthHeading icon="mail" title={intl.formatMessage({ id: 'auth.forgot.sentTitle' })} />
        <div className={styles.stack}>
          <Alert tone="success">{intl.formatMessage({ id: 'auth.forgot.sent' })}</Alert>
          <p className={styles.intro}>{intl.formatMessage({ id: 'auth.forgot.sentHelp' })}</p>
          <ButtonLink to="/connexion" isBlock variant="secondary" icon="chevronLeft">
            {intl.formatMessage({ id: 'auth.forgot.backToSignIn' })}
          </ButtonLink>
        </div>
      </PublicLayout>
    );
  }

  return (
    <PublicLayout>
      <AuthHeading icon="key" title={intl.formatMessage({ id: 'auth.forgot.title' })} intro={intl.formatMessage({ id: 'auth.forgot.intro' })} />
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        {formErrorId && <Alert tone="error">{intl.formatMessage({ id: formErrorId })}</Alert>}
        <TextField
          ref={identifierRef}
          label={intl.formatMessage({ id: 'auth.signIn.identifier' })}
          name="identifier"
          autoComplete="username"
          autoCapitalize="characters"
          value={identifier}
          onChange={(value) => {
            setIdentifier(value);
            setErrorId(null);
          }}
          error={errorId && intl.formatMessage({ id: errorId })}
          isRequired
        />
        <Button type="submit" isBlock isBusy={loading} icon="check">
          {intl.formatMessage({ id: 'auth.forgot.submit' })}
        </Button>
      </form>
      <div className={styles.links}>
        <Link to="/connexion">{intl.formatMessage({ id: 'auth.forgot.backToSignIn' })}</Link>
      </div>
    </PublicLayout>
  );
}
