import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { renderRoute } from '../../../test/render';
import { BinderGrid, BinderGrid_binder } from './BinderGrid';

const binder = (id: string, name: string, documentCount: number) =>
  makeFragmentData({ __typename: 'Binder', id, name, folders: name.split(' / '), documentCount }, BinderGrid_binder);

describe('BinderGrid', () => {
  it('shows a binder per card with its count, and "X / Y" binders as sub-folders of one card X', async () => {
    renderRoute(
      <BinderGrid
        binders={[binder('b1', 'Avis P+L', 1), binder('b2', 'Courriers / Locataires', 2), binder('b3', 'Courriers / Propriétaires', 0)]}
        hrefOf={(id) => `/gerance/documents?classeur=${id}`}
      />,
      { path: '/' },
    );
    const grid = await screen.findByRole('list', { name: 'Classeurs' });
    expect(within(grid).getByRole('link', { name: 'Avis P+L 1 document' }).getAttribute('href')).toBe('/gerance/documents?classeur=b1');
    const folders = within(grid).getByRole('list', { name: 'Sous-dossiers de Courriers' });
    expect(
      within(folders)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Locataires2 documents', '/gerance/documents?classeur=b2'],
      ['Propriétairesaucun document', '/gerance/documents?classeur=b3'],
    ]);
    // The card of Courriers counts its sub-folders together.
    expect(grid.textContent).toContain('Courriers2 documents');
  });
});
