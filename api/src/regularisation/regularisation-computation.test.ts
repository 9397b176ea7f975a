import { describe, expect, it } from 'vitest';
import { computeTenant, daysBetween, daysPresent, instalmentParts, newMonthlyProvision, proratedAmount, waterAmount, type TenantFigures } from './regularisation-computation';

const YEAR_2020 = { start: '2020-01-01', end: '2020-12-31' };

/** One tenant present all of 2020 with a share of 1,00 and nothing else: each test says what differs. */
const figures = (overrides: Partial<TenantFigures> = {}): TenantFigures => ({
  periodDays: 366,
  days: 366,
  charges: [],
  share: '1',
  lineShares: new Map(),
  extraCharges: [],
  water: [],
  provisions: '0',
  retained: '0',
  isDeparted: false,
  departedThreshold: '10',
  instalmentsRequested: 1,
  provisionRatePercent: '100',
  currentMonthlyProvision: '0',
  newMonthlyProvisionOverride: null,
  ...overrides,
});

const money = (value: { toFixed(n: number): string } | null) => value?.toFixed(2) ?? null;

describe('the manual\'s worked figures ("DECOMPTE CHARGES LOCATIVES", "Cadre Total", "Cadre Provisions")', () => {
  it("settles Elsa Locataire's 2020 statement: 6 406,50 − 5 000,00 − 300,00 = 1 106,50 in 3 instalments, new provisions 533,88", () => {
    const result = computeTenant(
      figures({
        charges: [
          { label: 'Ordures ménagères', amount: '100.00' },
          { label: 'Charges établies par le syndic', amount: '5000.00' },
          { label: 'charges n° 3', amount: '50.00' },
          { label: 'charges n° 4', amount: '25.00' },
          { label: 'charges n° 5', amount: '5.00' },
          { label: 'charges n° 6', amount: '1.00' },
        ],
        water: [
          { label: 'Eau froide', indexStart: '800', indexEnd: '1000', unitPrice: '5' },
          { label: 'Eau chaude', indexStart: '459', indexEnd: '500', unitPrice: '5.50' },
          { label: 'Energie thermique', indexStart: '200', indexEnd: '250', unitPrice: '6' },
          { label: 'Divers', indexStart: '250', indexEnd: '200', unitPrice: '6' },
        ],
        provisions: '5000.00',
        retained: '300.00',
        instalmentsRequested: 3,
      }),
    );
    expect(result.lines.map((l) => [l.label, `${l.days}/${l.periodDays}`, money(l.share), money(l.amountDue)])).toEqual([
      ['Ordures ménagères', '366/366', '1.00', '100.00'],
      ['Charges établies par le syndic', '366/366', '1.00', '5000.00'],
      ['charges n° 3', '366/366', '1.00', '50.00'],
      ['charges n° 4', '366/366', '1.00', '25.00'],
      ['charges n° 5', '366/366', '1.00', '5.00'],
      ['charges n° 6', '366/366', '1.00', '1.00'],
    ]);
    expect(result.water.map((w) => [w.label, money(w.consumption), money(w.amountDue)])).toEqual([
      ['Eau froide', '200.00', '1000.00'],
      ['Eau chaude', '41.00', '225.50'],
      ['Energie thermique', '50.00', '300.00'],
      ['Divers', '-50.00', '-300.00'],
    ]);
    expect(money(result.chargesTotal)).toBe('5181.00');
    expect(money(result.waterTotal)).toBe('1225.50');
    expect(money(result.total)).toBe('6406.50');
    expect(money(result.regularisation)).toBe('1106.50');
    expect(result.instalments).toBe(3);
    expect(instalmentParts(result.regularisation, 3).map(money)).toEqual(['368.83', '368.83', '368.84']);
    expect(money(result.newMonthlyProvision)).toBe('533.88');
    expect(result.isCreditor).toBe(false);
    expect(result.isSkipped).toBe(false);
  });

  it('gives "Cadre Total": 1 070,52 − 500,00 − 100,00 = 470,52 in 3 instalments', () => {
    const result = computeTenant(
      figures({ charges: [{ label: 'Charges établies par le syndic', amount: '1070.52' }], provisions: '500', retained: '100', instalmentsRequested: 3 }),
    );
    expect(money(result.total)).toBe('1070.52');
    expect(money(result.regularisation)).toBe('470.52');
    expect(result.instalments).toBe(3);
  });

  it('gives the "CALCUL" screen: 1 500,00 with no provisions is 1 500,00 in one instalment, new provisions 125,00 (current 249,02)', () => {
    const result = computeTenant(figures({ charges: [{ label: 'Charges établies par le syndic', amount: '1500.00' }], currentMonthlyProvision: '249.02' }));
    expect(money(result.regularisation)).toBe('1500.00');
    expect(result.instalments).toBe(1);
    expect(money(result.newMonthlyProvision)).toBe('125.00');
  });

  it('computes new provisions once on the total: 1 300 → 108,33 at 100 %, 119,17 at 110 % (not 108,33 × 1,1 = 119,16), the current ones at 0 %', () => {
    expect(money(newMonthlyProvision('1300', '100', '100'))).toBe('108.33');
    expect(money(newMonthlyProvision('1300', '110', '100'))).toBe('119.17');
    expect(money(newMonthlyProvision('1300', '0', '100'))).toBe('100.00');
    expect(money(computeTenant(figures({ charges: [{ label: 'Charges', amount: '1300' }], provisionRatePercent: '110' })).newMonthlyProvision)).toBe('119.17');
  });
});

describe('days of presence (prorata temporis)', () => {
  it('counts 366 days in a leap year and 365 otherwise', () => {
    expect(daysBetween('2020-01-01', '2020-12-31')).toBe(366);
    expect(daysBetween('2021-01-01', '2021-12-31')).toBe(365);
  });

  it('counts a period that is not a calendar year (July to June, with or without a 29 February)', () => {
    expect(daysBetween('2019-07-01', '2020-06-30')).toBe(366);
    expect(daysBetween('2020-07-01', '2021-06-30')).toBe(365);
    expect(daysPresent({ start: '2020-07-01', end: '2021-06-30' }, { startDate: '2021-01-01', departureDate: null })).toBe(181);
  });

  it('splits a line between a tenant moving out and one moving in during the period, the parts adding up', () => {
    const leaving = daysPresent(YEAR_2020, { startDate: '2015-03-01', departureDate: '2020-04-30' });
    const arriving = daysPresent(YEAR_2020, { startDate: '2020-05-01', departureDate: null });
    expect([leaving, arriving]).toEqual([121, 245]);
    const a = computeTenant(figures({ days: leaving, charges: [{ label: 'Charges', amount: '1000.00' }] }));
    const b = computeTenant(figures({ days: arriving, charges: [{ label: 'Charges', amount: '1000.00' }] }));
    expect([money(a.total), money(b.total)]).toEqual(['330.60', '669.40']);
  });

  it('gives no day to a lease outside the period and counts both ends of an overlap', () => {
    expect(daysPresent(YEAR_2020, { startDate: '2021-09-01', departureDate: null })).toBe(0);
    expect(daysPresent(YEAR_2020, { startDate: '2018-01-01', departureDate: '2019-12-31' })).toBe(0);
    expect(daysPresent(YEAR_2020, { startDate: '2020-12-31', departureDate: null })).toBe(1);
    expect(daysPresent(YEAR_2020, { startDate: '2018-01-01', departureDate: '2020-01-01' })).toBe(1);
  });
});

describe('rounding to the cent', () => {
  it('rounds a tie half up on each line (2,01 × 183/366 = 1,005 → 1,01) and totals the rounded lines', () => {
    expect(money(proratedAmount('2.01', 183, 366, '1'))).toBe('1.01');
    const result = computeTenant(
      figures({
        days: 183,
        charges: [
          { label: 'A', amount: '2.01' },
          { label: 'B', amount: '2.01' },
        ],
      }),
    );
    expect(money(result.total)).toBe('2.02');
  });

  it('rounds a negative water tie away from zero and a non-tie to the nearest cent', () => {
    expect(money(waterAmount('10', '9.999', '5').amountDue)).toBe('-0.01');
    expect(money(proratedAmount('100', 1, 3, '1'))).toBe('33.33');
    expect(money(proratedAmount('100', 2, 3, '1'))).toBe('66.67');
  });
});

describe('co-tenants', () => {
  it('shares a line between two co-tenants at 0,50 each, each part rounded half up', () => {
    const one = computeTenant(figures({ share: '0.5', charges: [{ label: 'Charges', amount: '1500.01' }] }));
    expect(money(one.total)).toBe('750.01');
  });

  it('overrides the share on one line only', () => {
    const result = computeTenant(
      figures({
        share: '0.5',
        lineShares: new Map([['Ascenseur', '0.3']]),
        charges: [
          { label: 'Charges', amount: '1000' },
          { label: 'Ascenseur', amount: '100' },
        ],
      }),
    );
    expect(result.lines.map((l) => [l.label, money(l.share), money(l.amountDue)])).toEqual([
      ['Charges', '0.50', '500.00'],
      ['Ascenseur', '0.30', '30.00'],
    ]);
  });

  it('adds a tenant-specific extra line, prorated like the others', () => {
    const result = computeTenant(figures({ days: 183, charges: [{ label: 'Charges', amount: '1000' }], extraCharges: [{ label: 'Ordures ménagères', amount: '120' }] }));
    expect(result.lines.map((l) => money(l.amountDue))).toEqual(['500.00', '60.00']);
    expect(money(result.total)).toBe('560.00');
  });
});

describe('creditor and departed tenants', () => {
  it('bills a creditor tenant in one instalment whatever was asked, and still gives new provisions', () => {
    const result = computeTenant(figures({ charges: [{ label: 'Charges', amount: '1500' }], provisions: '1800', instalmentsRequested: 3 }));
    expect(money(result.regularisation)).toBe('-300.00');
    expect(result.isCreditor).toBe(true);
    expect(result.instalments).toBe(1);
    expect(money(result.newMonthlyProvision)).toBe('125.00');
  });

  it('gives a departed tenant one instalment and no new provisions', () => {
    const result = computeTenant(figures({ isDeparted: true, charges: [{ label: 'Charges', amount: '1500' }], instalmentsRequested: 3 }));
    expect(result.instalments).toBe(1);
    expect(result.newMonthlyProvision).toBeNull();
    expect(result.isSkipped).toBe(false);
  });

  it('skips a departed tenant strictly under the threshold in absolute value, owing or owed', () => {
    const departed = (provisions: string) => computeTenant(figures({ isDeparted: true, charges: [{ label: 'Charges', amount: '100.00' }], provisions }));
    expect(departed('90.01').isSkipped).toBe(true); // owes 9,99
    expect(departed('90.00').isSkipped).toBe(false); // owes 10,00
    expect(departed('109.99').isSkipped).toBe(true); // owed 9,99
    expect(departed('110.00').isSkipped).toBe(false); // owed 10,00
    expect(computeTenant(figures({ isDeparted: true, departedThreshold: '0', charges: [], provisions: '0' })).isSkipped).toBe(false);
  });

  it('never skips a present tenant, however small the amount', () => {
    expect(computeTenant(figures({ charges: [{ label: 'Charges', amount: '1.00' }] })).isSkipped).toBe(false);
  });
});

describe("the manager's own figures", () => {
  it('keeps a new provision the manager typed over the computed one', () => {
    const result = computeTenant(figures({ charges: [{ label: 'Charges', amount: '1500' }], newMonthlyProvisionOverride: '130.00' }));
    expect(money(result.newMonthlyProvision)).toBe('130.00');
  });

  it('splits an amount into instalments that add up to it exactly', () => {
    expect(instalmentParts('100.00', 3).map(money)).toEqual(['33.33', '33.33', '33.34']);
    expect(instalmentParts('1500.00', 1).map(money)).toEqual(['1500.00']);
  });
});
