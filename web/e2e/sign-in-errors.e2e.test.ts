import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoHorizontalOverflow, expectPath, launchBrowser, openPage, screenshot, signIn, VIEWPORT_NAMES } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(VIEWPORT_NAMES)('sign-in errors on a %s', (viewport) => {
  it(`says in French that the identifier or password is wrong (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'BPETRUSPIERRE', 'mauvais-mot-de-passe');
    await page.getByText('Identifiant ou mot de passe incorrect.').waitFor();
    await expectPath(page, '/connexion');
    const password = page.getByLabel('Mot de passe', { exact: true });
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await password.inputValue()).toBe('');
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'wrong-password', viewport);
    await page.context().close();
  });

  it(`tells how long to wait after too many failures (${viewport})`, async () => {
    const identifier = `VERROU${viewport.toUpperCase()}`;
    const page = await openPage(browser, viewport);
    await page.goto('/connexion');
    await page.getByLabel('Identifiant').fill(identifier);
    // Three free attempts from one address, then a wait of seconds that doubles after each failure
    // (api/src/identity/throttle.ts), shown as a minute. The browser's own address: made in the page.
    const password = page.getByLabel('Mot de passe', { exact: true });
    const wrong = page.getByText('Identifiant ou mot de passe incorrect.');
    for (let attempt = 0; attempt < 3; attempt++) {
      await password.fill(`encore-faux-${attempt}`);
      await page.getByRole('button', { name: 'Valider' }).click();
      await wrong.waitFor();
      await expect.poll(() => password.inputValue()).toBe('');
    }
    await password.fill('encore-faux');
    await page.getByRole('button', { name: 'Valider' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Connexion temporairement bloquée' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/réessayez dans 1 minute, à partir de \d\d:\d\d/);
    await screenshot(page, 'sign-in-locked', viewport);
    await page.context().close();
  });

  it(`answers "Mot de passe oublié" without revealing whether the identifier exists (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await page.goto('/connexion');
    await page.getByLabel('Identifiant').fill('INCONNU');
    await page.getByRole('link', { name: 'Mot de passe oublié' }).click();
    await expectPath(page, '/mot-de-passe-oublie');
    expect(await page.getByLabel('Identifiant').inputValue()).toBe('INCONNU');
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.getByRole('heading', { name: 'Demande envoyée' }).waitFor();
    await page.getByText(/Si cet identifiant correspond à un accès actif/).waitFor();

    await page.getByRole('link', { name: 'Mentions légales' }).click();
    await expectPath(page, '/mentions-legales');
    await page.getByRole('heading', { level: 1, name: 'Mentions légales' }).waitFor();
    await page.getByRole('heading', { name: 'Données personnelles' }).waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'legal-notice', viewport);
    await page.context().close();
  });
});
