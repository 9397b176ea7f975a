import { upsertOwnerships } from '../../portfolio/import/upsert-ownerships.service';
import type { ImportKindSpec } from '../import-kind';

/** `OwnershipInput` of issue 8 (portfolio/import/upsert-ownerships.service.ts), as the CSV fills it. */
export interface OwnershipRow {
  lotCode: string;
  personExternalId: string;
  startDate: string;
  endDate?: string | null;
  accountNumber?: string | null;
}

/** Ownerships by (lot, person, start); an end date is a sale (the service runs the access automation). */
export const ownershipsKind: ImportKindSpec<OwnershipRow> = {
  argument: 'ownerships',
  columns: [
    { header: 'Lot', path: 'lotCode', format: 'TEXT', required: true },
    { header: 'Code personne', path: 'personExternalId', format: 'TEXT', required: true },
    { header: 'Début', path: 'startDate', format: 'DATE', required: true },
    { header: 'Fin', path: 'endDate', format: 'DATE' },
    { header: 'Compte', path: 'accountNumber', format: 'TEXT' },
  ],
  examples: [
    ['GILBERT/142', '450CLIQUOT', '15/06/2023', '', '450CLIQUOT'],
    ['GILBERT/061', '450LEPITRE', '01/01/2019', '31/12/2026', '450LEPITRE'],
  ],
  run: upsertOwnerships,
};
