import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoHorizontalOverflow, expectPath, launchBrowser, openPage, plain, screenshot, signIn, VIEWPORT_NAMES } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(VIEWPORT_NAMES)('a co-owner on a %s', (viewport) => {
  it('signs in straight to the syndic space and sees lot GILBERT/142 with its shares', async () => {
    const page = await openPage(browser, viewport);
    // The API's Content-Security-Policy must fit the built SPA: a violation is a console error.
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await signIn(page, 'CLIQUOTMATHILDE');

    // One space only: no chooser, straight into "Mon espace copropriétaire".
    await expectPath(page, '/copropriete');
    await page.getByRole('heading', { level: 1, name: 'Mon espace copropriétaire' }).waitFor();
    await page.getByText('CLIQUOT Mathilde', { exact: true }).first().waitFor();
    await page.getByRole('heading', { name: 'Mes coordonnées' }).waitFor();
    expect(await page.getByText('32, Rue du Septentrion').count()).toBeGreaterThan(0);
    expect(await page.getByRole('switch', { name: /Activer les notifications de nouveaux documents/ }).isChecked()).toBe(true);
    await page.getByText('GILBERT/142').waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'co-owner-home', viewport);

    await page.getByRole('link', { name: 'Mes biens' }).click();
    await expectPath(page, '/copropriete/biens');
    const lot = page.getByRole('article', { name: 'Lot GILBERT/142' });
    await lot.waitFor();
    const text = plain(await lot.textContent());
    expect(text).toContain('Appartement');
    expect(text).toContain('1er étage');
    expect(text).toContain('010 – CHARGES COMMUNES GENERALES');
    expect(text).toContain('62,00000 / 1 000,91516 tantièmes');

    // The API serves the SPA for any path: a reload stays on the page.
    await page.reload();
    await page.getByRole('article', { name: 'Lot GILBERT/142' }).waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'co-owner-properties', viewport);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('switches the new-document notifications and the language, both remembered', async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'CLIQUOTMATHILDE');
    const toggle = page.getByRole('switch', { name: /Activer les notifications de nouveaux documents/ });
    await toggle.waitFor();
    await toggle.click();
    await page.getByText('Préférence enregistrée.').waitFor();
    await page.reload();
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click();
    await page.getByText('Préférence enregistrée.').waitFor();
    expect(await toggle.isChecked()).toBe(true);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My co-owner space' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My co-owner space' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon espace copropriétaire' }).waitFor();

    await page.getByRole('button', { name: 'Déconnexion' }).click();
    await expectPath(page, '/connexion');
    await page.getByText('Vous êtes déconnecté.', { exact: false }).waitFor();
    await page.goto('/copropriete');
    await expectPath(page, '/connexion');
    await page.context().close();
  });
});
