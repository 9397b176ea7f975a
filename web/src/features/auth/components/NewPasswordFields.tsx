import { useId, type Ref } from 'react';
import { useIntl } from 'react-intl';
import { TextField } from '../../../ui/TextField';
import { PasswordChecklist } from './PasswordChecklist';

export type NewPasswordFieldsProps = {
  password: string;
  confirmation: string;
  onPasswordChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  /** Message ids, from the form's own check or from the API's BAD_USER_INPUT. */
  passwordErrorId?: string;
  confirmationErrorId?: string;
  hasSubmitted: boolean;
  passwordRef: Ref<HTMLInputElement>;
  confirmationRef: Ref<HTMLInputElement>;
};

/** "Nouveau mot de passe", the policy checklist, then "Confirmation" (the manual's screen). */
export function NewPasswordFields({
  password,
  confirmation,
  onPasswordChange,
  onConfirmationChange,
  passwordErrorId,
  confirmationErrorId,
  hasSubmitted,
  passwordRef,
  confirmationRef,
}: NewPasswordFieldsProps) {
  const intl = useIntl();
  const checklistId = useId();
  const reveal = {
    show: intl.formatMessage({ id: 'auth.password.show' }),
    hide: intl.formatMessage({ id: 'auth.password.hide' }),
  };
  return (
    <>
      <TextField
        ref={passwordRef}
        label={intl.formatMessage({ id: 'auth.password.new' })}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={onPasswordChange}
        error={passwordErrorId && intl.formatMessage({ id: passwordErrorId })}
        describedBy={checklistId}
        revealLabels={reveal}
        isRequired
      />
      <PasswordChecklist password={password} isStrict={hasSubmitted} id={checklistId} />
      <TextField
        ref={confirmationRef}
        label={intl.formatMessage({ id: 'auth.password.confirmation' })}
        name="confirmation"
        type="password"
        autoComplete="new-password"
        value={confirmation}
        onChange={onConfirmationChange}
        error={confirmationErrorId && intl.formatMessage({ id: confirmationErrorId })}
        revealLabels={reveal}
        isRequired
      />
    </>
  );
}
