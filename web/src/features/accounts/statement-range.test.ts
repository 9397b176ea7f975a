import { describe, expect, it } from 'vitest';
import { defaultRange, fromInputDate, rangeFromParams, toInputDate, validateRange } from './statement-range';

describe('the statement period', () => {
  it('runs from 1 January of the current year to today by default', () => {
    expect(defaultRange('2026-11-25')).toEqual({ from: '2026-01-01', to: '2026-11-25' });
    expect(rangeFromParams(new URLSearchParams(), '2026-11-25')).toEqual({ from: '2026-01-01', to: '2026-11-25' });
  });

  it('reads the period from the address and ignores a malformed date', () => {
    expect(rangeFromParams(new URLSearchParams('du=2020-01-01&au=2020-12-31'), '2026-11-25')).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    expect(rangeFromParams(new URLSearchParams('du=2020-02-30&au=demain'), '2026-11-25')).toEqual({ from: '2026-01-01', to: '2026-11-25' });
  });

  it('keeps an inverted period as typed, for the API to refuse', () => {
    expect(rangeFromParams(new URLSearchParams('du=2020-12-31&au=2020-01-01'), '2026-11-25')).toEqual({ from: '2020-12-31', to: '2020-01-01' });
  });

  it('asks for two dates and puts an inverted period on the end date', () => {
    expect(validateRange({ from: '', to: '2020-12-31' })).toEqual({ from: 'errors.DATE_REQUIRED' });
    expect(validateRange({ from: '2020-12-31', to: '2020-01-01' })).toEqual({ to: 'errors.INVALID_RANGE' });
    expect(validateRange({ from: '2020-01-01', to: '2020-01-01' })).toEqual({});
  });
});

describe('the typed dates', () => {
  it('shows a date day first', () => {
    expect(toInputDate('2020-01-31')).toBe('31/01/2020');
  });

  it('reads the ways people type a date, and refuses a date that does not exist', () => {
    expect(fromInputDate('31/12/2020')).toBe('2020-12-31');
    expect(fromInputDate(' 1/2/2020 ')).toBe('2020-02-01');
    expect(fromInputDate('31.12.2020')).toBe('2020-12-31');
    expect(fromInputDate('31122020')).toBe('2020-12-31');
    expect(fromInputDate('2020-12-31')).toBe('2020-12-31');
    expect(fromInputDate('30/02/2020')).toBe('');
    expect(fromInputDate('12/31/2020')).toBe('');
    expect(fromInputDate('')).toBe('');
  });
});
