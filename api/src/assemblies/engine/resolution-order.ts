/**
 * Resolutions are numbered "1", "2", "5", "5.1", "5.2", "10": compared segment by segment as
 * integers, so "5.1" follows "5" and "10" follows "9".
 */
export function compareResolutionNumbers(a: string, b: string): number {
  const left = a.split('.').map((part) => Number.parseInt(part, 10));
  const right = b.split('.').map((part) => Number.parseInt(part, 10));
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i] ?? -1;
    const r = right[i] ?? -1;
    if (l !== r) return l - r;
  }
  return 0;
}

/** "5", "5.1", "12.3"; letters and empty segments are refused so the order above stays total. */
export const RESOLUTION_NUMBER = /^[1-9][0-9]{0,3}(\.[1-9][0-9]{0,2})*$/;
