import type { WorksFundLineInput } from '../../accounts/ledger-import.types';
import { upsertWorksFundLines } from '../../accounts/import/upsert-works-fund-lines.service';
import type { ImportKindSpec } from '../import-kind';

/** Works funds per lot and account ("Fonds de travaux"), as the back-office exports them. */
export const worksFundLinesKind: ImportKindSpec<WorksFundLineInput> = {
  argument: 'lines',
  columns: [
    { header: 'Lot', path: 'lotCode', format: 'TEXT', required: true },
    { header: 'Compte', path: 'accountNumber', format: 'TEXT', required: true },
    { header: 'Libellé', path: 'label', format: 'TEXT', required: true },
    { header: 'Montant', path: 'amount', format: 'DECIMAL', required: true },
  ],
  examples: [
    ['GILBERT/069', '105999', 'Fonds de travaux', '19,64'],
    ['GILBERT/142', '102001', 'Provisions pour travaux', '12,50'],
  ],
  run: upsertWorksFundLines,
};
