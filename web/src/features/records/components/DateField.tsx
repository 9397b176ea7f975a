import { useIntl } from 'react-intl';
import { TextField } from '../../../ui/TextField';

export type DateFieldProps = { label: string; name: string; value: string; onChange: (value: string) => void; error?: string; isRequired?: boolean };

/** A date typed "jj/mm/aaaa" (digits keyboard on a phone); the form sends it as ISO. */
export function DateField({ label, name, value, onChange, error, isRequired }: DateFieldProps) {
  const intl = useIntl();
  return (
    <TextField
      label={label}
      hint={intl.formatMessage({ id: 'records.date.hint' })}
      name={name}
      value={value}
      onChange={onChange}
      error={error}
      inputMode="numeric"
      autoComplete="off"
      isRequired={isRequired}
    />
  );
}
