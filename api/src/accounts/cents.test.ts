import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { centsOf, formatCents, parseCents } from './cents';

describe('cents', () => {
  it('reads the forms PostgreSQL writes for 2-decimal amounts, and refuses the rest', () => {
    expect(parseCents('9985.56')).toBe(998556n);
    expect(parseCents('-9985.56')).toBe(-998556n);
    expect(parseCents('0.00')).toBe(0n);
    expect(parseCents('0')).toBe(0n);
    expect(parseCents('-12.3')).toBe(-1230n);
    expect(parseCents('123456789012.34')).toBe(12345678901234n);
    for (const text of ['1.234', '1e3', '', '-', '.5', '1.', ' 1.00', 'NaN']) expect(parseCents(text)).toBeNull();
  });

  it('writes what Decimal#toFixed(2) writes, for every sign and size', () => {
    for (const text of ['0.00', '0.01', '-0.01', '0.10', '-0.99', '1.00', '-1.05', '9985.56', '-9985.56', '123456789012.34']) {
      expect(formatCents(parseCents(text)!)).toBe(new Decimal(text).toFixed(2));
    }
    expect(formatCents(-0n)).toBe('0.00');
  });

  it('adds exactly: 0.10 + 0.20 is 0.30 (0.30000000000000004 in binary floating point)', () => {
    const sum = ['0.10', '0.20'].map((t) => parseCents(t)!).reduce((a, b) => a + b, 0n);
    expect(formatCents(sum)).toBe('0.30');
  });

  it('takes any writing of an amount in cents, and refuses a third decimal rather than round it away', () => {
    expect(centsOf('-12.30')).toBe(-1230n);
    expect(centsOf('1e3')).toBe(100000n);
    expect(centsOf('12.300')).toBe(1230n);
    expect(() => centsOf('12.345')).toThrow('not an amount in cents');
  });
});
