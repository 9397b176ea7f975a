import { chargeRegularisations, tenantRegularisations } from '../../db/schema';
import type { RowScope, RuleSet } from '../rule';
import { agencyScope } from '../scope-helpers';

/**
 * Charge regularisation of isolated lots (gérance; manual: "Régularisation des lots isolés"): a
 * back-office task of managers and of integrators holding `regularisation:write`. Clients never
 * read the records: a tenant reads their own statement once published, through the documents'
 * rules (the statement is a document targeting their lease).
 */
export const regularisationRules = {
  'regularisation.read': {
    description: 'List and open charge regularisations and their tenant records, with the computed figures, and preview a statement.',
    staff: true,
    integrator: 'regularisation:write',
  },
  'regularisation.create': {
    description: 'Start the regularisation of a lot over a period ("ajouter"): one record per tenant whose lease overlaps it, provisions prefilled from the ledger.',
    staff: true,
    integrator: 'regularisation:write',
  },
  'regularisation.update': {
    description:
      "Change a tenant's figures (shares, extra lines, water, provisions, retained, instalments, provisions), or the period, charge lines and settings (days recomputed, entered figures kept); refused once billed.",
    staff: true,
    integrator: 'regularisation:write',
  },
  'regularisation.validate': { description: 'Tick "Validé" on tenant records: the figures are final and may be billed.', staff: true, integrator: 'regularisation:write' },
  'regularisation.bill': {
    description:
      '"Quittancer": bill validated records as ledger entries on the tenants\' accounts (one transaction, idempotent) and publish their statements when the caller may publish documents.',
    staff: true,
    integrator: 'regularisation:write',
  },
  'regularisation.delete': {
    description: '"Supprimer": delete a regularisation and its records; refused once one of them is billed.',
    staff: true,
    integrator: 'regularisation:write',
  },
} satisfies RuleSet;

/** Regularisations: the whole agency for managers and `regularisation:write` integrators, nothing for anyone else. */
export const chargeRegularisationScope: RowScope = agencyScope(chargeRegularisations.agencyId, 'regularisation:write', () => undefined);

/** Tenant records: as their regularisation (a tenant reads the published statement, never the record). */
export const tenantRegularisationScope: RowScope = agencyScope(tenantRegularisations.agencyId, 'regularisation:write', () => undefined);
