import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatAxisAmount,
  formatDate,
  formatFloor,
  formatMoney,
  formatShares,
  formatSurface,
  frenchTypography,
  isIsoDate,
  isZeroAmount,
  todayIsoDate,
} from './format';
import { MESSAGES } from './messages';

/** Intl separates thousands with U+202F and puts U+00A0 before "€": compare on plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatAmount', () => {
  it('formats a decimal string as euros the French way', () => {
    expect(plain(formatAmount('-743.32'))).toBe('-743,32 €');
    expect(plain(formatAmount('9985.56'))).toBe('9 985,56 €');
  });

  it('keeps every cent of amounts too large for a float', () => {
    expect(plain(formatAmount('12345678901234.57'))).toBe('12 345 678 901 234,57 €');
  });
});

describe('formatMoney and isZeroAmount', () => {
  it('prints a table amount with two decimals and no currency sign', () => {
    expect(plain(formatMoney('3000.00'))).toBe('3 000,00');
    expect(plain(formatMoney('-13299.97'))).toBe('-13 299,97');
    expect(formatMoney('0.5', 'en-GB')).toBe('0.50');
  });

  it('recognises a zero written any way, without computing', () => {
    expect(isZeroAmount('0.00')).toBe(true);
    expect(isZeroAmount('-0.00')).toBe(true);
    expect(isZeroAmount('0')).toBe(true);
    expect(isZeroAmount('0.01')).toBe(false);
    expect(isZeroAmount('3000.00')).toBe(false);
    expect(isZeroAmount('')).toBe(false);
  });

  it('shortens chart ticks the French way', () => {
    expect(plain(formatAxisAmount(-10299.97))).toBe('-10,3 k €');
    expect(plain(formatAxisAmount(0))).toBe('0 €');
  });
});

describe('formatShares', () => {
  it('shows whole tantièmes without decimals and others with their five, grouped by thousands', () => {
    expect(plain(formatShares('62.00000'))).toBe('62');
    expect(plain(formatShares('1500.00000'))).toBe('1 500');
    expect(plain(formatShares('1000.91516'))).toBe('1 000,91516');
    expect(plain(formatShares('66.0142'))).toBe('66,01420');
  });
});

describe('formatSurface and formatDate', () => {
  it('drops trailing zeros of a surface', () => {
    expect(formatSurface('68.50')).toBe('68,5');
    expect(formatSurface('41.00')).toBe('41');
  });

  it('prints a calendar date without any time-zone shift', () => {
    expect(formatDate('2021-09-01')).toBe('01/09/2021');
    expect(formatDate('2020-12-31', 'en-GB')).toBe('31/12/2020');
  });

  it('tells a real calendar date from a malformed or impossible one', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2020-1-1')).toBe(false);
  });

  it('gives today as a comparable ISO date', () => {
    expect(todayIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('formatFloor', () => {
  const intl = createIntl({ locale: 'fr-FR', messages: MESSAGES.fr });

  it('names floors as French people say them', () => {
    expect(formatFloor('0', intl)).toBe('Rez-de-chaussée');
    expect(formatFloor('1', intl)).toBe('1er étage');
    expect(formatFloor('2', intl)).toBe('2e étage');
    expect(formatFloor('-1', intl)).toBe('1er sous-sol');
    expect(formatFloor('-2', intl)).toBe('2e sous-sol');
  });

  it('leaves a floor that is not a number as written', () => {
    expect(formatFloor('Mezzanine', intl)).toBe('Mezzanine');
  });

  it('says floors in English when English is chosen', () => {
    const english = createIntl({ locale: 'en-GB', messages: MESSAGES.en });
    expect(formatFloor('1', english)).toBe('1st floor');
    expect(formatFloor('3', english)).toBe('3rd floor');
  });
});

describe('frenchTypography', () => {
  it('puts no-break spaces inside « » and before the high signs', () => {
    expect(frenchTypography('Cliquez sur « Valider » : c’est fait ; merci ! Prêt ?')).toBe('Cliquez sur «\u00a0Valider\u00a0»\u00a0: c’est fait\u202f; merci\u202f! Prêt\u202f?');
    expect(frenchTypography('«Valider»')).toBe('«\u00a0Valider\u00a0»');
  });

  it('leaves addresses, times and already correct text alone', () => {
    expect(frenchTypography('Ouvrez http://palier.test à 14:30.')).toBe('Ouvrez http://palier.test à 14:30.');
    expect(frenchTypography('Identifiant\u00a0:')).toBe('Identifiant\u00a0:');
  });

  it('runs over the whole French catalogue, and only that one', () => {
    expect(MESSAGES.fr['auth.signIn.notice.signedOut']).toBe('Vous êtes déconnecté. À bientôt\u202f!');
    expect(Object.values(MESSAGES.fr).some((text) => / [:;!?»]|« /.test(text))).toBe(false);
    expect(Object.values(MESSAGES.en).join('')).not.toMatch(/[\u202f]/);
  });
});
