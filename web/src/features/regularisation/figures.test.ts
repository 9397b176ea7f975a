import { describe, expect, it } from 'vitest';
import { chargeLinesOf, draftOf, parsePeriod, parseSignedDecimal, updateOf, waterLinesOf, type RecordFigures } from './figures';

const stored: RecordFigures = {
  share: '1.00',
  extraCharges: [],
  water: [{ label: 'Eau froide', indexStart: '100', indexEnd: '120', unitPrice: '3.50' }],
  provisions: '5000.00',
  retained: '300.00',
  instalmentsRequested: 3,
  currentMonthlyProvision: '130.00',
  newMonthlyProvision: '533.88',
  isNewMonthlyProvisionEntered: false,
};

describe('parseSignedDecimal', () => {
  it('reads French amounts, thousands spaces included, and keeps the digits as typed', () => {
    expect(parseSignedDecimal('1 106,50', 2)).toBe('1106.50');
    expect(parseSignedDecimal('1\u202f106,5', 2)).toBe('1106.5');
    expect(parseSignedDecimal('-300', 2)).toBe('-300');
    expect(parseSignedDecimal('0,33333', 5)).toBe('0.33333');
  });

  it('refuses a third decimal on money, a sign where none is allowed, and words', () => {
    expect(parseSignedDecimal('1,005', 2)).toBeNull();
    expect(parseSignedDecimal('-1', 5, false)).toBeNull();
    expect(parseSignedDecimal('douze', 2)).toBeNull();
    expect(parseSignedDecimal('', 2)).toBeNull();
  });
});

describe('parsePeriod', () => {
  it('sends ISO dates and names the wrong field', () => {
    expect(parsePeriod('01/01/2020', '31/12/2020')).toEqual({ periodStart: '2020-01-01', periodEnd: '2020-12-31' });
    expect(parsePeriod('31/02/2020', '31/12/2020')).toEqual({ field: 'periodStart', reason: 'INVALID_DATE' });
    expect(parsePeriod('01/07/2020', '30/06/2020')).toEqual({ field: 'periodEnd', reason: 'INVALID_RANGE' });
  });
});

describe('lines being typed', () => {
  it('drops blank rows and flags half-typed ones by their key', () => {
    const result = chargeLinesOf([
      { key: 'a', label: 'Charges établies par le syndic', amount: '5 000' },
      { key: 'b', label: '', amount: '' },
      { key: 'c', label: 'Ascenseur', amount: '' },
      { key: 'd', label: '', amount: '-12,50' },
    ]);
    expect(result.lines).toEqual([{ label: 'Charges établies par le syndic', amount: '5000' }]);
    expect(result.invalid).toEqual(['c', 'd']);
  });

  it('takes water indexes that go down (a negative consumption) but no negative index', () => {
    const result = waterLinesOf([
      { key: 'a', label: 'Divers', indexStart: '250', indexEnd: '200', unitPrice: '6' },
      { key: 'b', label: 'Eau chaude', indexStart: '-1', indexEnd: '2', unitPrice: '6' },
    ]);
    expect(result.lines).toEqual([{ label: 'Divers', indexStart: '250', indexEnd: '200', unitPrice: '6' }]);
    expect(result.invalid).toEqual(['b']);
  });
});

describe('a record draft', () => {
  it('shows the stored figures the French way, and the computed provisions as an empty field', () => {
    const draft = draftOf(stored);
    expect(draft).toMatchObject({ share: '1,00', provisions: '5000,00', retained: '300,00', instalments: '3', newMonthlyProvision: '' });
    expect(draft.water[0]).toMatchObject({ label: 'Eau froide', unitPrice: '3,50' });
  });

  it('sends every figure, and null new provisions to go back to the computed ones', () => {
    const result = updateOf({ ...draftOf(stored), provisions: '4 800,00' });
    expect(result).toEqual({
      update: {
        share: '1.00',
        extraCharges: [],
        water: [{ label: 'Eau froide', indexStart: '100', indexEnd: '120', unitPrice: '3.50' }],
        provisions: '4800.00',
        retained: '300.00',
        instalments: 3,
        currentMonthlyProvision: '130.00',
        newMonthlyProvision: null,
      },
    });
  });

  it('keeps a typed new provision over the computed one', () => {
    const draft = draftOf({ ...stored, isNewMonthlyProvisionEntered: true, newMonthlyProvision: '540.00' });
    expect(draft.newMonthlyProvision).toBe('540,00');
    expect(updateOf(draft)).toMatchObject({ update: { newMonthlyProvision: '540.00' } });
  });

  it('holds back half-typed figures instead of sending them', () => {
    expect(updateOf({ ...draftOf(stored), provisions: '4 800,', instalments: '13' })).toEqual({ invalidFields: ['provisions', 'instalments'], invalidRows: [] });
  });
});
