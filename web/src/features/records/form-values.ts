/**
 * What the console's record forms type and what the API takes: dates "jj/mm/aaaa" typed, ISO
 * sent; decimals with a French comma typed, decimal strings sent (never a number: STYLE.md §5).
 */

/** "31/12/2024", "31-12-2024", "31122024" → "2024-12-31"; null for anything else or a date that does not exist. */
export function parseFrenchDate(text: string): string | null {
  const match = /^\s*(\d{2})[/.\- ]?(\d{2})[/.\- ]?(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [, day, month, year] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return `${year}-${month}-${day}`;
}

/** "2024-12-31" → "31/12/2024" (what a date field shows when prefilled). */
export function toFrenchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/** Today as "jj/mm/aaaa" in the device's calendar (the default of an event's date). */
export function todayFrench(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()}`;
}

/**
 * "66,01420", "1 000,5", "66.0142" → "66.01420"-style decimal string with at most `decimals`
 * digits after the point; null when it is not such a number. Spaces (also narrow no-break ones,
 * as Intl prints thousands) are ignored. No arithmetic: the digits are kept as typed.
 */
export function parseFrenchDecimal(text: string, decimals: number): string | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const pattern = new RegExp(`^\\d+(\\.\\d{1,${decimals}})?$`);
  return pattern.test(compact) ? compact : null;
}

/** "66.01420" → "66,01420": a decimal string from the API shown in a field, as typed in France. */
export function toFrenchDecimal(value: string): string {
  return value.replace('.', ',');
}

/** True for a decimal string above zero ("0,00000" is not a share). */
export function isAboveZero(decimal: string): boolean {
  return /[1-9]/.test(decimal);
}

/**
 * A suggested back-office code ("Code tiers") for a new person, the way the demo's codes are made
 * ("YALOXE Corton Denise" → "YALOXECORTONDENISE"): letters and digits of the name, upper case,
 * accents dropped, at most 64 characters (TEXT_LIMITS.code). The manager may change it.
 */
export function suggestExternalId(displayName: string): string {
  return displayName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 64);
}

/** A light e-mail check before the API's own (which has the last word). */
export function isPlausibleEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}
