import { upsertLots } from '../../portfolio/import/upsert-lots.service';
import type { ImportKindSpec } from '../import-kind';

/** `LotInput` of issue 8 (portfolio/import/upsert-lots.service.ts), as the CSV fills it. */
export interface LotRow {
  code: string;
  buildingCode: string;
  type: string;
  floor?: string | null;
  surface?: string | null;
  rooms?: number | null;
  shares?: { allocationKeyCode: string; shares: string }[];
}

/**
 * Lots with their shares: one row per lot and allocation key ("Clé", "Tantièmes"), the rows of one
 * lot sharing its code; the lot's own cells may be repeated or left blank after its first row. A
 * lot with no key cells keeps its shares. One row per key (rather than a column per key) because
 * keys differ from building to building and a back-office exports them as a list.
 */
export const lotsKind: ImportKindSpec<LotRow> = {
  argument: 'lots',
  group: { by: 'code', list: 'shares' },
  columns: [
    { header: 'Code lot', path: 'code', format: 'TEXT', required: true },
    { header: 'Immeuble', path: 'buildingCode', format: 'TEXT', required: true },
    { header: 'Type', path: 'type', format: 'TEXT', required: true },
    { header: 'Étage', path: 'floor', format: 'TEXT' },
    { header: 'Surface', path: 'surface', format: 'DECIMAL' },
    { header: 'Pièces', path: 'rooms', format: 'INTEGER' },
    { header: 'Clé', path: 'shares[].allocationKeyCode', format: 'TEXT', required: true },
    { header: 'Tantièmes', path: 'shares[].shares', format: 'DECIMAL', required: true },
  ],
  examples: [
    ['GILBERT/069', 'GILBERT', 'Appartement', '2', '66,5', '3', '010', '66,90086'],
    ['GILBERT/016', 'GILBERT', 'Cave', '-1', '', '', '010', '6,00000'],
  ],
  run: upsertLots,
};
