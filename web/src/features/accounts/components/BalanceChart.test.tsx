import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isoDateToTime } from '../../../app/i18n/format';
import { renderRoute } from '../../../test/render';
import { BalanceChart, dateTicks, toPoints } from './BalanceChart';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const HISTORY = [
  { date: '2020-01-01', balance: '-10299.97' },
  { date: '2020-01-30', balance: '-13299.97' },
  { date: '2020-02-11', balance: '-9985.56' },
];

describe('the balance chart', () => {
  it('holds the last balance up to the end of the period, printing the API amounts as they are', () => {
    const points = toPoints(HISTORY, '2020-12-31');
    expect(points.map((point) => [point.date, point.balance])).toEqual([
      ['2020-01-01', '-10299.97'],
      ['2020-01-30', '-13299.97'],
      ['2020-02-11', '-9985.56'],
      ['2020-12-31', '-9985.56'],
    ]);
    expect(points[3].time).toBe(isoDateToTime('2020-12-31'));
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
      'Du 01/01/2020 au 31/12/2020, le solde passe de -10 299,97 € à -9 985,56 € (2 jours avec mouvements).',
    );
  });
});
