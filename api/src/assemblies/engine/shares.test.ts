import { describe, expect, it } from 'vitest';
import { formatShareUnits, parseShares, shareUnitsOf } from './shares';

describe('shares as exact units of 1e-5', () => {
  it('reads the tantièmes of the manual with every decimal and prints them back with five', () => {
    expect(parseShares('66.0142')).toBe(6_601_420n);
    expect(formatShareUnits(parseShares('1000.91516'))).toBe('1000.91516');
    expect(formatShareUnits(parseShares('0'))).toBe('0.00000');
    expect(formatShareUnits(parseShares('0.00001'))).toBe('0.00001');
    expect(formatShareUnits(-parseShares('12.5'))).toBe('-12.50000');
  });

  it('adds beyond the range of exact JavaScript numbers without losing a unit', () => {
    const big = parseShares('999999999.99999');
    const sum = Array.from({ length: 400 }, () => big).reduce((total, shares) => total + shares, 0n);
    expect(formatShareUnits(sum)).toBe('399999999999.99600');
  });

  it('refuses a sixth decimal rather than round it', () => {
    expect(() => parseShares('1.123456')).toThrow(/at most 5 decimals/);
    expect(() => parseShares('abc')).toThrow();
  });

  it('parses a key once, whatever the number of resolutions reading it', () => {
    const key = new Map([['p1', '293.00000']]);
    expect(shareUnitsOf(key)).toBe(shareUnitsOf(key));
    expect(shareUnitsOf(key).get('p1')).toBe(29_300_000n);
  });
});
