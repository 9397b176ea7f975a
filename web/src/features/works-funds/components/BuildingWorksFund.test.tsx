import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { renderRoute } from '../../../test/render';
import { BuildingWorksFund, BuildingWorksFund_fund } from './BuildingWorksFund';
import { frenchTypography } from '../../../app/i18n/format';

const plain = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const cells = (row: HTMLElement) => Array.from(row.children, (cell) => plain(cell.textContent)).join(' | ');

/** Denise's works fund in the manual ("Fonds travaux (syndic)"): GILBERT/069 holds 19,64. */
const fund = makeFragmentData(
  {
    __typename: 'BuildingWorksFund',
    building: {
      __typename: 'Building',
      id: 'QnVpbGRpbmc6MQ',
      code: 'GILBERT',
      name: 'GILBERT',
      postalAddress: { __typename: 'PostalAddress', line1: '4, rue Gilbert', postalCode: '54000', city: 'NANCY' },
    },
    total: '19.64',
    asOf: '2026-11-30T17:00:00.000Z',
    lots: [
      { __typename: 'LotWorksFund', lot: { __typename: 'Lot', id: 'TG90OjE2', code: 'GILBERT/016', type: 'Cave' }, total: '0.00', lines: [] },
      {
        __typename: 'LotWorksFund',
        lot: { __typename: 'Lot', id: 'TG90OjY5', code: 'GILBERT/069', type: 'Appartement' },
        total: '19.64',
        lines: [{ __typename: 'WorksFundLine', accountNumber: '105999', label: 'Fonds de travaux', amount: '19.64' }],
      },
    ],
  },
  BuildingWorksFund_fund,
);

describe('BuildingWorksFund', () => {
  it("shows each lot's lines and total, then the co-owner's share of the building's fund, dated", async () => {
    renderRoute(<BuildingWorksFund fund={fund} />, { path: '/' });
    const building = await screen.findByRole('region', { name: frenchTypography('Immeuble : GILBERT') });
    expect(building.textContent).toContain('4, rue Gilbert, 54000 NANCY');
    const lot = within(building).getByRole('region', { name: 'Lot GILBERT/069' });
    // The account's label first, then its number.
    expect(within(lot).getAllByRole('row').map(cells)).toEqual(['Libellé | Montant', 'Fonds de travaux Compte 105999 | 19,64 €', 'Total | 19,64 €']);
    expect(within(lot).getByRole('link', { name: 'Lot GILBERT/069' }).getAttribute('href')).toBe('/copropriete/biens#lot-TG90OjY5');
    const empty = within(building).getByRole('region', { name: 'Lot GILBERT/016' });
    expect(plain(empty.textContent)).toContain('Aucun montant détenu pour ce lot.');
    expect(within(empty).getAllByRole('row').map(cells)).toContain('Total | 0,00 €');
    expect(cells(screen.getByTestId('building-total'))).toBe("Votre part dans le fonds de travaux de l'immeuble | 19,64 €");
    // The date of the figures, on the agency's calendar (18:00 in Nancy on 30/11).
    expect(plain(screen.getByTestId('works-fund-as-of').textContent)).toBe('Situation au 30/11/2026');
  });
});
