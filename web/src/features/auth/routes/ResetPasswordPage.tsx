import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { fieldErrorsOf, isNetworkFailure } from '../../../app/errors';
import { PublicLayout } from '../../../app/layout/PublicLayout';
import { useEndSession } from '../../../app/session/end-session';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button, ButtonLink } from '../../../ui/Button';
import { LoadingState } from '../../../ui/LoadingState';
import { AuthHeading } from '../components/AuthHeading';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { validateNewPassword, type NewPasswordErrors } from '../password-policy';
import styles from '../auth.module.css';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

// Asked when the page opens, so that a spent or stale link says so before anything is typed.
const ResetLinkStatusQuery = graphql(`
  query ResetLinkStatus($token: String!) {
    passwordResetLinkStatus(token: $token)
  }
`);

const LINK_PROBLEM_IDS = {
  USED: 'auth.reset.linkUsed',
  EXPIRED: 'auth.reset.linkExpired',
  UNKNOWN: 'errors.INVALID_RESET_TOKEN',
} as const;

/** The page of the e-mailed link `/reinitialiser-mot-de-passe?token=…`. */
export function ResetPasswordPage() {
  const intl = useIntl();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const endSession = useEndSession();
  const [resetPassword, { loading }] = useMutation(ResetPasswordMutation);
  const linkStatus = useQuery(ResetLinkStatusQuery, { variables: { token }, skip: !token, fetchPolicy: 'network-only' });
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const [formErrorId, setFormErrorId] = useState<string | null>(null);
  const [hasSubmitted, setSubmitted] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  const formErrorRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(intl.formatMessage({ id: 'auth.reset.title' }));

  if (token && linkStatus.loading) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} isFullPage />;
  // A failed check (network) leaves the form: the mutation gives the answer then.
  const status = token ? (linkStatus.data?.passwordResetLinkStatus ?? 'VALID') : 'UNKNOWN';
  if (status !== 'VALID') {
    return (
      <PublicLayout>
        <AuthHeading icon="alert" title={intl.formatMessage({ id: 'auth.reset.invalidTitle' })} />
        <div className={styles.stack}>
          <Alert tone="error">{intl.formatMessage({ id: LINK_PROBLEM_IDS[status] })}</Alert>
          <ButtonLink to="/mot-de-passe-oublie" isBlock>
            {intl.formatMessage({ id: 'auth.reset.requestNewLink' })}
          </ButtonLink>
        </div>
        <div className={styles.links}>
          <Link to="/connexion">{intl.formatMessage({ id: 'auth.forgot.backToSignIn' })}</Link>
        </div>
      </PublicLayout>
    );
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    setFormErrorId(null);
    const found = validateNewPassword(password, confirmation);
    setErrors(found);
    if (found.newPassword) return passwordRef.current?.focus();
    if (found.confirmation) return confirmationRef.current?.focus();
    try {
      await resetPassword({ variables: { input: { token, newPassword: password } } });
      // The API ended every session of the account: this device starts afresh too.
      await endSession({ reason: 'passwordReset' });
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      const onPassword = fieldErrors.find((item) => item.field === 'newPassword');
      if (onPassword) {
        setErrors({ newPassword: `errors.${onPassword.reason}` });
        passwordRef.current?.focus();
        return;
      }
      const onToken = fieldErrors.find((item) => item.field === 'token');
      setFormErrorId(onToken ? 'errors.INVALID_RESET_TOKEN' : isNetworkFailure(error) ? 'app.error.network' : 'app.error.unexpected');
      requestAnimationFrame(() => formErrorRef.current?.focus());
    }
  };

  return (
    <PublicLayout>
      <AuthHeading icon="lock" title={intl.formatMessage({ id: 'auth.reset.title' })} intro={intl.formatMessage({ id: 'auth.reset.intro' })} />
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        {formErrorId && (
          <Alert ref={formErrorRef} tone="error">
            <p>{intl.formatMessage({ id: formErrorId })}</p>
            {formErrorId === 'errors.INVALID_RESET_TOKEN' && (
              <p>
                <Link to="/mot-de-passe-oublie">{intl.formatMessage({ id: 'auth.reset.requestNewLink' })}</Link>
              </p>
            )}
          </Alert>
        )}
        <NewPasswordFields
          password={password}
          confirmation={confirmation}
          onPasswordChange={(value) => {
            setPassword(value);
            setErrors((current) => ({ ...current, newPassword: undefined }));
          }}
          onConfirmationChange={(value) => {
            setConfirmation(value);
            setErrors((current) => ({ ...current, confirmation: undefined }));
          }}
          passwordErrorId={errors.newPassword}
          confirmationErrorId={errors.confirmation}
          hasSubmitted={hasSubmitted}
          passwordRef={passwordRef}
          confirmationRef={confirmationRef}
        />
        <Button type="submit" isBlock isBusy={loading}>
          {intl.formatMessage({ id: 'auth.reset.submit' })}
        </Button>
      </form>
      <div className={styles.links}>
        <Link to="/connexion">{intl.formatMessage({ id: 'auth.forgot.backToSignIn' })}</Link>
      </div>
    </PublicLayout>
  );
}
