import type { RuleSet } from '../rule';

/**
 * The console's CSV import. Managers only: integrators load through the batch mutations, which
 * the import calls with the manager as the actor (each service checks its own action too).
 */
export const onboardingRules = {
  'import.preview': { description: 'Read the import kinds and templates, and preview a CSV import (nothing is written).', staff: true },
  'import.commit': { description: 'Import a CSV of persons, lots, ownerships, leases or works funds in one transaction.', staff: true },
} satisfies RuleSet;
