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
  it(`signs in straight to the syndic space and sees lot GILBERT/142 with its shares (${viewport})`, async () => {
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
    // The account first, in words: the 4th quarter of 2026 is called and unpaid, the 1st of 2027 already posted.
    const money = page.getByRole('region', { name: 'Mon compte' });
    expect(plain(await money.getByTestId('position').innerText())).toBe('Vous devez 743,32 €');
    const moneyText = plain(await money.innerText()).replace(/\s+/g, ' ');
    expect(moneyText).toContain('Dernier règlement reçu 743,32 € le 12/07/2026');
    expect(moneyText).toContain('Prochain appel de fonds 743,32 € au 01/01/2027');
    expect(moneyText).not.toMatch(/-743|Présentation/);
    // The balance comes before the contact details and the lots.
    const top = async (name: string) => (await page.getByRole('region', { name }).boundingBox())!.y;
    expect(await top('Mon compte')).toBeLessThan(await top('Mes coordonnées'));
    // The lot's link (the code also shows on her requests, which other files may have opened).
    await page.getByRole('link', { name: 'Voir le lot GILBERT/142' }).waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'co-owner-home', viewport);

    // The lot code is a link to the lot's card on "Mes biens".
    await page.getByRole('link', { name: 'Voir le lot GILBERT/142' }).click();
    await expectPath(page, '/copropriete/biens');
    expect(new URL(page.url()).hash).toMatch(/^#lot-/);
    const lot = page.getByRole('article', { name: 'Lot GILBERT/142' });
    await lot.waitFor();
    expect(await lot.evaluate((element) => element.id === decodeURIComponent(location.hash.slice(1)))).toBe(true);
    const text = plain(await lot.textContent());
    expect(text).toContain('Appartement');
    expect(text).toContain('1er étage');
    expect(text).toContain('010 – CHARGES COMMUNES GENERALES');
    expect(text).toContain('62 / 1 000,91516 tantièmes');

    // The API serves the SPA for any path: a reload stays on the page.
    await page.reload();
    await page.getByRole('article', { name: 'Lot GILBERT/142' }).waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'co-owner-properties', viewport);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it(`switches the new-document notifications and the language, both remembered (${viewport})`, async () => {
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
