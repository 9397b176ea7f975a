import fs from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildSchema, isObjectType, Kind, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SpaceShellDocument } from '../../gql/graphql';
import { renderRoute } from '../../test/render';
import { spaceMenuOf, type SpaceMenuItem } from '../compose-features';
import type { ViewerAbility } from '../feature-manifest';
import { FEATURES } from '../features';
import { SpaceShell } from './SpaceShell';
import { frenchTypography } from '../i18n/format';

const ALLOWED: Record<ViewerAbility, boolean> = {
  readAccounts: true,
  readWorksFunds: true,
  readExpenseLists: true,
  readAgencyContact: true,
  readProperties: true,
  readPhotos: true,
  readDocuments: true,
  readAnnouncements: true,
  readNewsFeed: true,
  managePortfolio: false,
  managePhotos: false,
  manageDocuments: false,
  manageApiTokens: false,
  manageCollaborators: false,
  manageAgency: false,
  manageAnnouncements: false,
  openRequests: true,
  manageRequests: false,
  readPartners: true,
  manageTickets: false,
  regulariseCharges: false,
};

function shell(can: Partial<Record<ViewerAbility, boolean>> = {}) {
  return () => ({
    data: {
      viewer: {
        __typename: 'Viewer',
        identifier: 'BROUILLYALFRED',
        displayName: 'BROUILLY Alfred',
        spaces: ['SYNDIC'],
        can: { __typename: 'ViewerCan', ...ALLOWED, ...can },
      },
    },
  });
}

const SYNDIC_MENU = spaceMenuOf(FEATURES, 'SYNDIC');

const menuOf = async () => {
  const nav = await screen.findByRole('navigation', { name: frenchTypography('Menu : Mon espace copropriétaire') });
  // The full names (the short phone words are aria-hidden).
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.querySelector('.visually-hidden-phone')?.textContent);
};

describe('SpaceShell', () => {
  it("lists the syndic space's screens in the manual's order, with the expense list for a council member", async () => {
    renderRoute(<SpaceShell space="SYNDIC" menu={SYNDIC_MENU} />, { path: '/copropriete', script: { SpaceShell: shell() } });
    expect(await menuOf()).toEqual([
      'Accueil',
      'Contacts syndic',
      'Mon compte',
      'Mes biens',
      'Mes informations',
      'Mes documents',
      'Mes demandes',
      'Mes photos',
      'Nos partenaires',
      'Liste des dépenses',
      'Mes assemblées',
      'Fonds de travaux',
    ]);
  });

  it('keeps "Redéfinir mon mot de passe" out of the tab bar, in the person menu, and labels the sign-out', async () => {
    renderRoute(<SpaceShell space="SYNDIC" menu={SYNDIC_MENU} />, { path: '/copropriete', script: { SpaceShell: shell() } });
    const user = userEvent.setup();
    const button = await screen.findByRole('button', { name: /BROUILLY Alfred/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: 'Redéfinir mon mot de passe' })).toBeNull();
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('link', { name: 'Redéfinir mon mot de passe' }).getAttribute('href')).toBe('/copropriete/mot-de-passe');
    await user.keyboard('{Escape}');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    // The word itself, not an icon with a hidden name only on phones.
    expect(screen.getByRole('button', { name: 'Déconnexion' }).querySelector('.visually-hidden-phone')).toBeNull();
  });

  it('leaves "Liste des dépenses" out for a co-owner who may not read it', async () => {
    const { calls } = renderRoute(<SpaceShell space="SYNDIC" menu={SYNDIC_MENU} />, { path: '/copropriete', script: { SpaceShell: shell({ readExpenseLists: false }) } });
    expect(await menuOf()).not.toContain('Liste des dépenses');
    // The API answers for the permissions: no council memberships to walk any more.
    expect(calls).toEqual([{ operationName: 'SpaceShell', variables: {} }]);
  });

  it('leaves "Mon compte" and "Fonds de travaux" out where the agency switched them off', async () => {
    renderRoute(<SpaceShell space="SYNDIC" menu={SYNDIC_MENU} />, { path: '/copropriete', script: { SpaceShell: shell({ readAccounts: false, readWorksFunds: false }) } });
    expect(await menuOf()).toEqual([
      'Accueil',
      'Contacts syndic',
      'Mes biens',
      'Mes informations',
      'Mes documents',
      'Mes demandes',
      'Mes photos',
      'Nos partenaires',
      'Liste des dépenses',
      'Mes assemblées',
    ]);
  });

  it('hides any entry whose `requires` the viewer lacks, whichever feature declared it', async () => {
    const entry = (path: string, labelId: string, requires?: ViewerAbility): SpaceMenuItem => ({
      path,
      to: `/copropriete/${path}`,
      labelId,
      shortLabelId: labelId,
      icon: 'home',
      order: 0,
      requires,
      isSpaceHome: false,
    });
    const menu = [entry('a', 'clientHome.nav.home'), entry('b', 'clientHome.nav.properties', 'managePortfolio'), entry('c', 'worksFunds.nav.worksFunds', 'readWorksFunds')];
    renderRoute(<SpaceShell space="SYNDIC" menu={menu} />, { path: '/copropriete', script: { SpaceShell: shell({ managePortfolio: false }) } });
    expect(await menuOf()).toEqual(['Accueil', 'Fonds de travaux']);
    expect(screen.getByRole('link', { name: 'Fonds de travaux' }).getAttribute('href')).toBe('/copropriete/c');
  });

  it('names each entry in full for screen readers, the short word being for the phone bar', async () => {
    renderRoute(<SpaceShell space="SYNDIC" menu={SYNDIC_MENU} />, { path: '/copropriete', script: { SpaceShell: shell() } });
    expect(await screen.findByRole('link', { name: 'Fonds de travaux' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Fonds travaux/ })).toBeNull();
  });

  it("asks for every permission of the schema's ViewerCan, so that any manifest may require any of them", () => {
    const schema = buildSchema(fs.readFileSync(path.resolve(import.meta.dirname, '../../../../schema/schema.graphql'), 'utf8'));
    const viewerCan = schema.getType('ViewerCan');
    if (!isObjectType(viewerCan)) throw new Error('ViewerCan is missing from schema/schema.graphql');
    const operation = SpaceShellDocument.definitions[0] as OperationDefinitionNode;
    const viewer = operation.selectionSet.selections.find((node): node is FieldNode => node.kind === Kind.FIELD && node.name.value === 'viewer');
    const can = viewer?.selectionSet?.selections.find((node): node is FieldNode => node.kind === Kind.FIELD && node.name.value === 'can');
    const asked = (can?.selectionSet?.selections ?? []).flatMap((node) => (node.kind === Kind.FIELD ? [node.name.value] : []));
    expect(asked.sort()).toEqual(Object.keys(viewerCan.getFields()).sort());
  });
});
