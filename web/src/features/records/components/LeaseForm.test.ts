import { describe, expect, it } from 'vitest';
import { EMPTY_CHOICE } from './PersonChoiceFields';
import { leaseErrors, leaseMessages, newLeaseExternalId } from './LeaseForm';

describe('a new lease', () => {
  it('gets a code of the console\'s own, "PAL-" and a random UUID, different each time', () => {
    const first = newLeaseExternalId();
    expect(first).toMatch(/^PAL-[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(first.length).toBeLessThanOrEqual(64);
    expect(newLeaseExternalId()).not.toBe(first);
  });

  it('refuses, from a lot, no tenant chosen and no start date; from a person, no lot code', () => {
    expect(leaseErrors({ tenant: EMPTY_CHOICE, lotCode: '', startDate: '', accountNumber: '' }, { lotCode: 'A/1' })).toEqual({
      'tenant.personId': 'records.choice.error.pick',
      startDate: 'records.error.required',
    });
    expect(leaseErrors({ tenant: EMPTY_CHOICE, lotCode: ' ', startDate: '01/09/2025', accountNumber: '' }, { tenant: { id: 'p', displayName: 'P', externalId: 'P' } })).toEqual({
      lotCode: 'records.error.required',
    });
  });

  it("puts the API's errors on the form's fields, in the console's words", () => {
    expect(leaseMessages({ lotCode: 'errors.UNKNOWN_REFERENCE', tenantExternalId: 'errors.UNKNOWN_REFERENCE', accountNumber: 'errors.ACCOUNT_OF_ANOTHER_PERSON' })).toEqual({
      lotCode: 'records.lease.error.unknownLot',
      'tenant.personId': 'records.choice.error.unknown',
      accountNumber: 'records.lease.error.accountOfAnother',
    });
  });
});
