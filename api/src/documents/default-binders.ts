import type { binderKey, binderModule, syndicLevel } from '../db/schema';

export interface DefaultBinder {
  module: (typeof binderModule.enumValues)[number];
  name: string;
  key?: (typeof binderKey.enumValues)[number];
  syndicLevel?: (typeof syndicLevel.enumValues)[number] | null;
  ownerAccess?: boolean;
  tenantAccess?: boolean;
}

const gerance = (name: string, owner: boolean, tenant: boolean): DefaultBinder => ({ module: 'GERANCE', name, ownerAccess: owner, tenantAccess: tenant });
const syndic = (name: string, level: DefaultBinder['syndicLevel'], key?: DefaultBinder['key']): DefaultBinder => ({
  module: 'SYNDIC',
  name,
  syndicLevel: level,
  ...(key ? { key } : {}),
});

/**
 * The binders every agency starts with (manual: "Classeurs Gérance", "Classeurs Syndic"
 * screenshots, minus the "Tests_new_classeur" of the screenshot). Gérance: the 16 binders with
 * their "Propriétaire" and "Locataire" columns. Syndic: every binder open to all co-owners except
 * "Conseil syndical" and "Factures" (the council; DESIGN.md "Syndic binder rights", as the manual's
 * own example for "Factures"), and "Documents du syndic" (loi ÉLAN, agency-wide documents).
 *
 * Created by the database for every new agency (trigger `agencies_default_binders`, migration
 * 0012, which also backfilled the agencies that existed); binder-manage.test.ts checks that the
 * trigger creates exactly this list.
 */
export const DEFAULT_BINDERS: readonly DefaultBinder[] = [
  gerance('Avis', true, true),
  gerance('Baux', true, true),
  gerance("Contrats d'entretien", true, false),
  gerance('Courriers / Autres', true, true),
  gerance('Courriers / Locataires', true, true),
  gerance('Courriers / Propriétaires', true, false),
  gerance('Divers / Autres', true, true),
  gerance('Divers / Locataires', true, true),
  gerance('Divers / Propriétaires', true, false),
  gerance('Etat des lieux', true, true),
  gerance('Mandats', true, false),
  gerance('Quittance & reçus', true, true),
  gerance('Relances', true, true),
  gerance('Relevés de gérance', true, false),
  gerance('Revenus fonciers', true, false),
  gerance('Travaux', false, false),
  syndic('Assemblées Générales', 'ALL_COOWNERS'),
  syndic('Bordereaux', 'ALL_COOWNERS'),
  syndic('C.R.', 'ALL_COOWNERS'),
  syndic("Carnet d'entretien", 'ALL_COOWNERS'),
  syndic('Conseil syndical', 'COUNCIL'),
  syndic('Contentieux - Relances', 'ALL_COOWNERS'),
  syndic('Contrat syndical', 'ALL_COOWNERS'),
  syndic('Courriers', 'ALL_COOWNERS'),
  syndic('Divers', 'ALL_COOWNERS'),
  syndic('Documents du syndic', 'ALL_COOWNERS', 'SYNDIC_DOCUMENTS'),
  syndic('Factures', 'COUNCIL', 'INVOICES'),
  syndic('Interventions - Travaux', 'ALL_COOWNERS'),
  syndic('Règlement de copropriété', 'ALL_COOWNERS'),
  syndic('Relevés des charges et produits', 'ALL_COOWNERS'),
];

/** The separator of sub-folders in a binder's name (manual: "Courriers / locataires"). */
export const FOLDER_SEPARATOR = ' / ';

/** "Courriers / Locataires" → ["Courriers", "Locataires"]. */
export function foldersOf(name: string): string[] {
  return name
    .split(FOLDER_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
}
