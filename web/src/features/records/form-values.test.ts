import { describe, expect, it } from 'vitest';
import { rowErrorsOf, rowPath } from './form-errors';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { parseFrenchDate, parseFrenchDecimal, suggestExternalId, toFrenchDate, toFrenchDecimal } from './form-values';

describe('record form values', () => {
  it('reads a date typed jj/mm/aaaa, with or without separators, and refuses a day that does not exist', () => {
    expect(parseFrenchDate('31/12/2024')).toBe('2024-12-31');
    expect(parseFrenchDate('01092021')).toBe('2021-09-01');
    expect(parseFrenchDate('29/02/2023')).toBeNull();
    expect(parseFrenchDate('2024-12-31')).toBeNull();
    expect(toFrenchDate('2024-12-31')).toBe('31/12/2024');
  });

  it('reads shares with a French comma as a decimal string, five decimals at most, never as a number', () => {
    expect(parseFrenchDecimal('66,01420', 5)).toBe('66.01420');
    expect(parseFrenchDecimal('1 000,91516', 5)).toBe('1000.91516');
    expect(parseFrenchDecimal('1\u202f000,5', 5)).toBe('1000.5');
    expect(parseFrenchDecimal('66,014201', 5)).toBeNull();
    expect(parseFrenchDecimal('-3', 5)).toBeNull();
    expect(parseFrenchDecimal('68,55', 2)).toBe('68.55');
    expect(toFrenchDecimal('66.01420')).toBe('66,01420');
  });

  it('suggests a Code tiers from the name the way the demo codes are made', () => {
    expect(suggestExternalId('YALOXE Corton Denise')).toBe('YALOXECORTONDENISE');
    expect(suggestExternalId("Mme et M. LÉVÊQUE-D'Arc")).toBe('MMEETMLEVEQUEDARC');
    expect(suggestExternalId('A'.repeat(80))).toHaveLength(64);
  });
});

describe('batch errors on a one-row form', () => {
  it('maps the batch row paths to the paths inside the row', () => {
    expect(rowPath('persons[0].emails[1]')).toBe('emails[1]');
    expect(rowPath('persons[0].postalAddress.city')).toBe('postalAddress.city');
    expect(rowPath('lots[0].shares[1].shares')).toBe('shares[1].shares');
    expect(rowPath('persons')).toBe('');
    expect(rowPath('noticeDate')).toBe('noticeDate');
  });

  it('keeps every listed error of a BAD_USER_INPUT, the first message per field, and ignores other codes', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'bad',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'persons[0].emails[1]',
            reason: 'INVALID_VALUE',
            errors: [
              { field: 'persons[0].emails[1]', reason: 'INVALID_VALUE' },
              { field: 'persons[0].displayName', reason: 'TEXT_TOO_LONG' },
            ],
          },
        },
        { message: 'no', extensions: { code: 'FORBIDDEN' } },
      ],
    });
    expect(rowErrorsOf(error)).toEqual({ 'emails[1]': 'errors.INVALID_VALUE', displayName: 'errors.TEXT_TOO_LONG' });
    expect(rowErrorsOf(new Error('network'))).toEqual({});
  });
});
