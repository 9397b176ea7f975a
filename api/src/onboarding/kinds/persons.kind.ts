import { upsertPersons } from '../../identity/import/upsert-persons.service';
import type { ImportKindSpec } from '../import-kind';

/** `PersonInput` of issue 8 (identity/import/upsert-persons.service.ts), as the CSV fills it. */
export interface PersonRow {
  externalId: string;
  civility?: string | null;
  displayName: string;
  emails?: string[];
  phones?: string[];
  postalAddress?: { line1: string; line2?: string | null; postalCode: string; city: string } | null;
}

/** Persons by the back-office's own code; e-mails and phones several to a cell ("a@x.fr | b@y.fr"). */
export const personsKind: ImportKindSpec<PersonRow> = {
  argument: 'persons',
  columns: [
    { header: 'Code personne', path: 'externalId', format: 'TEXT', required: true },
    { header: 'Civilité', path: 'civility', format: 'TEXT' },
    { header: 'Nom', path: 'displayName', format: 'TEXT', required: true },
    { header: 'E-mails', path: 'emails', format: 'LIST' },
    { header: 'Téléphones', path: 'phones', format: 'LIST' },
    { header: 'Adresse', path: 'postalAddress.line1', format: 'TEXT', required: true },
    { header: "Complément d'adresse", path: 'postalAddress.line2', format: 'TEXT' },
    { header: 'Code postal', path: 'postalAddress.postalCode', format: 'TEXT', required: true },
    { header: 'Ville', path: 'postalAddress.city', format: 'TEXT', required: true },
  ],
  examples: [
    ['450CLIQUOT', 'Madame', 'CLIQUOT Mathilde', 'mathilde.cliquot@example.org', '06 12 34 56 78 | 04 94 00 00 00', '32, Rue du Septentrion', '', '83500', 'PORT-GRIMAUD'],
    ['450LEPITRE', 'Monsieur', 'LEPITRE Abel', '', '', '15, rue Saint-Dizier', '', '54000', 'NANCY'],
  ],
  run: upsertPersons,
};
