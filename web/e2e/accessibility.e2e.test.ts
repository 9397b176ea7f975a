import type { Browser, Page } from 'playwright-core';
import type { RouteObject } from 'react-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicRoutesOf, sessionRoutesOf, spaceMenuOf, spaceRoutesOf } from '../src/app/compose-features';
import { FEATURES } from '../src/app/features';
import { MESSAGES } from '../src/app/i18n/messages';
import { SPACE_ORDER, SPACE_PATHS } from '../src/app/spaces';
import type { Space } from '../src/gql/graphql';
import { expectNoAxeViolations, expectPath, issueTemporaryPassword, launchBrowser, menuLink, openPage, signIn, VIEWPORT_NAMES, type ViewportName } from './support';

/**
 * axe-core (WCAG 2.1 A and AA) on every page of the SPA, as the demo persons, at each viewport:
 * the pages come from the feature list (app/features.ts), and the last test of each viewport
 * checks that every route of it was visited, so a new page cannot be forgotten here.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const fr = MESSAGES.fr;

/** Every page the SPA routes to, as a full path pattern ('/gestion/portefeuille/:personId'). */
function fullPaths(routes: RouteObject[], base: string): string[] {
  return routes.map((route) => (route.index ? base : `${base}/${route.path}`).replace(/^\/\//, '/'));
}

const EVERY_PAGE = [
  ...fullPaths(publicRoutesOf(FEATURES), ''),
  ...fullPaths(sessionRoutesOf(FEATURES), ''),
  ...SPACE_ORDER.flatMap((space) => fullPaths(spaceRoutesOf(FEATURES, space), SPACE_PATHS[space])),
  '/une-page-inconnue', // the router's own "*": the 404 page
];

function matches(pattern: string, pathname: string): boolean {
  return new RegExp(`^${pattern.replace(/:[^/]+/g, '[^/]+')}$`).test(pathname);
}

/** The page is there: a main heading, and no request in flight (the space's data has arrived). */
async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.getByRole('status').filter({ hasText: 'Chargement' }).first().waitFor({ state: 'detached' });
}

/**
 * The console's walks run axe on some fifteen pages each: a budget, not a timing claim, that
 * leaves room for a loaded CI machine (the suite's 60 s is for one scenario).
 */
const CONSOLE_WALK_BUDGET = 240_000;

describe.each(VIEWPORT_NAMES)('accessibility on a %s', (viewport: ViewportName) => {
  const visited = new Set<string>();

  /** Runs axe on the page as it is now and remembers its path for the coverage check. */
  async function check(page: Page, name: string, requestedPath?: string): Promise<void> {
    await settle(page);
    await expectNoAxeViolations(page, `${name} (${viewport}, ${new URL(page.url()).pathname})`);
    visited.add(new URL(page.url()).pathname);
    if (requestedPath) visited.add(requestedPath);
  }

  /** Every menu entry of the space the viewer may see, in the menu's order, each page checked. */
  async function checkSpace(page: Page, who: string, space: Space): Promise<void> {
    const nav = page.getByRole('navigation', { name: fr['app.shell.menu'].replace('{space}', fr[`app.space.${space}`]) });
    await nav.waitFor();
    for (const entry of spaceMenuOf(FEATURES, space)) {
      // Entries placed under the person menu (the password page) are reached by opening it.
      const personMenu = page.locator('button[aria-controls][aria-expanded]').first();
      if (entry.placement === 'person' && (await personMenu.getAttribute('aria-expanded')) !== 'true') await personMenu.click();
      // On a phone, entries past the bar's slots are behind its "Plus" button (menuLink opens it).
      const link =
        entry.placement === 'person'
          ? page.locator(`#${await personMenu.getAttribute('aria-controls')}`).getByRole('link', { name: fr[entry.labelId], exact: true })
          : await menuLink(nav, fr[entry.labelId]);
      if ((await link.count()) === 0) {
        // Only a permission hides an entry; another person of the suite sees it (checked at the end).
        expect(entry.requires, `${who}: no "${fr[entry.labelId]}" in the ${space} menu`).toBeDefined();
        continue;
      }
      await link.click();
      await expectPath(page, entry.to);
      await check(page, `${who}, ${fr[entry.labelId]}`);
    }
  }

  it(`passes on the public pages and their error states (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await page.goto('/connexion');
    await check(page, 'sign-in');
    // A wrong identifier: the form's error (an identifier of nobody, so no one's failure count grows).
    await page.getByLabel('Identifiant').fill('PERSONNE-A11Y');
    await page.getByLabel('Mot de passe', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.getByText('Identifiant ou mot de passe incorrect').waitFor();
    await check(page, 'sign-in, wrong password');

    await page.goto('/mot-de-passe-oublie');
    await check(page, 'forgot password');
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await check(page, 'forgot password, empty identifier');

    await page.goto('/reinitialiser-mot-de-passe');
    await check(page, 'reset link without a token');
    // An unknown link: the page says so as it opens (the form is for a usable link only).
    await page.goto('/reinitialiser-mot-de-passe?token=a11y-not-a-real-token');
    await check(page, 'reset page, unusable link');

    await page.goto('/mentions-legales');
    await check(page, 'legal notice');
    await page.goto('/une-page-inconnue');
    await check(page, '404');
    // Without a session, the home and the spaces lead to sign-in.
    await page.goto('/');
    await expectPath(page, '/connexion');
    visited.add('/');
    await page.context().close();
  });

  it(`passes on the forced password change of NOUVEAUCLIENT (${viewport})`, async () => {
    // A temporary password of its own: other files of the run change NOUVEAUCLIENT's.
    const temporaryPassword = await issueTemporaryPassword('NOUVEAU Client');
    const page = await openPage(browser, viewport);
    await signIn(page, 'NOUVEAUCLIENT', temporaryPassword);
    await expectPath(page, '/changer-mot-de-passe');
    await check(page, 'forced password change');
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await check(page, 'forced password change, empty fields');
    await page.context().close();
  });

  it(`passes in both spaces of ALOXECORTONDENISE and on her space chooser (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'ALOXECORTONDENISE');
    await expectPath(page, '/espaces');
    await check(page, 'space chooser');
    await page.getByRole('link', { name: /Mon espace copropriétaire/ }).click();
    await expectPath(page, SPACE_PATHS.SYNDIC);
    await checkSpace(page, 'ALOXECORTONDENISE', 'SYNDIC');
    await page.goto('/espaces');
    await page.getByRole('link', { name: /Mon espace gestion locative/ }).click();
    await expectPath(page, SPACE_PATHS.GERANCE);
    await checkSpace(page, 'ALOXECORTONDENISE', 'GERANCE');
    await page.context().close();
  });

  it.each([
    ['CLIQUOTMATHILDE', 'SYNDIC'],
    ['BROUILLYALFRED', 'SYNDIC'],
    ['BPETRUSPIERRE', 'SYNDIC'],
    ['ELSALOCATAIRE', 'GERANCE'],
  ] as const)(`passes for %s in the %s space (${viewport})`, async (who, space) => {
    const page = await openPage(browser, viewport);
    await signIn(page, who);
    await expectPath(page, SPACE_PATHS[space]);
    await checkSpace(page, who, space);
    await page.context().close();
  });

  it(
    `passes on every page of the manager console's menu, as GESTIONNAIRE (${viewport})`,
    async () => {
      const page = await openPage(browser, viewport);
      await signIn(page, 'GESTIONNAIRE');
      await expectPath(page, '/gestion/portefeuille');
      visited.add(SPACE_PATHS.MANAGEMENT); // the console's index redirects to its portfolio
      await checkSpace(page, 'GESTIONNAIRE', 'MANAGEMENT');
      await page.context().close();
    },
    CONSOLE_WALK_BUDGET,
  );

  it(
    `passes in the manager console's records and dialogs (${viewport})`,
    async () => {
      const page = await openPage(browser, viewport);
      await signIn(page, 'GESTIONNAIRE');
      await expectPath(page, '/gestion/portefeuille');

      // A person's record, and the dialogs of "Régénérer le mot de passe" (on NOUVEAU Client, whose
      // password is a temporary one anyway: the other files issue their own).
      const menu = page.getByRole('navigation', { name: 'Menu : Console de gestion' });
      await menu.getByRole('link', { name: 'Portefeuille', exact: true }).click();
      await page.getByLabel('Nom, identifiant, compte, lot ou e-mail').fill('nouveau');
      await page.getByText('1 fiche sur 1').waitFor();
      await page.getByRole('link', { name: /NOUVEAU Client/ }).click();
      await page.getByRole('heading', { level: 1, name: 'NOUVEAU Client' }).waitFor();
      await check(page, 'person record');
      await page.getByRole('button', { name: 'Régénérer le mot de passe' }).click();
      const confirm = page.getByRole('dialog', { name: /^Régénérer le mot de passe/ });
      await confirm.waitFor();
      await check(page, 'person record, confirm dialog');
      await confirm.getByRole('button', { name: 'Régénérer', exact: true }).click();
      const grant = page.getByRole('dialog', { name: 'Mot de passe temporaire' });
      await grant.waitFor();
      await check(page, 'person record, temporary-password dialog');
      await grant.getByRole('button', { name: 'Valider' }).click();
      await grant.waitFor({ state: 'hidden' });

      // A record with accounts: the unpublish dialog (cancelled), then "Situation du compte".
      await menu.getByRole('link', { name: 'Portefeuille', exact: true }).click();
      await page.getByLabel('Nom, identifiant, compte, lot ou e-mail').fill('cliquot');
      await page.getByText('1 fiche sur 1').waitFor();
      await page.getByRole('link', { name: /CLIQUOT Mathilde/ }).click();
      await page.getByRole('heading', { level: 1, name: 'CLIQUOT Mathilde' }).waitFor();
      const row = page.getByRole('region', { name: 'Comptes' }).getByRole('listitem', { name: '450CLIQUOT' });
      await row.getByRole('button', { name: 'Dépublier le compte 450CLIQUOT' }).click();
      const unpublish = page.getByRole('dialog', { name: /^Dépublier le compte 450CLIQUOT/ });
      await unpublish.waitFor();
      await check(page, 'person record, unpublish dialog');
      await unpublish.getByRole('button', { name: 'Annuler' }).click();
      await unpublish.waitFor({ state: 'hidden' });
      await row.getByRole('link', { name: 'Situation du compte 450CLIQUOT' }).click();
      await page.waitForURL((url) => /^\/gestion\/portefeuille\/[^/]+\/comptes\/[^/]+$/.test(url.pathname));
      await page.getByRole('table', { name: /Situation du compte 450CLIQUOT/ }).waitFor();
      await check(page, "manager's account statement");

      // A building page, from its card.
      await menu.getByRole('link', { name: 'Immeubles', exact: true }).click();
      await page
        .getByRole('link', { name: /GILBERT/ })
        .first()
        .click();
      await page.waitForURL((url) => /^\/gestion\/immeubles\/[^/]+$/.test(url.pathname));
      await check(page, 'building page');

      // "Documents": a binder's rights dialog (cancelled), then the publication form, empty and refused.
      await menu.getByRole('link', { name: 'Documents', exact: true }).click();
      // The binder list is folded on a phone.
      const binders = page.locator('details').filter({ has: page.locator('summary', { hasText: 'Classeurs' }) });
      await binders.waitFor();
      if ((await binders.getAttribute('open')) === null) await binders.locator('summary').click();
      await page.getByRole('button', { name: 'Modifier le classeur Conseil syndical' }).click();
      const binder = page.getByRole('dialog', { name: 'Classeur Conseil syndical' });
      await binder.waitFor();
      await check(page, 'documents, binder dialog');
      await binder.getByRole('button', { name: 'Annuler' }).click();
      await binder.waitFor({ state: 'hidden' });
      await page.getByRole('link', { name: 'Publier des documents' }).click();
      await expectPath(page, '/gestion/documents/publier');
      await check(page, 'publish documents');
      await page.getByRole('button', { name: 'Publier', exact: true }).click();
      await page.getByText("La publication n'a pas pu commencer").waitFor();
      await check(page, 'publish documents, refused');
      await page.context().close();
    },
    CONSOLE_WALK_BUDGET,
  );

  it(`passes on the record forms of the console, empty and refused, without writing anything (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'GESTIONNAIRE');
    await expectPath(page, '/gestion/portefeuille');
    await page.goto('/gestion/portefeuille/nouveau');
    await check(page, 'new person');
    await page.getByRole('button', { name: 'Créer le tiers' }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await check(page, 'new person, refused');

    // Elsa's record: its edit form and her lease's notice and departure forms (opened, not sent).
    await page.goto('/gestion/portefeuille');
    await page.getByLabel('Nom, identifiant, compte, lot ou e-mail').fill('locataire elsa');
    await page.getByText('1 fiche sur 1').waitFor();
    await page.getByRole('link', { name: /LOCATAIRE Elsa/ }).click();
    await page.getByRole('heading', { level: 1, name: 'LOCATAIRE Elsa' }).waitFor();
    const record = page.url();
    await page.getByRole('link', { name: 'Modifier la fiche' }).click();
    await check(page, 'edit person');
    for (const action of ['Enregistrer un préavis (LAFAYETTE/002)', 'Enregistrer un départ (LAFAYETTE/002)']) {
      await page.goto(record);
      await page.getByRole('link', { name: action, exact: true }).click();
      await page.getByLabel(/^Date/).waitFor();
      await check(page, action);
    }
    await page.goto('/gestion/immeubles/nouveau');
    await check(page, 'new building');
    await page.goto('/gestion/immeubles');
    await page.getByRole('article', { name: 'GILBERT' }).getByRole('link', { name: 'GILBERT' }).click();
    await page.getByRole('heading', { level: 1, name: 'GILBERT' }).waitFor();
    const building = page.url();
    for (const link of ["Modifier l'immeuble", 'Gérer les clés de répartition', 'Nouveau lot', 'Modifier le lot GILBERT/142']) {
      await page.goto(building);
      await page.getByRole('link', { name: link }).first().click();
      await page.waitForURL((url) => url.href !== building);
      await check(page, link);
    }
    await page.context().close();
  });

  it(`passes on the relation forms of the console (a lease, a sale, a council election), empty and refused, without writing anything (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'GESTIONNAIRE');
    await expectPath(page, '/gestion/portefeuille');
    // Elsa's record: a new lease with her as the tenant, then refused (no lot code).
    await page.getByLabel('Nom, identifiant, compte, lot ou e-mail').fill('locataire elsa');
    await page.getByText('1 fiche sur 1').waitFor();
    await page.getByRole('link', { name: /LOCATAIRE Elsa/ }).click();
    await page.getByRole('link', { name: 'Nouveau bail', exact: true }).click();
    await page.getByLabel(/^Date/).waitFor();
    await check(page, 'new lease');
    await page.getByRole('button', { name: 'Créer le bail' }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await check(page, 'new lease, refused');

    // A co-owner's sale: the form, then refused with no buyer chosen.
    await page.goto('/gestion/portefeuille');
    await page.getByLabel('Nom, identifiant, compte, lot ou e-mail').fill('cliquot mathilde');
    await page.getByText('1 fiche sur 1').waitFor();
    await page.getByRole('link', { name: /CLIQUOT Mathilde/ }).click();
    await page.getByRole('link', { name: 'Enregistrer une vente (GILBERT/142)' }).click();
    await page.getByLabel('Date de la vente').waitFor();
    await check(page, 'sale');
    await page.getByRole('button', { name: 'Enregistrer la vente' }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await check(page, 'sale, refused');

    // GILBERT: a new lease on a lot, and the council with its election form, refused (nobody chosen).
    await page.goto('/gestion/immeubles');
    await page.getByRole('article', { name: 'GILBERT' }).getByRole('link', { name: 'GILBERT' }).click();
    await page.getByRole('heading', { level: 1, name: 'GILBERT' }).waitFor();
    const building = page.url();
    await page.getByRole('link', { name: 'Nouveau bail sur le lot GILBERT/142' }).click();
    await page.getByLabel(/^Date/).waitFor();
    await check(page, 'new lease on a lot');
    await page.goto(building);
    await page.getByRole('link', { name: 'Élection au conseil syndical' }).click();
    await page.getByRole('list', { name: 'Conseil en fonction' }).waitFor();
    await check(page, 'council election');
    await page.getByRole('button', { name: "Enregistrer l'élection" }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await check(page, 'council election, refused');
    // The building's photos page (manager).
    await page.goto(building);
    await page.getByRole('region', { name: 'Photos' }).getByRole('link', { name: 'Gérer les photos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Photos de GILBERT' }).waitFor();
    await check(page, 'building photos');
    await page.context().close();
  });

  it(`passes on a request's thread, for its client and for the manager (${viewport})`, async () => {
    for (const [who, space, title] of [
      ['CLIQUOTMATHILDE', '/copropriete', /Fuite d’eau au plafond/],
      ['ELSALOCATAIRE', '/gerance', /Attestation d’assurance/],
      ['GESTIONNAIRE', '/gestion', /Fuite d’eau au plafond/],
    ] as const) {
      const page = await openPage(browser, viewport);
      await signIn(page, who);
      await page.waitForURL((url) => url.pathname.startsWith(space));
      await page.goto(`${space}/demandes`);
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { level: 2, name: 'Échanges' }).waitFor();
      await check(page, `${who} request thread`);
      await page.context().close();
    }
  });

  it(`passes on an assembly's page, for a co-owner and for the manager, and on a regularisation's pages (${viewport})`, async () => {
    const coOwner = await openPage(browser, viewport);
    await signIn(coOwner, 'CLIQUOTMATHILDE');
    await expectPath(coOwner, '/copropriete');
    await coOwner.goto('/copropriete/assemblees');
    await coOwner.getByRole('link', { name: /Assemblée générale ordinaire du 13\/07\/2020/ }).click();
    await coOwner.waitForURL((url) => /^\/copropriete\/assemblees\/[^/]+$/.test(url.pathname));
    await check(coOwner, 'co-owner assembly page');
    await coOwner.context().close();

    const manager = await openPage(browser, viewport);
    await signIn(manager, 'GESTIONNAIRE');
    await expectPath(manager, '/gestion/portefeuille');
    await manager.goto('/gestion/assemblees');
    await manager.getByRole('link', { name: /Assemblée générale ordinaire du 13\/07\/2020/ }).click();
    await manager.waitForURL((url) => /^\/gestion\/assemblees\/[^/]+$/.test(url.pathname));
    await check(manager, 'manager assembly page');
    await manager.goto('/gestion/regularisations');
    await manager
      .getByRole('link', { name: /LAFAYETTE\/002/ })
      .first()
      .click();
    await manager.waitForURL((url) => /^\/gestion\/regularisations\/[^/]+$/.test(url.pathname));
    await check(manager, 'regularisation page');
    await manager.goto('/gestion/regularisations/nouvelle');
    await check(manager, 'new regularisation');
    await manager.context().close();
  });

  it(`has visited every page of the feature list (${viewport})`, () => {
    const missing = EVERY_PAGE.filter((pattern) => ![...visited].some((pathname) => matches(pattern, pathname)));
    expect(missing).toEqual([]);
  });
});
