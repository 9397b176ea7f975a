import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoHorizontalOverflow, launchBrowser, openPage, plain, screenshot, signIn, VIEWPORT_NAMES } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Codes of this run only, so that the file can run again on the same database and touches no demo record. */
const RUN = Date.now().toString(36).toUpperCase();

async function openConsole(viewport: (typeof VIEWPORT_NAMES)[number]): Promise<Page> {
  const page = await openPage(browser, viewport);
  await signIn(page, 'GESTIONNAIRE');
  await page.waitForURL((url) => url.pathname === '/gestion/portefeuille');
  return page;
}

describe.each(VIEWPORT_NAMES)('a manager recording on a %s', (viewport) => {
  const suffix = `${RUN}${viewport === 'phone' ? 'P' : 'D'}`;

  it(`creates a person with a suggested Code tiers, then edits their address, e-mails and phones (${viewport})`, async () => {
    const page = await openConsole(viewport);
    await page.goto('/gestion/portefeuille/nouveau');
    await page.getByRole('heading', { level: 1, name: 'Nouveau tiers' }).waitFor();

    // Checks before the API: an empty name is refused on its field, which gets the focus.
    await page.getByRole('button', { name: 'Créer le tiers' }).click();
    const name = page.getByLabel('Nom affiché');
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    expect(await name.evaluate((element) => element === document.activeElement)).toBe(true);
    await screenshot(page, 'records-person-new-errors', viewport);

    await name.fill(`ESSAI${suffix} Jeanne`);
    expect(await page.getByLabel('Code tiers').inputValue()).toBe(`ESSAI${suffix}JEANNE`);
    await page.getByLabel('Civilité').fill('Madame');
    await page.getByLabel('Adresse', { exact: true }).fill('3, rue des Essais');
    await page.getByLabel('Code postal').fill('54000');
    await page.getByLabel('Ville').fill('NANCY');
    await page.getByRole('button', { name: 'Ajouter une adresse e-mail' }).click();
    await page.getByLabel('E-mail 1').fill(`jeanne.${suffix.toLowerCase()}@exemple.fr`);
    await page.getByRole('button', { name: 'Créer le tiers' }).click();

    await page.getByRole('heading', { level: 1, name: `ESSAI${suffix} Jeanne` }).waitFor();
    expect(page.url()).toMatch(/\/gestion\/portefeuille\/[^/]+$/);
    await screenshot(page, 'records-person-created', viewport);

    await page.getByRole('link', { name: 'Modifier la fiche' }).click();
    await page.getByRole('heading', { level: 1, name: 'Modifier la fiche' }).waitFor();
    // Prefilled from the API; the code is the record's key and stays as it was.
    expect(await page.getByLabel('Ville').inputValue()).toBe('NANCY');
    expect(await page.getByLabel('Code tiers').getAttribute('readonly')).not.toBeNull();
    await page.getByLabel('Ville').fill('METZ');
    await page.getByLabel('Code postal').fill('57000');
    await page.getByRole('button', { name: 'Ajouter un téléphone' }).click();
    await page.getByLabel('Téléphone 1').fill('pas de chiffres');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const phone = page.getByLabel('Téléphone 1');
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    await phone.fill('03 83 00 00 00');
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'records-person-edit', viewport);
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await page.getByRole('heading', { level: 1, name: `ESSAI${suffix} Jeanne` }).waitFor();
    const text = plain(await page.locator('main').textContent());
    expect(text).toContain('57000 METZ');
    expect(text).toContain('03 83 00 00 00');
    await page.context().close();
  });

  it(`creates a building, a key and a lot with shares, and sees the key's total change (${viewport})`, async () => {
    const page = await openConsole(viewport);
    const code = `ESSAI${suffix}`;
    await page.goto('/gestion/immeubles');
    await page.getByRole('link', { name: 'Nouvel immeuble' }).click();
    await page.getByLabel("Code de l'immeuble").fill(code);
    await page.getByLabel('Nom', { exact: true }).fill(`Résidence ${code}`);
    await page.getByLabel('Adresse', { exact: true }).fill('1, allée des Essais');
    // Not in Nancy: the building search e2e counts the demo's Nancy buildings.
    await page.getByLabel('Code postal').fill('54200');
    await page.getByLabel('Ville').fill('TOUL');
    await page.getByRole('button', { name: "Créer l'immeuble" }).click();
    await page.getByRole('heading', { level: 1, name: `Résidence ${code}` }).waitFor();
    await screenshot(page, 'records-building-created', viewport);

    await page.getByRole('link', { name: 'Gérer les clés de répartition' }).click();
    await page.getByRole('heading', { level: 1, name: 'Clés de répartition' }).waitFor();
    await page.getByLabel('Code de la clé').fill('010');
    await page.getByLabel('Libellé').fill('CHARGES COMMUNES GENERALES');
    await page.getByRole('button', { name: 'Créer la clé' }).click();
    await page.getByText('La clé 010 est enregistrée.').waitFor();
    const keys = page.getByRole('list', { name: 'Clés de répartition et leurs totaux' });
    await keys.getByText('Total : 0 tantièmes').waitFor();
    await screenshot(page, 'records-keys', viewport);

    await page.getByRole('link', { name: `Résidence ${code}` }).click();
    await page.getByRole('link', { name: 'Nouveau lot' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouveau lot' }).waitFor();
    expect(await page.getByLabel('Code du lot').inputValue()).toBe(`${code}/`);
    await page.getByLabel('Code du lot').fill(`${code}/001`);
    await page.getByLabel('Type', { exact: true }).fill('Appartement');
    await page.getByLabel('Surface (m²)').fill('68,5');
    // Six decimals: refused on the key's field before anything is sent.
    const share = page.getByLabel('Clé 010 – CHARGES COMMUNES GENERALES');
    await share.fill('66,014201');
    await page.getByRole('button', { name: 'Créer le lot' }).click();
    await expect.poll(() => share.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'records-lot-errors', viewport);
    await share.fill('66,01420');
    await page.getByRole('button', { name: 'Créer le lot' }).click();

    await page.getByRole('heading', { level: 1, name: `Résidence ${code}` }).waitFor();
    const totals = page.getByRole('list', { name: 'Clés de répartition et leurs totaux' });
    await totals.getByText('Total : 66,01420 tantièmes').waitFor();

    // A second lot adds to the total; editing the first changes it again.
    await page.getByRole('link', { name: 'Nouveau lot' }).click();
    await page.getByLabel('Code du lot').fill(`${code}/002`);
    await page.getByLabel('Type', { exact: true }).fill('Cave');
    await page.getByLabel('Clé 010 – CHARGES COMMUNES GENERALES').fill('3,5');
    await page.getByRole('button', { name: 'Créer le lot' }).click();
    await totals.getByText('Total : 69,51420 tantièmes').waitFor();

    await page.getByRole('link', { name: `Modifier le lot ${code}/001` }).click();
    await page.getByRole('heading', { level: 1, name: 'Modifier le lot' }).waitFor();
    expect(await page.getByLabel('Clé 010 – CHARGES COMMUNES GENERALES').inputValue()).toBe('66,01420');
    expect(await page.getByLabel('Surface (m²)').inputValue()).toBe('68,50');
    await page.getByLabel('Clé 010 – CHARGES COMMUNES GENERALES').fill('100');
    await screenshot(page, 'records-lot-edit', viewport);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await totals.getByText('Total : 103,50000 tantièmes').waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'records-building-totals', viewport);
    await page.context().close();
  });

  // The demo has two leases only (Elsa's and NOUVEAU Client's), which other files rely on: a
  // notice and a departure need a lease of this file's own, made through upsertLeases.
  it.todo(`records a notice and a departure on a lease of its own (${viewport})`);
});
