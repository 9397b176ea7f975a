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

/** The portfolio's result names after typing `search` (the search runs once typing pauses). */
async function searchPeople(page: Page, search: string, count: RegExp | string): Promise<string[]> {
  await page.getByLabel('Nom, identifiant, compte, lot ou e-mail').fill(search);
  await page.waitForURL((url) => url.searchParams.get('q') === search);
  await page.getByRole('status').getByText(count).waitFor();
  const rows = page.getByRole('list', { name: 'Personnes du portefeuille' }).getByRole('link');
  return (await rows.allTextContents()).map(plain);
}

describe.each(VIEWPORT_NAMES)('a manager on a %s', (viewport) => {
  it('finds people by words in any order, without accents, by account, lot and identifier', async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'GESTIONNAIRE');
    await expectPath(page, '/gestion/portefeuille');

    expect((await searchPeople(page, 'alfred brouilly', '1 fiche sur 1'))[0]).toContain('BROUILLY Alfred');
    expect((await searchPeople(page, 'lépitre', '1 fiche sur 1'))[0]).toContain('LEPITRE Abel');
    expect((await searchPeople(page, '450CLIQUOT', '1 fiche sur 1'))[0]).toContain('CLIQUOT Mathilde');
    expect((await searchPeople(page, 'GILBERT/142', '1 fiche sur 1'))[0]).toContain('CLIQUOT Mathilde');
    expect((await searchPeople(page, 'BPETRUSPIERRE', '1 fiche sur 1'))[0]).toContain('PETRUS');
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

  it('opens GILBERT: lots with shares and co-owners, council, works funds, expenses, each person a link', async () => {
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
