import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoHorizontalOverflow, expectPath, launchBrowser, openPage, plain, screenshot, signIn, VIEWPORT_NAMES } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Types `search` in the portfolio and waits for exactly `name` in the results, "1 fiche sur 1". */
async function expectOnlyResult(page: Page, search: string, name: string): Promise<void> {
  await page.getByLabel('Nom, identifiant, compte, lot ou e-mail').fill(search);
  await page.waitForURL((url) => url.searchParams.get('q') === search);
  const rows = page.getByRole('list', { name: 'Personnes du portefeuille' }).getByRole('link');
  await rows.filter({ hasText: name }).waitFor();
  await page.getByRole('status').getByText('1 fiche sur 1').waitFor();
  // The list re-renders once the search settles: count when it has.
  await expect.poll(() => rows.count()).toBe(1);
}

describe.each(VIEWPORT_NAMES)('a manager on a %s', (viewport) => {
  it(`finds people by words in any order, without accents, by account, lot and identifier (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'GESTIONNAIRE');
    await expectPath(page, '/gestion/portefeuille');

    await expectOnlyResult(page, 'alfred brouilly', 'BROUILLY Alfred');
    await expectOnlyResult(page, 'lépitre', 'LEPITRE Abel');
    await expectOnlyResult(page, '450CLIQUOT', 'CLIQUOT Mathilde');
    await expectOnlyResult(page, 'GILBERT/142', 'CLIQUOT Mathilde');
    await expectOnlyResult(page, 'BPETRUSPIERRE', 'BPETRUS Pierre');
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'manager-people-search', viewport);

    await page.getByRole('link', { name: 'Immeubles' }).first().click();
    await expectPath(page, '/gestion/immeubles');
    await page.getByLabel('Code, nom, rue ou ville').fill('nancy');
    await page.getByRole('status').getByText('2 immeubles sur 2').waitFor();
    await page.getByLabel('Code, nom, rue ou ville').fill('rue gilbert');
    await page.getByRole('status').getByText('1 immeuble sur 1').waitFor();
    await screenshot(page, 'manager-buildings-search', viewport);
    await page.context().close();
  });

  it(`opens GILBERT: lots with shares and co-owners, council, works funds, expenses, each person a link (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'GESTIONNAIRE');
    await page.getByRole('link', { name: 'Immeubles' }).first().click();
    await page.getByRole('article', { name: 'GILBERT' }).getByRole('link', { name: 'GILBERT' }).click();
    await page.waitForURL(/\/gestion\/immeubles\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: 'GILBERT' }).waitFor();

    const lots = page.getByRole('region', { name: 'Lots et copropriétaires' });
    await lots.waitFor();
    const lotsText = plain(await lots.textContent());
    expect(lotsText).toContain('GILBERT/142');
    expect(lotsText).toContain('/ 1 000,91516');
    expect(lotsText).toContain('CLIQUOT Mathilde');

    const council = page.getByRole('region', { name: 'Conseil syndical' });
    const councilText = plain(await council.textContent());
    expect(councilText).toContain('BROUILLY Alfred');
    expect(councilText).toContain('Président');
    await page.getByRole('region', { name: 'Locataires' }).waitFor();
    await page.getByText('Total immeuble').first().waitFor();
    await page.getByRole('region', { name: 'Liste des dépenses' }).waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'manager-building', viewport);

    await council.getByRole('link', { name: 'BROUILLY Alfred' }).click();
    await page.getByRole('heading', { level: 1, name: 'BROUILLY Alfred' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/gestion\/portefeuille\/[^/]+$/);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'GILBERT' }).waitFor();

    // LAFAYETTE has the tenants (gérance), each a link to their record too.
    await page.getByRole('link', { name: 'Immeubles' }).first().click();
    await page.getByRole('article', { name: 'Résidence Lafayette' }).getByRole('link').click();
    const tenants = page.getByRole('region', { name: 'Locataires' });
    await tenants.getByRole('link', { name: /Elsa/i }).first().waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'manager-building-lafayette', viewport);
    await page.context().close();
  });
});
