import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { renderRoute } from '../../../test/render';
import { DocumentTable, DocumentTable_document } from './DocumentTable';

const document = (id: string, title: string, extra: { isPublished?: boolean; expiresOn?: string | null } = {}) =>
  makeFragmentData(
    {
      __typename: 'Document',
      id,
      title,
      fileName: `${id}.pdf`,
      byteSize: 48_400,
      publishedOn: '2020-03-16',
      expiresOn: extra.expiresOn ?? null,
      isPublished: extra.isPublished ?? true,
      concerns: 'Bâtiment GILBERT, 4, rue Gilbert 54000 NANCY',
      downloadUrl: `/files/documents/${id}`,
      path: ['Conseil syndical'],
    },
    DocumentTable_document,
  );

describe('DocumentTable', () => {
  it('lists each document with "Concerne", its binder, its period and state, and selects rows', async () => {
    const onSelectionChange = vi.fn();
    renderRoute(
      <DocumentTable
        documents={[
          document('d1', 'Compte rendu du conseil syndical du 12/03/2020'),
          document('d2', 'Convocation AG 2019', { expiresOn: '2020-06-01' }),
          document('d3', 'Contrat de syndic 2021 (projet)', { isPublished: false }),
        ]}
        selectedIds={new Set()}
        onSelectionChange={onSelectionChange}
        caption="Documents"
      />,
      { path: '/' },
    );
    const table = await screen.findByRole('table', { name: 'Documents' });
    const row = within(table).getByRole('row', { name: /Compte rendu du conseil syndical/ });
    expect(row.textContent).toContain('Bâtiment GILBERT, 4, rue Gilbert 54000 NANCY');
    expect(row.textContent).toContain('depuis le 16/03/2020');
    expect(row.textContent).toContain('Publié');
    expect(within(table).getByRole('row', { name: /Convocation AG 2019/ }).textContent).toContain('Expiré');
    expect(within(table).getByRole('row', { name: /Contrat de syndic/ }).textContent).toContain('Dépublié');
    expect(within(row).getByRole('link', { name: 'Compte rendu du conseil syndical du 12/03/2020' }).getAttribute('href')).toBe('/files/documents/d1');
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Sélectionner Convocation AG 2019' }));
    expect(onSelectionChange).toHaveBeenCalledWith(new Set(['d2']));
  });

  it('offers no selection to a viewer who may not change documents', async () => {
    renderRoute(<DocumentTable documents={[document('d1', 'Règlement de copropriété GILBERT')]} selectedIds={new Set()} caption="Documents" />, { path: '/' });
    await screen.findByRole('table', { name: 'Documents' });
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
  });
});
