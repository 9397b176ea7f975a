import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoHorizontalOverflow, expectPath, issueTemporaryPassword, launchBrowser, openPage, screenshot, signIn, VIEWPORT_NAMES } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(VIEWPORT_NAMES)('a new client with a temporary password, on a %s', (viewport) => {
  it(`must choose a password that meets the policy, then lands in the gérance space (${viewport})`, async () => {
    // Each viewport gets its own temporary password: the database is shared by the whole run.
    const temporaryPassword = await issueTemporaryPassword('NOUVEAU Client');
    const page = await openPage(browser, viewport);
    await signIn(page, 'NOUVEAUCLIENT', temporaryPassword);

    await expectPath(page, '/changer-mot-de-passe');
    await page.getByRole('heading', { level: 1, name: 'Choisissez votre mot de passe' }).waitFor();
    await page.getByText('NOUVEAU Client').waitFor();
    await page.getByText('Politique de mot de passe :').waitFor();
    // The temporary password typed at sign-in is not asked again.
    expect(await page.getByLabel('Mot de passe temporaire').count()).toBe(0);

    // Nothing else opens until the password is changed: home leads back here.
    await page.getByRole('link', { name: 'Palier Extranet client, accueil' }).click();
    await expectPath(page, '/changer-mot-de-passe');

    const newPassword = page.getByLabel('Nouveau mot de passe');
    await newPassword.fill('abcdefgh');
    const digitRule = page.getByRole('listitem').filter({ hasText: 'Contenir au moins un chiffre' });
    const lengthRule = page.getByRole('listitem').filter({ hasText: "Être constitué d'au moins huit caractères" });
    expect(await digitRule.getAttribute('data-met')).toBe('false');
    expect(await lengthRule.getAttribute('data-met')).toBe('true');
    await page.getByLabel('Confirmation').fill('abcdefgh');
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.getByText('Le mot de passe doit contenir au moins un chiffre.').waitFor();
    expect(await newPassword.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('newPassword');
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'forced-password-change', viewport);

    const chosen = `Palier-${viewport}-2026!`;
    await newPassword.fill(chosen);
    expect(await digitRule.getAttribute('data-met')).toBe('true');
    await page.getByLabel('Confirmation').fill(chosen);
    await page.getByRole('button', { name: 'Valider' }).click();

    await expectPath(page, '/gerance');
    // A tenant (lease, no mandate) is spoken to as one in the gérance space.
    await page.getByRole('heading', { level: 1, name: 'Mon espace locataire' }).waitFor();
    await page.getByText('LAFAYETTE/003').waitFor();
    await screenshot(page, 'forced-password-change-done', viewport);

    // The new password works for the next sign-in.
    await page.getByRole('button', { name: 'Déconnexion' }).click();
    await expectPath(page, '/connexion');
    await signIn(page, 'NOUVEAUCLIENT', chosen);
    await expectPath(page, '/gerance');
    await page.context().close();
  });
});
