/**
 * Tantièmes as exact integers of 1e-5 (numeric(14,5): five decimals), in BigInt: the engine adds
 * tens of thousands of shares per AG (400 co-owners × 40 resolutions, twice for a passerelle), and
 * decimal.js objects cost most of that time (allocation, parsing, normalisation). Integer sums are
 * exact whatever the magnitude, and every majority test multiplies (× 2, × 3), never divides.
 */
export type ShareUnits = bigint;

const SCALE = 5;
const SHARES = /^(-?)(\d+)(?:\.(\d{1,5}))?$/;

/** "66.0142" → 6601420n; more than five decimals, or not a number, is a bug upstream (numeric(14,5)). */
export function parseShares(text: string): ShareUnits {
  const match = SHARES.exec(text.trim());
  if (!match) throw new Error(`Not a share quantity with at most ${SCALE} decimals: ${text}`);
  const units = BigInt(match[2] + (match[3] ?? '').padEnd(SCALE, '0'));
  return match[1] ? -units : units;
}

/** 6601420n → "66.01420": five decimals, like the tantièmes everywhere in the API. */
export function formatShareUnits(units: ShareUnits): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(SCALE + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -SCALE)}.${digits.slice(-SCALE)}`;
}

const parsed = new WeakMap<ReadonlyMap<string, string>, Map<string, ShareUnits>>();

/**
 * A key's shares (participant → text) as units, parsed once per map: every resolution under the
 * same key reads the same map (assembly-state.ts), so a 40-resolution AG parses its shares once.
 */
export function shareUnitsOf(shares: ReadonlyMap<string, string>): ReadonlyMap<string, ShareUnits> {
  let units = parsed.get(shares);
  if (!units) {
    units = new Map();
    for (const [id, text] of shares) units.set(id, parseShares(text));
    parsed.set(shares, units);
  }
  return units;
}
