import { describe, expect, it } from 'vitest';
import { lotErrors, lotInput, shareErrorPaths, type LotFormContext, type LotValues } from './LotForm';

const context: LotFormContext = {
  buildingCode: 'ESSAI',
  keys: [
    { code: '010', label: 'CHARGES COMMUNES', totalShares: '1000.91516' },
    { code: '020', label: 'ASCENSEUR', totalShares: '0' },
  ],
  takenCodes: ['ESSAI/001'],
  heldKeys: [],
};
const values: LotValues = { code: 'ESSAI/002', type: 'Appartement', floor: '2', surface: '68,5', rooms: '3', shares: { '010': '66,01420', '020': '' } };

describe('LotForm values', () => {
  it('sends French decimals as decimal strings and only the shares typed, in key order', () => {
    expect(lotInput(values, context)).toEqual({
      code: 'ESSAI/002',
      buildingCode: 'ESSAI',
      type: 'Appartement',
      floor: '2',
      surface: '68.5',
      rooms: 3,
      shares: [{ allocationKeyCode: '010', shares: '66.01420' }],
    });
  });

  it('refuses a taken code, zero or six-decimal shares, and emptying a share the lot holds', () => {
    expect(lotErrors({ ...values, code: 'ESSAI/001' }, context, false)).toEqual({ code: 'records.lot.error.codeTaken' });
    expect(lotErrors({ ...values, shares: { '010': '0,00000', '020': '1,123456' } }, context, false)).toEqual({
      'share.010': 'records.lot.error.share',
      'share.020': 'records.lot.error.share',
    });
    expect(lotErrors({ ...values, shares: { '010': '' } }, { ...context, heldKeys: ['010'] }, true)).toEqual({ 'share.010': 'records.lot.error.shareKept' });
  });

  it("puts the API's shares[i] error on the key of the i-th share sent", () => {
    const sent = [{ allocationKeyCode: '020' }];
    expect(shareErrorPaths({ 'shares[0].shares': 'errors.INVALID_AMOUNT', type: 'errors.TEXT_TOO_LONG' }, sent)).toEqual({
      'share.020': 'errors.INVALID_AMOUNT',
      type: 'errors.TEXT_TOO_LONG',
    });
  });
});
