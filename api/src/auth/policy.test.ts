import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type AgencySettings } from '../settings/registry';
import { ANONYMOUS, type IntegratorActor, type PersonActor } from './actor';
import { assertCan, can, decide } from './policy';

/** Rule unit tests: the decision procedure on synthetic actors, no database. */
function person(overrides: Partial<PersonActor> = {}, settings: Partial<AgencySettings> = {}): PersonActor {
  return {
    kind: 'person',
    agencyId: 'agency-a',
    personId: 'person-1',
    identityId: 'identity-1',
    displayName: 'TEST',
    login: 'TEST',
    sessionTokenHash: 'x',
    mustChangePassword: false,
    isStaff: false,
    coOwnedLotIds: [],
    mandatedLotIds: [],
    leasedLotIds: [],
    councilBuildingIds: [],
    presidentBuildingIds: [],
    coOwnedBuildingIds: [],
    mandatedBuildingIds: [],
    leasedBuildingIds: [],
    invoicesBinderLevel: 'COUNCIL',
    buildingIds: [],
    tenantAccountIds: [],
    tenantDocumentLotIds: [],
    person: null,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    ...overrides,
  };
}
function integrator(scopes: IntegratorActor['scopes'], settings: Partial<AgencySettings> = {}): IntegratorActor {
  return { kind: 'integrator', agencyId: 'agency-a', tokenId: 'token-1', scopes, settings: { ...DEFAULT_SETTINGS, ...settings } };
}
const gilbert = { agencyId: 'agency-a', id: 'building-1' };

describe('decide', () => {
  it('asks anonymous callers to sign in, and lets them only do what is marked anonymous', () => {
    expect(decide(ANONYMOUS, 'account.readStatement')).toBe('UNAUTHENTICATED');
    expect(decide(ANONYMOUS, 'session.login')).toBe('ALLOWED');
  });

  it('refuses an action nobody declared', () => {
    expect(decide(person({ isStaff: true }), 'no.such.action')).toBe('FORBIDDEN');
  });

  it('keeps a person with a temporary password to the password change', () => {
    const newcomer = person({ mustChangePassword: true });
    expect(decide(newcomer, 'account.readStatement')).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(decide(newcomer, 'password.change')).toBe('ALLOWED');
  });

  it('refuses clients a module switched off, with its own reason, and keeps it for managers when the switch is for clients', () => {
    const off = { accountModuleEnabled: false };
    expect(decide(person({}, off), 'account.readStatement')).toBe('MODULE_DISABLED');
    expect(decide(person({ isStaff: true }, off), 'account.readStatement')).toBe('ALLOWED');
    expect(decide(integrator(['ledger:read'], off), 'account.readStatement')).toBe('ALLOWED');
    expect(() => assertCan(person({}, off), 'account.readStatement')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN', reason: 'MODULE_DISABLED' }) }),
    );
  });

  it('refuses everyone a module switched off for everyone', () => {
    const off = { expenseListEnabled: false };
    const council = person({ councilBuildingIds: ['building-1'] }, off);
    expect(decide(council, 'expense.list', gilbert)).toBe('MODULE_DISABLED');
    expect(decide(person({ isStaff: true }, off), 'expense.list', gilbert)).toBe('MODULE_DISABLED');
    expect(can(person({ councilBuildingIds: ['building-1'] }), 'expense.list', gilbert)).toBe(true);
  });

  it("applies the row condition: the expense list of one's own council only, never another agency's", () => {
    const council = person({ councilBuildingIds: ['building-1'] });
    expect(can(council, 'expense.list', gilbert)).toBe(true);
    expect(can(council, 'expense.list', { agencyId: 'agency-a', id: 'building-2' })).toBe(false);
    expect(can(person({ isStaff: true }), 'expense.list', { agencyId: 'agency-b', id: 'building-1' })).toBe(false);
    expect(decide(council, 'expense.list')).toBe('FORBIDDEN');
  });

  it('grants integrators only the scope a rule names', () => {
    expect(can(integrator(['ledger:read']), 'person.search')).toBe(false);
    expect(can(integrator(['people:read']), 'person.search')).toBe(true);
    expect(can(integrator(['people:read', 'ledger:write']), 'access.enable')).toBe(false);
  });

  it('reads contacts for the person themself and managers, not for another client', () => {
    const self = { agencyId: 'agency-a', id: 'person-1' };
    const other = { agencyId: 'agency-a', id: 'person-2' };
    expect(can(person(), 'person.readContact', self)).toBe(true);
    expect(can(person(), 'person.readContact', other)).toBe(false);
    expect(can(person({ isStaff: true }), 'person.readContact', other)).toBe(true);
  });
});
