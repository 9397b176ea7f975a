import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../../test/render';
import { CoOwnerListDialog } from './CoOwnerListDialog';

const building = (id: string, code: string, name: string, hasSyndicate = true) => ({
  __typename: 'Building',
  id,
  code,
  name,
  syndicate: hasSyndicate ? { __typename: 'Syndicate', code: `SDC-${code}` } : null,
});

const ALL = [building('b1', 'GILBERT', 'Résidence Gilbert'), building('b2', 'LAFAYETTE', 'Le Lafayette'), building('b3', 'GERANCE1', 'Maison de rapport', false)];

function buildings(variables: Record<string, unknown>) {
  const search = typeof variables.search === 'string' ? variables.search.toLowerCase() : '';
  const found = ALL.filter((b) => !search || b.code.toLowerCase().includes(search));
  return { data: { buildings: { __typename: 'BuildingConnection', totalCount: found.length, edges: found.map((node) => ({ __typename: 'BuildingEdge', node })) } } };
}

describe('CoOwnerListDialog', () => {
  it('generates the lists of the chosen syndic buildings, kept across searches, and names them', async () => {
    const onGenerated = vi.fn();
    const { calls } = renderRoute(<CoOwnerListDialog isOpen onClose={() => undefined} onGenerated={onGenerated} />, {
      path: '/',
      script: {
        CoOwnerListBuildings: buildings,
        RegenerateCoOwnerLists: (variables) => ({
          data: {
            regenerateCoOwnerLists: (variables.buildingIds as string[]).map((id) => ({
              __typename: 'Document',
              id: `d-${id}`,
              title: `Liste des copropriétaires ${ALL.find((b) => b.id === id)!.code}`,
            })),
          },
        }),
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: 'GILBERT – Résidence Gilbert' }));
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'GERANCE1 – Maison de rapport (sans syndicat de copropriétaires)' }).disabled).toBe(true);
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher un immeuble' }), 'lafa');
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'GILBERT – Résidence Gilbert' })).toBeNull());
    await user.click(screen.getByRole('checkbox', { name: 'LAFAYETTE – Le Lafayette' }));
    await user.click(screen.getByRole('button', { name: 'Générer les 2 listes' }));
    expect(await screen.findByText('2 listes générées')).toBeTruthy();
    expect(screen.getByText('Liste des copropriétaires GILBERT')).toBeTruthy();
    expect(screen.getByText('Liste des copropriétaires LAFAYETTE')).toBeTruthy();
    expect(calls.find((call) => call.operationName === 'RegenerateCoOwnerLists')?.variables).toEqual({ buildingIds: ['b1', 'b2'] });
    expect(onGenerated).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Fermer' })).toBeTruthy();
  });
  it('names a building by its code alone when its name is the code (no "GILBERT – GILBERT")', async () => {
    const same = building('b9', 'GILBERT', 'GILBERT');
    renderRoute(<CoOwnerListDialog isOpen onClose={() => undefined} onGenerated={() => undefined} />, {
      path: '/',
      script: {
        CoOwnerListBuildings: () => ({ data: { buildings: { __typename: 'BuildingConnection', totalCount: 1, edges: [{ __typename: 'BuildingEdge', node: same }] } } }),
      },
    });
    expect(await screen.findByRole('checkbox', { name: 'GILBERT' })).toBeTruthy();
    expect(screen.queryByText(/GILBERT – GILBERT/)).toBeNull();
  });
});
