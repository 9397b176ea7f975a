import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isoDateToTime } from '../../../app/i18n/format';
import { renderRoute } from '../../../test/render';
import { amountTicks, BalanceChart, dateTicks, toPoints } from './BalanceChart';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const HISTORY = [
  { date: '2020-01-01', balance: '-10299.97' },
  { date: '2020-01-30', balance: '-13299.97' },
  { date: '2020-02-11', balance: '-9985.56' },
];

describe('the balance chart', () => {
  it('follows each day over a short period, holding the last balance up to its end, printing the API amounts as they are', () => {
    const points = toPoints(HISTORY, '2020-01-01', '2020-02-29');
    expect(points.map((point) => [point.date, point.balance])).toEqual([
      ['2020-01-01', '-10299.97'],
      ['2020-01-30', '-13299.97'],
      ['2020-02-11', '-9985.56'],
      ['2020-02-29', '-9985.56'],
    ]);
    expect(points[3].time).toBe(isoDateToTime('2020-02-29'));
  });

  it("draws each month at its closing balance over a longer period: no spike for the manual's movements of 30/01 and 11/02", () => {
    const points = toPoints(HISTORY, '2020-01-01', '2020-12-31');
    expect(points).toHaveLength(13);
    expect(points.slice(0, 3).map((point) => [point.date, point.balance, point.isMonthEnd])).toEqual([
      ['2020-01-31', '-13299.97', true],
      ['2020-02-29', '-9985.56', true],
      ['2020-03-31', '-9985.56', true],
    ]);
    // Each month's step starts on its first day; the last one is held up to the end of the period.
    expect(points[1].time).toBe(isoDateToTime('2020-02-01'));
    expect(points[12]).toMatchObject({ time: isoDateToTime('2020-12-31'), balance: '-9985.56' });
    // A period ending mid-month: the last step is the balance at that day, not a month end.
    expect(toPoints(HISTORY, '2020-01-01', '2020-06-15').at(-1)).toMatchObject({ date: '2020-06-15', isMonthEnd: false });
  });

  it('labels the amount axis without repeating a label, zero included', () => {
    for (const values of [
      [-10299.97, -13299.97, -9985.56],
      [0, -743.32, -1486.64],
      [593.92, 0],
      [-9985.56, -9950.1],
      [12.5, 12.4],
    ]) {
      const { ticks, format } = amountTicks(values, 'fr-FR');
      expect(ticks).toContain(0);
      expect(new Set(ticks.map(format)).size).toBe(ticks.length);
      expect(ticks[0]).toBeLessThanOrEqual(Math.min(...values));
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(Math.max(...values));
    }
  });

  it('puts at most the asked number of month ticks on the axis', () => {
    const ticks = dateTicks('2020-01-01', '2020-12-31', 6);
    expect(ticks.map((time) => new Date(time).toISOString().slice(0, 10))).toEqual(['2020-01-01', '2020-03-01', '2020-05-01', '2020-07-01', '2020-09-01', '2020-11-01']);
  });

  it('is a figure titled and described in words for screen readers', async () => {
    renderRoute(<BalanceChart accountId="QWNjb3VudDo0MTE" range={{ from: '2020-01-01', to: '2020-12-31' }} />, {
      path: '/',
      script: {
        BalanceHistory: () => ({
          data: { node: { __typename: 'Account', id: 'QWNjb3VudDo0MTE', balanceHistory: HISTORY.map((point) => ({ __typename: 'BalancePoint', ...point })) } },
        }),
      },
    });
    const figure = await screen.findByRole('figure', { name: 'Évolution du solde' });
    expect(plain(figure.getAttribute('aria-describedby') && document.getElementById(figure.getAttribute('aria-describedby')!)?.textContent)).toBe(
      'Solde à la fin de chaque mois, du 01/01/2020 au 31/12/2020 : de -10 299,97 € à -9 985,56 €.',
    );
  });
});
