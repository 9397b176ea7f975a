import { describe, expect, it } from 'vitest';
import { fromStartsAt, parseFrenchDate, parseTime, toStartsAt } from './form-values';

describe('assembly form values', () => {
  it('reads jj/mm/aaaa and refuses a day that does not exist', () => {
    expect(parseFrenchDate('13/07/2020')).toBe('2020-07-13');
    expect(parseFrenchDate('29/02/2024')).toBe('2024-02-29');
    expect(parseFrenchDate('29/02/2023')).toBeNull();
    expect(parseFrenchDate('2020-07-13')).toBeNull();
  });

  it('reads a time as HH:MM and refuses 24:00', () => {
    expect(parseTime('9:05')).toBe('09:05');
    expect(parseTime('11h51')).toBe('11:51');
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('11:5')).toBeNull();
  });

  it('turns a local day and time into the instant, or null when a part is wrong', () => {
    expect(new Date(toStartsAt('13/07/2020', '10:00') ?? '').getHours()).toBe(10);
    expect(toStartsAt('13/07/2020', '')).toBeNull();
  });

  it('reads back the day and time it wrote, so the edit form starts from what is stored', () => {
    expect(fromStartsAt(toStartsAt('13/07/2020', '09:05') ?? '')).toEqual({ date: '13/07/2020', time: '09:05' });
  });
});
