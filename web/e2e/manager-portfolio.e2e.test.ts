import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, DEMO_PASSWORD, expectNoHorizontalOverflow, expectPath, launchBrowser, openPage, plain, screenshot, signIn, VIEWPORT_NAMES } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(VIEWPORT_NAMES)('a manager on a %s', (viewport) => {
  it(`finds CLIQUOT Mathilde and re-generates her password, shown once (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'GESTIONNAIRE');
    await expectPath(page, '/gestion/portefeuille');
    await page.getByRole('heading', { level: 1, name: 'Portefeuille' }).waitFor();

    // "Voir plus" brings the next page of the cursor connection.
    const rows = page.getByRole('list', { name: 'Personnes du portefeuille' }).getByRole('listitem');
    await page.getByText(/^10 fiches sur \d+$/).waitFor();
    await page.getByRole('button', { name: 'Voir plus' }).click();
    // The second page's rows, whoever they are: other e2e files add persons to the shared demo.
    await rows.nth(10).waitFor();
    expect(await rows.count()).toBeGreaterThan(10);

    await page.getByLabel('Nom, identifiant, compte, lot ou e-mail').fill('cliquot');
    await page.getByText('1 fiche sur 1').waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('cliquot');
    await page.getByRole('link', { name: /CLIQUOT Mathilde/ }).waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'manager-portfolio', viewport);

    await page.getByRole('link', { name: /CLIQUOT Mathilde/ }).click();
    await page.getByRole('heading', { level: 1, name: 'CLIQUOT Mathilde' }).waitFor();
    await page.getByText('CLIQUOTMATHILDE').waitFor();
    await page.getByText('Connexion autorisée').waitFor();
    expect(plain(await page.getByRole('region', { name: 'Arborescence des biens' }).textContent())).toContain('GILBERT/142');

    await page.getByRole('button', { name: 'Régénérer le mot de passe' }).click();
    const confirm = page.getByRole('dialog', { name: 'Régénérer le mot de passe ?' });
    await confirm.getByRole('button', { name: 'Régénérer', exact: true }).click();

    const grant = page.getByRole('dialog', { name: 'Mot de passe temporaire' });
    await grant.waitFor();
    expect(await grant.getByLabel('Identifiant').inputValue()).toBe('CLIQUOTMATHILDE');
    const temporaryPassword = await grant.getByLabel('Mot de passe temporaire').inputValue();
    expect(temporaryPassword).toMatch(/^\S{10}$/);
    await screenshot(page, 'manager-temporary-password', viewport, false);

    await grant.getByRole('button', { name: 'Valider' }).click();
    await grant.waitFor({ state: 'hidden' });
    expect(await page.getByText(temporaryPassword).count()).toBe(0);
    await page.getByText('Mot de passe temporaire', { exact: true }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'CLIQUOT Mathilde' }).waitFor();
    expect(await page.content()).not.toContain(temporaryPassword);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'manager-person', viewport);

    // The client signs in with it and must change it; put the demo password back for the others.
    const client = new ApiSession();
    const login = await client.login('CLIQUOTMATHILDE', temporaryPassword);
    expect(login.data?.login.viewer.mustChangePassword).toBe(true);
    const changed = await client.changePassword(temporaryPassword, DEMO_PASSWORD);
    expect(changed.errors).toBeUndefined();

    await page.getByRole('link', { name: 'Immeubles' }).click();
    await expectPath(page, '/gestion/immeubles');
    const gilbert = page.getByRole('article', { name: 'GILBERT' });
    await gilbert.waitFor();
    expect(plain(await gilbert.textContent())).toContain('1 000,91516 tantièmes');
    await page.getByRole('article', { name: 'Résidence Lafayette' }).waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'manager-buildings', viewport);
    await page.context().close();
  });
});
