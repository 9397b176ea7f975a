import { upsertLeases } from '../../leasing/import/upsert-leases.service';
import type { ImportKindSpec } from '../import-kind';

/** `LeaseInput` of issue 8 (leasing/import/upsert-leases.service.ts), as the CSV fills it. */
export interface LeaseRow {
  externalId: string;
  lotCode: string;
  tenantExternalId: string;
  startDate: string;
  noticeDate?: string | null;
  departureDate?: string | null;
  accountNumber?: string | null;
}

/** Leases by the back-office's code; a notice or departure date runs the service's access automation. */
export const leasesKind: ImportKindSpec<LeaseRow> = {
  argument: 'leases',
  columns: [
    { header: 'Code bail', path: 'externalId', format: 'TEXT', required: true },
    { header: 'Lot', path: 'lotCode', format: 'TEXT', required: true },
    { header: 'Code locataire', path: 'tenantExternalId', format: 'TEXT', required: true },
    { header: 'Début', path: 'startDate', format: 'DATE', required: true },
    { header: 'Préavis', path: 'noticeDate', format: 'DATE' },
    { header: 'Départ', path: 'departureDate', format: 'DATE' },
    { header: 'Compte', path: 'accountNumber', format: 'TEXT' },
  ],
  examples: [['BAIL-LAF-002', 'LAFAYETTE/002', '81ELLOCATA', '01/09/2021', '', '', '81ELLOCATA']],
  run: upsertLeases,
};
