import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, expectNoHorizontalOverflow, expectPath, launchBrowser, menuLink, openPage, plain, screenshot, signIn, VIEWPORT_NAMES } from './support';

/**
 * Issue 8, "Agency settings and profile": a manager switches a module off and the client's menu
 * loses it; the profile edited shows in the legal notice. The e2e server holds only the demo
 * agencies (no API creates an agency), so these tests change the demo agency NANCY and put every
 * value back in a `finally` block through the API; the files run one after another.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function managerApi(): Promise<ApiSession> {
  const session = new ApiSession();
  await session.login('GESTIONNAIRE');
  return session;
}

describe.each(VIEWPORT_NAMES)('agency settings on a %s', (viewport) => {
  it(`lets the manager switch "Mes biens" off, and the co-owner's menu and home lose it (${viewport})`, async () => {
    try {
      const page = await openPage(browser, viewport);
      await signIn(page, 'GESTIONNAIRE');
      await expectPath(page, '/gestion/portefeuille');
      await (await menuLink(page.getByRole('navigation', { name: 'Menu : Console de gestion' }), 'Paramètres')).click();
      await expectPath(page, '/gestion/parametres');
      const properties = page.getByRole('region', { name: 'Mes biens' });
      const toggle = properties.getByRole('switch', { name: /Activation du module «.Mes biens.»/ });
      expect(await toggle.isChecked()).toBe(true);
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'agency-settings', viewport);

      await toggle.click();
      await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
      await page.getByText(/Paramètres enregistrés/).waitFor();
      expect(await page.getByRole('region', { name: 'Mes biens' }).getByRole('switch').isChecked()).toBe(false);
      await screenshot(page, 'agency-settings-saved', viewport, false);
      await page.context().close();

      const client = await openPage(browser, viewport);
      await signIn(client, 'CLIQUOTMATHILDE');
      await expectPath(client, '/copropriete');
      const nav = client.getByRole('navigation', { name: /Menu/ });
      await nav.getByRole('link', { name: 'Accueil', exact: true }).waitFor();
      await client.getByRole('region', { name: 'Contacts syndic' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Mes biens', exact: true }).count()).toBe(0);
      expect(await client.getByRole('region', { name: 'Mes biens' }).count()).toBe(0);
      await screenshot(client, 'client-home-without-properties', viewport);
      // The page itself, typed in: the API refuses, the page says the agency switched it off.
      await client.goto('/copropriete/biens');
      await client
        .getByRole('alert')
        .getByText(/Ce service n.est pas activé par votre agence/)
        .waitFor();
      await screenshot(client, 'client-properties-disabled', viewport, false);
      await client.context().close();
    } finally {
      const manager = await managerApi();
      const restored = await manager.request<{ updateAgencySettings: { propertiesEnabled: boolean } }>(
        'mutation { updateAgencySettings(input: { propertiesEnabled: true }) { propertiesEnabled } }',
      );
      expect(restored.data?.updateAgencySettings.propertiesEnabled).toBe(true);
    }
    const client = await openPage(browser, viewport);
    await signIn(client, 'CLIQUOTMATHILDE');
    await client.getByRole('navigation', { name: /Menu/ }).getByRole('link', { name: 'Mes biens', exact: true }).waitFor();
    await client.context().close();
  });

  it(`lets the manager edit the agency's profile, and the legal notice shows it (${viewport})`, async () => {
    const manager = await managerApi();
    const before = await manager.request<{ agencyProfile: { financialGuarantee: string | null } }>('{ agencyProfile { financialGuarantee } }');
    const original = before.data?.agencyProfile.financialGuarantee ?? '';
    const guarantee = `Caisse de garantie e2e (${viewport}), 1 rue de la Paix, 75002 PARIS`;
    try {
      const page = await openPage(browser, viewport);
      await signIn(page, 'GESTIONNAIRE');
      await expectPath(page, '/gestion/portefeuille');
      await (await menuLink(page.getByRole('navigation', { name: 'Menu : Console de gestion' }), "Profil de l'agence")).click();
      await expectPath(page, '/gestion/profil-agence');
      const siret = page.getByLabel('SIRET');
      expect(await siret.inputValue()).toBe('91234567800011');

      // A wrong SIRET: the API's refusal on the field, focused.
      await siret.fill('912 345 678 00012');
      await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
      await page.getByText(/Le SIRET doit comporter 14 chiffres valides/).waitFor();
      expect(await siret.getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, 'agency-profile-error', viewport);

      await siret.fill('912 345 678 00011');
      await page.getByLabel('Garantie financière').fill(guarantee);
      await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
      await page.getByText(/Profil enregistré/).waitFor();
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'agency-profile', viewport);
      await page.context().close();

      // Without a session: the deployment's agency (the demo's first, NANCY).
      const visitor = await openPage(browser, viewport);
      await visitor.goto('/mentions-legales');
      const profession = visitor.getByRole('region', { name: 'Activité réglementée' });
      await profession.waitFor();
      expect(plain(await profession.textContent())).toContain(`Garantie financière : ${guarantee}.`);
      expect(plain(await visitor.getByRole('region', { name: 'Éditeur du site' }).textContent())).toContain('SIRET : 912 345 678 00011.');
      await expectNoHorizontalOverflow(visitor);
      await screenshot(visitor, 'legal-notice-profile', viewport);
      await visitor.context().close();
    } finally {
      const restored = await manager.request<{ updateAgencyProfile: { financialGuarantee: string | null } }>(
        'mutation ($input: AgencyProfileInput!) { updateAgencyProfile(input: $input) { financialGuarantee } }',
        { input: { financialGuarantee: original, siret: '91234567800011' } },
      );
      expect(restored.data?.updateAgencyProfile.financialGuarantee).toBe(original || null);
    }
  });
});
