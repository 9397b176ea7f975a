import { useIntl } from 'react-intl';
import { TextField } from '../../../ui/TextField';
import styles from './RecordForm.module.css';

/** The four lines of a postal address as PostalAddressInput has them. */
export type AddressValues = { line1: string; line2: string; postalCode: string; city: string };

export const EMPTY_ADDRESS: AddressValues = { line1: '', line2: '', postalCode: '', city: '' };

export type AddressFieldsProps = {
  value: AddressValues;
  onChange: (value: AddressValues) => void;
  /** Message ids by row path ("postalAddress.city"). */
  errors: Record<string, string>;
  isRequired?: boolean;
};

/** Address fields of a record form; errors come under `postalAddress.<line>` as the API names them. */
export function AddressFields({ value, onChange, errors, isRequired }: AddressFieldsProps) {
  const intl = useIntl();
  const field = (name: keyof AddressValues, autoComplete: string, required: boolean) => (
    <TextField
      label={intl.formatMessage({ id: `records.address.${name}` })}
      name={`postalAddress.${name}`}
      value={value[name]}
      onChange={(text) => onChange({ ...value, [name]: text })}
      error={errors[`postalAddress.${name}`] && intl.formatMessage({ id: errors[`postalAddress.${name}`] })}
      autoComplete={autoComplete}
      isRequired={required}
    />
  );
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{intl.formatMessage({ id: 'records.address.legend' })}</legend>
      {field('line1', 'address-line1', Boolean(isRequired))}
      {field('line2', 'address-line2', false)}
      <div className={styles.pair}>
        {field('postalCode', 'postal-code', Boolean(isRequired))}
        {field('city', 'address-level2', Boolean(isRequired))}
      </div>
    </fieldset>
  );
}

/** Client-side checks of an address: all of line 1, postal code and city, or (when optional) none. */
export function addressErrors(value: AddressValues, isRequired: boolean): Record<string, string> {
  const isEmpty = [value.line1, value.line2, value.postalCode, value.city].every((part) => part.trim() === '');
  if (isEmpty && !isRequired) return {};
  const found: Record<string, string> = {};
  for (const name of ['line1', 'postalCode', 'city'] as const) if (value[name].trim() === '') found[`postalAddress.${name}`] = 'records.error.required';
  return found;
}

/** PostalAddressInput from the fields; null for an optional address left empty. */
export function addressInput(value: AddressValues) {
  if ([value.line1, value.line2, value.postalCode, value.city].every((part) => part.trim() === '')) return null;
  return { line1: value.line1.trim(), line2: value.line2.trim() || null, postalCode: value.postalCode.trim(), city: value.city.trim() };
}
