import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { SpaceShell } from './SpaceShell';

function shell(canReadExpenseList: boolean) {
  return () => ({
    data: {
      viewer: {
        __typename: 'Viewer',
        identifier: 'BROUILLYALFRED',
        displayName: 'BROUILLY Alfred',
        spaces: ['SYNDIC'],
        person: {
          __typename: 'Person',
          id: 'UGVyc29uOjc',
          councilMemberships: {
            __typename: 'CouncilMembershipConnection',
            nodes: canReadExpenseList ? [{ __typename: 'CouncilMembership', id: 'Q006MQ', building: { __typename: 'Building', id: 'QnVpbGRpbmc6MQ', canReadExpenseList: true } }] : [],
          },
        },
      },
    },
  });
}

const menuOf = async () => {
  const nav = await screen.findByRole('navigation', { name: 'Menu : Mon espace copropriétaire' });
  // The full names (the short phone words are aria-hidden).
  return within(nav).getAllByRole('link').map((link) => link.querySelector('.visually-hidden-phone')?.textContent);
};

describe('SpaceShell', () => {
  it("lists the syndic space's screens in the manual's order, with the expense list for a council member", async () => {
    renderRoute(<SpaceShell space="SYNDIC" />, { path: '/copropriete', script: { SpaceShell: shell(true) } });
    expect(await menuOf()).toEqual(['Accueil', 'Mon compte', 'Mes biens', 'Liste des dépenses', 'Fonds de travaux', 'Redéfinir mon mot de passe']);
  });

  it('leaves "Liste des dépenses" out for a co-owner who may not read it', async () => {
    const { calls } = renderRoute(<SpaceShell space="SYNDIC" />, { path: '/copropriete', script: { SpaceShell: shell(false) } });
    expect(await menuOf()).not.toContain('Liste des dépenses');
    expect(calls[0].variables).toEqual({ isSyndic: true });
  });

  it('names each entry in full for screen readers, the short word being for the phone bar', async () => {
    renderRoute(<SpaceShell space="SYNDIC" />, { path: '/copropriete', script: { SpaceShell: shell(true) } });
    expect(await screen.findByRole('link', { name: 'Fonds de travaux' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Fonds travaux/ })).toBeNull();
  });
});
