import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { PublicLayout } from '../../../app/layout/PublicLayout';
import { usePendingPassword } from '../../../app/session/pending-password';
import { SessionViewerQuery, type SignInRedirectState } from '../../../app/session/session-viewer';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { LoadingState } from '../../../ui/LoadingState';
import { TextField } from '../../../ui/TextField';
import { AuthHeading } from '../components/AuthHeading';
import { minutesToWait, signInErrorOf, type SignInError } from '../sign-in-errors';
import styles from '../auth.module.css';

const LoginMutation = graphql(`
  mutation Login($identifier: String!, $password: String!) {
    login(identifier: $identifier, password: $password) {
      viewer {
        identifier
        displayName
        mustChangePassword
      }
    }
  }
`);

type FieldErrors = { identifier?: string; password?: string };

const NOTICE_IDS: Record<NonNullable<SignInRedirectState['reason']>, string> = {
  expired: 'auth.signIn.notice.expired',
  signedOut: 'auth.signIn.notice.signedOut',
  passwordReset: 'auth.signIn.notice.passwordReset',
};

/** "Connexion": identifier, password, "Valider"; links "Mot de passe oublié" and "Mentions légales". */
export function SignInPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useApolloClient();
  const pending = usePendingPassword();
  const redirect = (location.state ?? {}) as SignInRedirectState;
  const session = useQuery(SessionViewerQuery);
  const [login, { loading }] = useMutation(LoginMutation);

  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<SignInError | null>(null);
  /** When a lock ends, fixed when the refusal arrives (not recomputed at each render). */
  const [lockEndsAt, setLockEndsAt] = useState<number | null>(null);
  const identifierRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const formErrorRef = useRef<HTMLDivElement>(null);
  // Set once `login` succeeds: this page then leads the way itself (to `from`, or the forced change).
  const [hasSignedIn, setHasSignedIn] = useState(false);

  useDocumentTitle(intl.formatMessage({ id: 'auth.signIn.title' }));

  if (session.data?.viewer && !hasSignedIn) return <Navigate to="/" replace />;
  if (session.loading && !session.data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} isFullPage />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const errors: FieldErrors = {};
    if (identifier.trim() === '') errors.identifier = 'auth.signIn.error.identifierRequired';
    if (password === '') errors.password = 'auth.signIn.error.passwordRequired';
    setFieldErrors(errors);
    if (errors.identifier) return identifierRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();

    try {
      // A new person may sign in on this device: nothing cached from before may show.
      await client.clearStore();
      const { data } = await login({ variables: { identifier: identifier.trim(), password } });
      const viewer = data?.login.viewer;
      if (!viewer) return;
      setHasSignedIn(true);
      client.writeQuery({ query: SessionViewerQuery, data: { viewer } });
      if (viewer.mustChangePassword) {
        pending.remember(password);
        void navigate('/changer-mot-de-passe', { replace: true });
      } else {
        void navigate(redirect.from ?? '/', { replace: true });
      }
    } catch (error) {
      const mapped = signInErrorOf(error);
      if (mapped.kind === 'field') {
        setFieldErrors({ [mapped.field]: mapped.messageId });
        if (mapped.field === 'password') {
          setPassword('');
          passwordRef.current?.focus();
        } else {
          identifierRef.current?.focus();
        }
      } else {
        setFormError(mapped);
        setLockEndsAt(mapped.kind === 'locked' ? Date.now() + mapped.retryAfterSeconds * 1000 : null);
        // After the alert renders, move focus to it so that it is read out.
        requestAnimationFrame(() => formErrorRef.current?.focus());
      }
    }
  };

  const lockedUntil = () => intl.formatTime(new Date(lockEndsAt ?? 0), { hour: '2-digit', minute: '2-digit' });

  return (
    <PublicLayout hasLegalLink={false}>
      <AuthHeading icon="user" title={intl.formatMessage({ id: 'auth.signIn.title' })} intro={intl.formatMessage({ id: 'auth.signIn.intro' })} />
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        {redirect.reason && !formError && <Alert tone="info">{intl.formatMessage({ id: NOTICE_IDS[redirect.reason] })}</Alert>}
        {formError && (
          <Alert ref={formErrorRef} tone="error" title={formError.kind === 'locked' ? intl.formatMessage({ id: 'auth.signIn.error.lockedTitle' }) : undefined}>
            {formError.kind === 'locked'
              ? intl.formatMessage({ id: 'auth.signIn.error.locked' }, { minutes: minutesToWait(formError.retryAfterSeconds), time: lockedUntil() })
              : intl.formatMessage({ id: formError.messageId })}
          </Alert>
        )}
        <TextField
          ref={identifierRef}
          label={intl.formatMessage({ id: 'auth.signIn.identifier' })}
          name="identifier"
          autoComplete="username"
          autoCapitalize="characters"
          value={identifier}
          onChange={(value) => {
            setIdentifier(value);
            if (fieldErrors.identifier) setFieldErrors((current) => ({ ...current, identifier: undefined }));
          }}
          error={fieldErrors.identifier && intl.formatMessage({ id: fieldErrors.identifier })}
          isRequired
        />
        <TextField
          ref={passwordRef}
          label={intl.formatMessage({ id: 'auth.signIn.password' })}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(value) => {
            setPassword(value);
            if (fieldErrors.password) setFieldErrors((current) => ({ ...current, password: undefined }));
          }}
          error={fieldErrors.password && intl.formatMessage({ id: fieldErrors.password })}
          revealLabels={{ show: intl.formatMessage({ id: 'auth.password.show' }), hide: intl.formatMessage({ id: 'auth.password.hide' }) }}
          isRequired
        />
        <Button type="submit" isBlock isBusy={loading}>
          {intl.formatMessage({ id: 'auth.signIn.submit' })}
        </Button>
      </form>
      <div className={styles.links}>
        <Link to="/mot-de-passe-oublie" state={{ identifier: identifier.trim() }}>
          {intl.formatMessage({ id: 'auth.signIn.forgotPassword' })}
        </Link>
        <Link to="/mentions-legales">{intl.formatMessage({ id: 'auth.signIn.legal' })}</Link>
      </div>
    </PublicLayout>
  );
}
