import { describe, expect, it } from 'vitest';
import { expiryFromFrenchDate } from './expiry';

describe('expiryFromFrenchDate', () => {
  it('reads jj/mm/aaaa as the end of that day', () => {
    const iso = expiryFromFrenchDate('31/12/2027');
    expect(iso).toBeDefined();
    const date = new Date(iso!);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2027, 11, 31, 23]);
  });

  it('refuses a day that does not exist and other shapes', () => {
    expect(expiryFromFrenchDate('31/02/2027')).toBeUndefined();
    expect(expiryFromFrenchDate('2027-12-31')).toBeUndefined();
    expect(expiryFromFrenchDate('demain')).toBeUndefined();
  });
});
