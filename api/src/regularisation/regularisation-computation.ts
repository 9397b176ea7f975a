import { Decimal } from 'decimal.js';

/**
 * The charge regularisation of an isolated lot, as pure functions (manual: "Régularisation des
 * lots isolés", its "Cadre …" sections and the "DECOMPTE CHARGES LOCATIVES"; DESIGN.md "Charge
 * regularisation"). Every printed line is rounded half up to the cent, totals are sums of printed
 * lines, and a rate applied to a total is rounded once.
 *
 * Precision: a prorata divides an amount with at most a few decimals by a number of days (a few
 * thousand at most), so an exact quotient is never within 1e-30 of a rounding tie unless it is one;
 * 40 significant digits therefore round every line exactly as the exact quotient would.
 */
const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type Value = Decimal.Value;

const cents = (value: Decimal): Decimal => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const DAY_MS = 86_400_000;

/** Days from `start` to `end`, both included ("2020-01-01".."2020-12-31" → 366, a leap year). */
export function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS) + 1;
}

/**
 * A tenant's days of presence in the period: the overlap of the lease (from its start to its
 * departure, both included; no departure: still present) with the period; 0 when they do not meet.
 */
export function daysPresent(period: { start: string; end: string }, lease: { startDate: string; departureDate: string | null }): number {
  const from = lease.startDate > period.start ? lease.startDate : period.start;
  const to = lease.departureDate !== null && lease.departureDate < period.end ? lease.departureDate : period.end;
  return to < from ? 0 : daysBetween(from, to);
}

/** `amount × days present / days in period × share`, rounded half up to the cent ("Montant à payer"). */
export function proratedAmount(amount: Value, days: number, periodDays: number, share: Value): Decimal {
  const exact = new Exact(amount).times(days).times(share).dividedBy(periodDays);
  return cents(new Decimal(exact.toString()));
}

/** A water line: `(index end − index start) × unit price`, rounded to the cent; a negative consumption is allowed ("Divers" 200 → 250 … −300,00). */
export function waterAmount(indexStart: Value, indexEnd: Value, unitPrice: Value): { consumption: Decimal; amountDue: Decimal } {
  const consumption = new Decimal(indexEnd).minus(indexStart);
  return { consumption, amountDue: cents(consumption.times(unitPrice)) };
}

/**
 * New monthly provisions ("Cadre Provisions"): the current ones at 0 %, otherwise
 * `total × rate / 1 200` rounded once (1 300 at 100 % → 108,33; at 110 % → 119,17, not 108,33 × 1,1).
 */
export function newMonthlyProvision(total: Value, ratePercent: Value, current: Value): Decimal {
  if (new Decimal(ratePercent).isZero()) return new Decimal(current);
  return cents(new Decimal(total).times(ratePercent).dividedBy(1200));
}

/** The parts of an amount billed in `count` instalments: equal parts to the cent, the last one taking the remainder (1 106,50 / 3 → 368,83; 368,83; 368,84). */
export function instalmentParts(amount: Value, count: number): Decimal[] {
  const total = new Decimal(amount);
  const part = total.dividedBy(count).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  return Array.from({ length: count }, (_, i) => (i < count - 1 ? part : total.minus(part.times(count - 1))));
}

export interface ChargeInput {
  label: string;
  amount: Value;
}
export interface WaterInput {
  label: string;
  indexStart: Value;
  indexEnd: Value;
  unitPrice: Value;
}

/** What the regularisation and the manager give for one tenant. */
export interface TenantFigures {
  /** Days in the period and days present (prorata temporis). */
  periodDays: number;
  days: number;
  /** The regularisation's charge lines ("Charges établies par le syndic"…). */
  charges: readonly ChargeInput[];
  /** The tenant's share of every line (default 1,00), and per line by label. */
  share: Value;
  lineShares: ReadonlyMap<string, Value>;
  /** Lines for this tenant only (e.g. "Ordures ménagères"), prorated like the others. */
  extraCharges: readonly ChargeInput[];
  water: readonly WaterInput[];
  /** Provisions called on the period, and an amount retained before the statement. */
  provisions: Value;
  retained: Value;
  /** Left the lease (no instalments, no new provisions; skipped under the threshold). */
  isDeparted: boolean;
  departedThreshold: Value;
  /** Instalments asked for ("quittancée en N fois"). */
  instalmentsRequested: number;
  provisionRatePercent: Value;
  currentMonthlyProvision: Value;
  /** A new provision the manager typed, kept over the computed one. */
  newMonthlyProvisionOverride: Value | null;
}

export interface ComputedLine {
  label: string;
  days: number;
  periodDays: number;
  share: Decimal;
  totalAmount: Decimal;
  amountDue: Decimal;
}
export interface ComputedWater {
  label: string;
  indexStart: Decimal;
  indexEnd: Decimal;
  consumption: Decimal;
  unitPrice: Decimal;
  amountDue: Decimal;
}

export interface TenantResult {
  lines: ComputedLine[];
  water: ComputedWater[];
  chargesTotal: Decimal;
  waterTotal: Decimal;
  total: Decimal;
  provisions: Decimal;
  retained: Decimal;
  /** total − provisions − retained: positive, the tenant owes; negative, the agency owes them. */
  regularisation: Decimal;
  isCreditor: boolean;
  /** A departed tenant under the threshold (absolute value): nothing is billed nor printed. */
  isSkipped: boolean;
  instalments: number;
  /** Null for a departed tenant. */
  newMonthlyProvision: Decimal | null;
}

/** The whole "CALCUL" screen for one tenant. */
export function computeTenant(f: TenantFigures): TenantResult {
  const line = (charge: ChargeInput): ComputedLine => {
    const share = new Decimal(f.lineShares.get(charge.label) ?? f.share);
    const totalAmount = new Decimal(charge.amount);
    return { label: charge.label, days: f.days, periodDays: f.periodDays, share, totalAmount, amountDue: proratedAmount(totalAmount, f.days, f.periodDays, share) };
  };
  const lines = [...f.charges, ...f.extraCharges].map(line);
  const water = f.water.map((w) => ({
    label: w.label,
    indexStart: new Decimal(w.indexStart),
    indexEnd: new Decimal(w.indexEnd),
    unitPrice: new Decimal(w.unitPrice),
    ...waterAmount(w.indexStart, w.indexEnd, w.unitPrice),
  }));
  const sum = (values: Decimal[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));
  const chargesTotal = sum(lines.map((l) => l.amountDue));
  const waterTotal = sum(water.map((w) => w.amountDue));
  const total = chargesTotal.plus(waterTotal);
  const provisions = new Decimal(f.provisions);
  const retained = new Decimal(f.retained);
  const regularisation = total.minus(provisions).minus(retained);
  const isCreditor = regularisation.isNegative();
  const isSkipped = f.isDeparted && regularisation.abs().lessThan(f.departedThreshold);
  const instalments = f.isDeparted || isCreditor ? 1 : Math.max(1, f.instalmentsRequested);
  const provision = f.isDeparted
    ? null
    : f.newMonthlyProvisionOverride !== null
      ? new Decimal(f.newMonthlyProvisionOverride)
      : newMonthlyProvision(total, f.provisionRatePercent, f.currentMonthlyProvision);
  return { lines, water, chargesTotal, waterTotal, total, provisions, retained, regularisation, isCreditor, isSkipped, instalments, newMonthlyProvision: provision };
}
