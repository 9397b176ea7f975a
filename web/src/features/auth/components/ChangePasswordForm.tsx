import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { fieldErrorsOf, isNetworkFailure } from '../../../app/errors';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { validateNewPassword } from '../password-policy';
import { NewPasswordFields } from './NewPasswordFields';
import styles from '../auth.module.css';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      identifier
      displayName
      mustChangePassword
    }
  }
`);

type Errors = { currentPassword?: string; newPassword?: string; confirmation?: string };

export type ChangePasswordFormProps = {
  /**
   * The current password when this device already knows it (the temporary one typed at
   * sign-in); null asks for it. A wrong remembered value falls back to asking.
   */
  knownCurrentPassword: string | null;
  /** The forced change asks for the "temporary" password, a voluntary one for the "current" one. */
  isCurrentTemporary?: boolean;
  submitLabel: string;
  onChanged: () => void;
};

/** Current password (when needed), new password with the live policy, confirmation. */
export function ChangePasswordForm({ knownCurrentPassword, isCurrentTemporary, submitLabel, onChanged }: ChangePasswordFormProps) {
  const intl = useIntl();
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);
  const [isCurrentAsked, setCurrentAsked] = useState(knownCurrentPassword === null);
  const [currentPassword, setCurrentPassword] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formErrorId, setFormErrorId] = useState<string | null>(null);
  const [hasSubmitted, setSubmitted] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  const reveal = { show: intl.formatMessage({ id: 'auth.password.show' }), hide: intl.formatMessage({ id: 'auth.password.hide' }) };

  const focusFirstInvalid = (found: Errors) => {
    if (found.currentPassword) currentRef.current?.focus();
    else if (found.newPassword) passwordRef.current?.focus();
    else if (found.confirmation) confirmationRef.current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    setFormErrorId(null);
    const found: Errors = { ...validateNewPassword(password, confirmation) };
    if (isCurrentAsked && currentPassword === '') found.currentPassword = 'auth.password.error.currentRequired';
    setErrors(found);
    if (found.currentPassword || found.newPassword || found.confirmation) return focusFirstInvalid(found);

    const current = isCurrentAsked ? currentPassword : (knownCurrentPassword ?? '');
    try {
      await changePassword({ variables: { input: { currentPassword: current, newPassword: password } } });
      onChanged();
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      if (fieldErrors.length === 0) {
        setFormErrorId(isNetworkFailure(error) ? 'app.error.network' : 'app.error.unexpected');
        return;
      }
      const mapped: Errors = {};
      for (const { field, reason } of fieldErrors) {
        if (field === 'currentPassword') mapped.currentPassword = `errors.${reason}`;
        else mapped.newPassword = `errors.${reason}`;
      }
      if (mapped.currentPassword) setCurrentAsked(true);
      setErrors(mapped);
      // The current-password field may only now be shown: focus after it renders.
      requestAnimationFrame(() => focusFirstInvalid(mapped));
    }
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      {formErrorId && <Alert tone="error">{intl.formatMessage({ id: formErrorId })}</Alert>}
      {isCurrentAsked && (
        <TextField
          ref={currentRef}
          label={intl.formatMessage({ id: isCurrentTemporary ? 'auth.password.temporary' : 'auth.password.current' })}
          hint={isCurrentTemporary ? intl.formatMessage({ id: 'auth.password.temporaryHint' }) : undefined}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(value) => {
            setCurrentPassword(value);
            setErrors((existing) => ({ ...existing, currentPassword: undefined }));
          }}
          error={errors.currentPassword && intl.formatMessage({ id: errors.currentPassword })}
          revealLabels={reveal}
          isRequired
        />
      )}
      <NewPasswordFields
        password={password}
        confirmation={confirmation}
        onPasswordChange={(value) => {
          setPassword(value);
          setErrors((existing) => ({ ...existing, newPassword: undefined }));
        }}
        onConfirmationChange={(value) => {
          setConfirmation(value);
          setErrors((existing) => ({ ...existing, confirmation: undefined }));
        }}
        passwordErrorId={errors.newPassword}
        confirmationErrorId={errors.confirmation}
        hasSubmitted={hasSubmitted}
        passwordRef={passwordRef}
        confirmationRef={confirmationRef}
      />
      <Button type="submit" isBlock isBusy={loading}>
        {submitLabel}
      </Button>
    </form>
  );
}
