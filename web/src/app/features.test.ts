import fs from 'node:fs';
import path from 'node:path';
import type { ReactElement } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { spaceMenuOf } from './compose-features';
import type { FeatureManifest } from './feature-manifest';
import { FEATURES } from './features';
import { routes } from './router';
import { SPACE_ORDER } from './spaces';

/** Every path the composed router renders, in full ('/copropriete' for a space's index route). */
function leafPaths(list: RouteObject[], parent = ''): string[] {
  return list.flatMap((route) => {
    const path = route.path === undefined ? parent : route.path.startsWith('/') ? route.path : `${parent === '/' ? '' : parent}/${route.path}`;
    if (route.children) return leafPaths(route.children, path);
    return [route.index ? parent || '/' : path];
  });
}

/** The component a URL renders, with its `space` prop when it has one ("AccountPage SYNDIC"). */
function screenAt(url: string): string {
  const leaf = matchRoutes(routes, url)?.at(-1)?.route;
  const element = leaf?.element as ReactElement<{ space?: string; to?: string }> | undefined;
  if (!element || typeof element.type !== 'function') return `nothing at ${url}`;
  const detail = element.props.space ?? element.props.to;
  return detail ? `${element.type.name} ${detail}` : element.type.name;
}

// Today's URLs, which bookmarks, e-mails (the reset link) and the e2e suite use: none may move.
const TODAY: Record<string, string> = {
  '/': 'HomeRedirect',
  '/connexion': 'SignInPage',
  '/mot-de-passe-oublie': 'ForgotPasswordPage',
  '/reinitialiser-mot-de-passe': 'ResetPasswordPage',
  '/changer-mot-de-passe': 'ForcedPasswordChangePage',
  '/mentions-legales': 'LegalNoticePage',
  '/espaces': 'SpaceChooserPage',
  '/copropriete': 'ClientHomePage SYNDIC',
  '/copropriete/compte': 'AccountPage SYNDIC',
  '/copropriete/biens': 'PropertiesPage SYNDIC',
  '/copropriete/depenses': 'ExpenseListPage',
  '/copropriete/fonds-travaux': 'WorksFundsPage',
  '/copropriete/documents': 'MyDocumentsPage SYNDIC',
  '/copropriete/photos': 'MyPhotosPage',
  '/gerance/photos': 'MyPhotosPage',
  '/copropriete/informations': 'MyAnnouncementsPage',
  '/gerance/informations': 'MyAnnouncementsPage',
  '/copropriete/contacts': 'ContactsPage SYNDIC',
  '/gerance/contacts': 'ContactsPage GERANCE',
  '/gestion/informations': 'ManageAnnouncementsPage',
  '/gestion/bureaux': 'OfficesPage',
  '/gestion/flux-rss': 'NewsFeedPage',
  '/copropriete/partenaires': 'PartnersPage',
  '/gerance/partenaires': 'PartnersPage',
  '/gestion/fournisseurs': 'SuppliersPage',
  '/gestion/immeubles/QnVpbGRpbmc6MQ/photos': 'BuildingPhotosPage',
  '/gestion/regularisations': 'RegularisationsPage',
  '/gestion/regularisations/nouvelle': 'NewRegularisationPage',
  '/gestion/regularisations/Q2hhcmdlUmVndWxhcmlzYXRpb246MQ': 'RegularisationPage',
  '/copropriete/mot-de-passe': 'RedefinePasswordPage',
  '/copropriete/assemblees': 'MyAssembliesPage',
  '/copropriete/assemblees/R2VuZXJhbEFzc2VtYmx5OjE': 'MyAssemblyPage',
  '/gerance': 'ClientHomePage GERANCE',
  '/gerance/compte': 'AccountPage GERANCE',
  '/gerance/biens': 'PropertiesPage GERANCE',
  '/gerance/documents': 'MyDocumentsPage GERANCE',
  '/gerance/mot-de-passe': 'RedefinePasswordPage',
  '/gestion': 'Navigate portefeuille',
  '/gestion/portefeuille': 'PeoplePage',
  '/gestion/portefeuille/UGVyc29uOjE': 'PersonPage',
  '/gestion/portefeuille/UGVyc29uOjE/comptes/QWNjb3VudDo0MTE': 'ManagerAccountPage',
  '/gestion/immeubles': 'BuildingsPage',
  '/gestion/immeubles/QnVpbGRpbmc6MQ': 'BuildingPage',
  '/gestion/import': 'ImportPage',
  '/gestion/documents': 'ManagerDocumentsPage',
  '/gestion/documents/publier': 'PublishDocumentsPage',
  // Static segments of the records feature outrank the portfolio's ids.
  '/gestion/portefeuille/nouveau': 'NewPersonPage',
  '/gestion/portefeuille/UGVyc29uOjE/modifier': 'EditPersonPage',
  '/gestion/immeubles/nouveau': 'NewBuildingPage',
  '/gestion/immeubles/QnVpbGRpbmc6MQ/cles': 'AllocationKeysPage',
  '/gestion/immeubles/QnVpbGRpbmc6MQ/lots/nouveau': 'LotFormPage',
  '/gestion/baux/TGVhc2U6MQ/preavis': 'LeaseEventPage',
  '/gestion/portefeuille/UGVyc29uOjE/vente/T3duZXJzaGlwOjE': 'SalePage',
  '/gestion/portefeuille/UGVyc29uOjE/bail': 'NewTenantLeasePage',
  '/gestion/immeubles/QnVpbGRpbmc6MQ/lots/TG90OjE/bail': 'NewLotLeasePage',
  '/gestion/immeubles/QnVpbGRpbmc6MQ/conseil': 'CouncilElectionPage',
  '/gestion/parametres': 'SettingsPage',
  '/gestion/profil-agence': 'AgencyProfilePage',
  '/gestion/mot-de-passe': 'RedefinePasswordPage',
  '/gestion/collaborateurs': 'CollaboratorsPage',
  '/gestion/jetons-api': 'ApiTokensPage',
  '/gestion/assemblees': 'AssembliesPage',
  '/gestion/assemblees/R2VuZXJhbEFzc2VtYmx5OjE': 'AssemblyPage',
  '/une-page-inconnue': 'NotFoundPage',
};

describe('the feature list', () => {
  it('composes a router with exactly the paths of today', () => {
    expect(leafPaths(routes).sort()).toEqual(
      [
        '/',
        '/connexion',
        '/mot-de-passe-oublie',
        '/reinitialiser-mot-de-passe',
        '/changer-mot-de-passe',
        '/mentions-legales',
        '/espaces',
        '/copropriete',
        '/copropriete/compte',
        '/copropriete/biens',
        '/copropriete/depenses',
        '/copropriete/fonds-travaux',
        '/copropriete/documents',
        '/copropriete/photos',
        '/copropriete/informations',
        '/copropriete/demandes',
        '/copropriete/contacts',
        '/copropriete/demandes/:requestId',
        '/copropriete/mot-de-passe',
        '/copropriete/assemblees',
        '/copropriete/assemblees/:assemblyId',
        '/gerance',
        '/gerance/compte',
        '/gerance/biens',
        '/gerance/documents',
        '/gerance/photos',
        '/gerance/informations',
        '/gerance/demandes',
        '/gerance/contacts',
        '/gerance/demandes/:requestId',
        '/gerance/mot-de-passe',
        '/gestion',
        '/gestion/demandes',
        '/gestion/demandes/:requestId',
        '/gestion/portefeuille',
        '/gestion/portefeuille/:personId',
        '/gestion/portefeuille/:personId/comptes/:accountId',
        '/gestion/immeubles',
        '/gestion/immeubles/:buildingId',
        '/gestion/import',
        '/gestion/documents',
        '/gestion/documents/publier',
        '/gestion/portefeuille/nouveau',
        '/gestion/portefeuille/:personId/modifier',
        '/gestion/immeubles/nouveau',
        '/gestion/immeubles/:buildingId/modifier',
        '/gestion/immeubles/:buildingId/cles',
        '/gestion/immeubles/:buildingId/lots/nouveau',
        '/gestion/immeubles/:buildingId/lots/:lotId/modifier',
        '/gestion/portefeuille/:personId/vente/:ownershipId',
        '/gestion/portefeuille/:personId/bail',
        '/gestion/immeubles/:buildingId/lots/:lotId/bail',
        '/gestion/immeubles/:buildingId/conseil',
        '/gestion/immeubles/:buildingId/photos',
        '/gestion/baux/:leaseId/preavis',
        '/gestion/baux/:leaseId/depart',
        '/gestion/parametres',
        '/gestion/profil-agence',
        '/gestion/mot-de-passe',
        '/gestion/collaborateurs',
        '/gestion/jetons-api',
        '/gestion/informations',
        '/gestion/bureaux',
        '/gestion/flux-rss',
        '/copropriete/partenaires',
        '/gerance/partenaires',
        '/gestion/fournisseurs',
        '/gestion/assemblees',
        '/gestion/assemblees/:assemblyId',
        '/gestion/regularisations',
        '/gestion/regularisations/nouvelle',
        '/gestion/regularisations/:regularisationId',
        '/*',
      ].sort(),
    );
  });

  it.each(Object.entries(TODAY))('opens %s on %s', (url, screen) => {
    expect(screenAt(url)).toBe(screen);
  });

  it('declares no path twice', () => {
    const paths = leafPaths(routes);
    expect(paths.filter((path, index) => paths.indexOf(path) !== index)).toEqual([]);
  });

  it('keeps the menu of each space in the order of today', () => {
    expect(Object.fromEntries(SPACE_ORDER.map((space) => [space, spaceMenuOf(FEATURES, space).map((entry) => entry.to)]))).toEqual({
      SYNDIC: [
        '/copropriete',
        '/copropriete/contacts',
        '/copropriete/compte',
        '/copropriete/biens',
        '/copropriete/informations',
        '/copropriete/documents',
        '/copropriete/demandes',
        '/copropriete/photos',
        '/copropriete/partenaires',
        '/copropriete/depenses',
        '/copropriete/assemblees',
        '/copropriete/fonds-travaux',
        '/copropriete/mot-de-passe',
      ],
      GERANCE: [
        '/gerance',
        '/gerance/contacts',
        '/gerance/compte',
        '/gerance/biens',
        '/gerance/informations',
        '/gerance/documents',
        '/gerance/demandes',
        '/gerance/photos',
        '/gerance/partenaires',
        '/gerance/mot-de-passe',
      ],
      MANAGEMENT: [
        '/gestion/portefeuille',
        '/gestion/immeubles',
        '/gestion/assemblees',
        '/gestion/documents',
        '/gestion/demandes',
        '/gestion/fournisseurs',
        '/gestion/informations',
        '/gestion/import',
        '/gestion/regularisations',
        '/gestion/collaborateurs',
        '/gestion/parametres',
        '/gestion/profil-agence',
        '/gestion/bureaux',
        '/gestion/flux-rss',
        '/gestion/mot-de-passe',
        '/gestion/jetons-api',
      ],
    });
  });

  it('points every menu entry at a route its own feature declares in that space', () => {
    const strays = FEATURES.flatMap((feature) =>
      SPACE_ORDER.flatMap((space) => {
        const own = feature.spaces?.[space];
        return (own?.menu ?? [])
          .filter((entry) => !own?.routes.some((route) => (entry.path ? route.path === entry.path : route.index)))
          .map((entry) => `${feature.name} ${space} ${entry.path || '(index)'}`);
      }),
    );
    expect(strays).toEqual([]);
  });

  it('lists the manifest of every feature folder, once, under its folder name', () => {
    const manifests = import.meta.glob<Record<string, FeatureManifest>>('../features/*/feature.tsx', { eager: true });
    const folders = Object.entries(manifests).map(([file, module]) => {
      const folder = /features\/([^/]+)\/feature\.tsx$/.exec(file)?.[1];
      const exported = Object.values(module);
      expect(exported, file).toHaveLength(1);
      expect(exported[0].name, file).toBe(folder);
      expect(FEATURES, `${file} is missing from app/features.ts`).toContain(exported[0]);
      return folder;
    });
    expect(FEATURES.map((feature) => feature.name).sort()).toEqual(folders.sort());
  });

  it("keeps app/ out of the features' internals: it imports their manifests only", () => {
    const appDir = import.meta.dirname;
    const files = fs.readdirSync(appDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
    const reaches = files.flatMap((file) =>
      [...fs.readFileSync(path.join(appDir, file), 'utf8').matchAll(/from '((?:\.\.\/)+features\/[^']+)'/g)]
        .map((match) => match[1])
        .filter((target) => !/^(\.\.\/)+features\/[^/]+\/feature$/.test(target))
        .map((target) => `${file} → ${target}`),
    );
    expect(reaches).toEqual([]);
  });
});
