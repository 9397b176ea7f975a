import { assertText, optionalText, TEXT_LIMITS, type RowErrors } from '../../graphql/batch';
import type { PostalAddressInput } from '../identity.types';

/** The address columns of persons and buildings (empty strings when there is none). */
export interface AddressColumns {
  line1: string;
  line2: string;
  postal_code: string;
  city: string;
}

export const NO_ADDRESS: AddressColumns = { line1: '', line2: '', postal_code: '', city: '' };

/**
 * Checks a batch row's postal address, recording every bad part in `errors` (`persons[3].postalAddress.city`);
 * null means no address. Line 2 is optional, the rest required.
 */
export function addressColumns(errors: RowErrors, field: string, address: PostalAddressInput | null | undefined): AddressColumns {
  if (!address) return NO_ADDRESS;
  return {
    line1: errors.check(() => assertText(`${field}.line1`, address.line1, TEXT_LIMITS.label)) ?? '',
    line2: errors.check(() => optionalText(`${field}.line2`, address.line2, TEXT_LIMITS.label)) ?? '',
    postal_code: errors.check(() => assertText(`${field}.postalCode`, address.postalCode, TEXT_LIMITS.code)) ?? '',
    city: errors.check(() => assertText(`${field}.city`, address.city, TEXT_LIMITS.name)) ?? '',
  };
}
