import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { renderRoute } from '../../../test/render';
import { LotCard, LotCard_lot } from './LotCard';

const lot = makeFragmentData(
  {
    __typename: 'Lot',
    id: 'TG90OjE0Mg',
    code: 'GILBERT/142',
    type: 'Appartement',
    floor: '1',
    surface: '68.50',
    rooms: 3,
    shares: [
      {
        __typename: 'LotShare',
        shares: '62.00000',
        allocationKey: { __typename: 'AllocationKey', id: 'QWxsb2M6MDEw', code: '010', label: 'CHARGES COMMUNES GENERALES', totalShares: '1000.91516' },
      },
    ],
  },
  LotCard_lot,
);

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('LotCard', () => {
  it('shows type, floor, surface, rooms and the shares under each key', async () => {
    renderRoute(<LotCard lot={lot} note="Copropriétaire depuis le 01/06/2015" />, { path: '/' });
    const card = await screen.findByRole('article', { name: 'Lot GILBERT/142' });
    expect(card.textContent).toContain('Appartement');
    expect(card.textContent).toContain('1er étage');
    expect(plain(card.textContent)).toContain('68,5 m²');
    expect(card.textContent).toContain('3 pièces');
    expect(card.textContent).toContain('010 – CHARGES COMMUNES GENERALES');
    expect(plain(screen.getByText(/tantièmes$/).textContent)).toBe('62 / 1 000,91516 tantièmes');
  });

  it('speaks English when asked, keeping the exact shares', async () => {
    renderRoute(<LotCard lot={lot} />, { path: '/', locale: 'en' });
    const card = await screen.findByRole('article', { name: 'Lot GILBERT/142' });
    expect(card.textContent).toContain('1st floor');
    expect(screen.getByText(/shares$/).textContent).toBe('62 / 1,000.91516 shares');
  });
});
