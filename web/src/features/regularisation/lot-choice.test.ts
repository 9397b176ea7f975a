import { describe, expect, it } from 'vitest';
import { buildingOptions, lotOptions, narrowed, type OwnedLot } from './lot-choice';

const lafayette = { id: 'B1', code: 'LAFAYETTE', name: 'Résidence Lafayette' };
const gilbert = { id: 'B2', code: 'GILBERT', name: '4, rue Gilbert' };
const denise: OwnedLot[] = [
  { id: 'L2', code: 'LAFAYETTE/002', type: 'Appartement', building: lafayette },
  { id: 'L1', code: 'LAFAYETTE/001', type: 'Cave', building: lafayette },
  { id: 'L9', code: 'GILBERT/069', type: 'Appartement', building: gilbert },
];

describe('owner → building → lot', () => {
  it("offers the owner's buildings once each, then only their lots in the building chosen", () => {
    expect(buildingOptions(denise).map((option) => option.value)).toEqual(['B2', 'B1']);
    expect(lotOptions(denise, 'B1')).toEqual([
      { value: 'L1', label: 'LAFAYETTE/001 (Cave)' },
      { value: 'L2', label: 'LAFAYETTE/002 (Appartement)' },
    ]);
    expect(lotOptions([], 'B1')).toEqual([]);
  });

  it('keeps a later choice while it is still offered, and otherwise takes the first one', () => {
    expect(narrowed(denise, 'B1', 'L2')).toEqual({ buildingId: 'B1', lotId: 'L2' });
    expect(narrowed(denise, 'B1', 'L9')).toEqual({ buildingId: 'B1', lotId: 'L1' });
    expect(narrowed(denise, 'B3', '')).toEqual({ buildingId: 'B2', lotId: 'L9' });
    expect(narrowed([], 'B1', 'L2')).toEqual({ buildingId: '', lotId: '' });
  });
});
