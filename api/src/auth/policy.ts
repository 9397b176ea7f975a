import type { Actor } from './actor';
import type { Rule } from './rule';
import { forbidden, moduleDisabled, passwordChangeRequired, unauthenticated } from '../graphql/errors';
import { rules } from './rules';
import { personScope } from './rules/identity';
import { allocationKeyScope, buildingScope, councilScope, lotScope, lotShareScope, ownershipScope } from './rules/portfolio';
import { leaseScope, mandateScope } from './rules/leasing';
import { accountScope } from './rules/accounts';
import { binderScope, documentScope } from './rules/documents';
import { photoScope } from './rules/photos';
import { agencyOfficeScope, announcementScope } from './rules/agency';
import { chargeRegularisationScope, tenantRegularisationScope } from './rules/regularisation';
import { assemblyScope, participantScope, resolutionScope } from './rules/assemblies';
import { requestAttachmentScope, requestMessageScope, requestParticipantScope, requestScope, supplierScope, ticketDocumentScope, ticketScope } from './rules/requests';

export { rules };
export type Action = keyof typeof rules;

/** The row type an action's rule checks; `never` for actions without a row condition. */
export type RowOf<A extends Action> = (typeof rules)[A] extends { row: (actor: never, row: infer R) => boolean } ? R : never;
/** `can(actor, action)` for actions without a row condition, `can(actor, action, row)` for the others. */
export type RowArgument<A extends Action> = [RowOf<A>] extends [never] ? [] : [row: RowOf<A>];

/** Row scopes per table, applied in the SQL of every list and loader. */
export const scope = {
  persons: personScope,
  buildings: buildingScope,
  lots: lotScope,
  lotShares: lotShareScope,
  allocationKeys: allocationKeyScope,
  ownerships: ownershipScope,
  councilMemberships: councilScope,
  managementMandates: mandateScope,
  leases: leaseScope,
  accounts: accountScope,
  binders: binderScope,
  documents: documentScope,
  photos: photoScope,
  announcements: announcementScope,
  clientRequests: requestScope,
  chargeRegularisations: chargeRegularisationScope,
  requestMessages: requestMessageScope,
  agencyOffices: agencyOfficeScope,
  requestAttachments: requestAttachmentScope,
  tenantRegularisations: tenantRegularisationScope,
  requestParticipants: requestParticipantScope,
  generalAssemblies: assemblyScope,
  tickets: ticketScope,
  resolutions: resolutionScope,
  ticketDocuments: ticketDocumentScope,
  assemblyParticipants: participantScope,
  suppliers: supplierScope,
};

/** Why an action is refused, in the order the checks run; `ALLOWED` when nothing refuses it. */
export type Verdict = 'ALLOWED' | 'UNAUTHENTICATED' | 'PASSWORD_CHANGE_REQUIRED' | 'FORBIDDEN' | 'MODULE_DISABLED';

function grantedByRole(actor: Actor, rule: Rule<unknown>): boolean {
  switch (actor.kind) {
    case 'anonymous':
      return Boolean(rule.anonymous);
    case 'integrator':
      return rule.integrator !== undefined && actor.scopes.includes(rule.integrator);
    case 'person':
      return Boolean(rule.client) || (actor.isStaff && Boolean(rule.staff));
  }
}

function moduleIsOff(actor: Actor, rule: Rule<unknown>): boolean {
  if (!rule.moduleSwitch || actor.kind === 'anonymous') return false;
  const isClient = actor.kind === 'person' && !actor.isStaff;
  if (rule.moduleSwitch.appliesTo === 'clients' && !isClient) return false;
  return !actor.settings[rule.moduleSwitch.setting];
}

/**
 * The one decision procedure. Untyped on purpose: the root-field check reads the action from
 * schema metadata; services and guards go through the typed `can` / `assertCan`.
 */
export function decide(actor: Actor, action: string, row?: unknown): Verdict {
  const rule = (rules as Record<string, Rule<unknown>>)[action];
  if (!rule) return 'FORBIDDEN';
  if (!grantedByRole(actor, rule)) return actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
  if (actor.kind === 'person' && actor.mustChangePassword && !rule.duringPasswordChange) return 'PASSWORD_CHANGE_REQUIRED';
  if (moduleIsOff(actor, rule)) return 'MODULE_DISABLED';
  if (rule.row) {
    if (actor.kind === 'anonymous' || row === undefined || row === null) return 'FORBIDDEN';
    if (!rule.row(actor, row)) return 'FORBIDDEN';
  }
  return 'ALLOWED';
}

/** Whether `actor` may perform `action` (on `row` when the rule has a row condition). */
export function can<A extends Action>(actor: Actor, action: A, ...row: RowArgument<A>): boolean {
  return decide(actor, action, row[0]) === 'ALLOWED';
}

/** Throws the error the verdict calls for (see `decide`). */
export function throwVerdict(verdict: Verdict, action: string): void {
  switch (verdict) {
    case 'ALLOWED':
      return;
    case 'UNAUTHENTICATED':
      throw unauthenticated();
    case 'PASSWORD_CHANGE_REQUIRED':
      throw passwordChangeRequired();
    case 'MODULE_DISABLED':
      throw moduleDisabled(action);
    case 'FORBIDDEN':
      throw forbidden(action);
  }
}

/** Throws the error a client should see: sign in, change password first, module off, or forbidden. */
export function assertCan<A extends Action>(actor: Actor, action: A, ...row: RowArgument<A>): void {
  throwVerdict(decide(actor, action, row[0]), action);
}
