import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, expectNoAxeViolations, expectNoHorizontalOverflow, expectPath, launchBrowser, menuLink, openPage, plain, screenshot, signIn, VIEWPORT_NAMES } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Works funds of LAFAYETTE, the demo's gérance building: no co-owner sees them and no other test
 * reads them, so the good file can be imported on every run (created once, unchanged after).
 */
const BAD = [
  'Lot;Compte;Libellé;Montant',
  'LAFAYETTE/002;105777;Fonds travaux toiture;10,00',
  'LAFAYETTE/003;105999;Fonds de travaux;12,5,0',
  'LAFAYETTE/003;102001;;3',
  'LAFAYETTE/999;105999;Fonds de travaux;1',
].join('\r\n');
const GOOD = ['Lot;Compte;Libellé;Montant', 'LAFAYETTE/002;105999;Fonds de travaux;980,00', 'LAFAYETTE/003;105999;Fonds de travaux;"1 250,50"'].join('\r\n');

/** LAFAYETTE's works-fund lines as the manager reads them through the API. */
async function lafayetteLines(): Promise<string[]> {
  const manager = new ApiSession();
  await manager.login('GESTIONNAIRE');
  const answer = await manager.request<{
    buildings: { nodes: { code: string; worksFund: { lots: { lot: { code: string }; lines: { accountNumber: string; amount: string }[] }[] } | null }[] };
  }>('query { buildings(search: "LAFAYETTE") { nodes { code worksFund { lots { lot { code } lines { accountNumber amount } } } } } }');
  const building = answer.data?.buildings.nodes.find((node) => node.code === 'LAFAYETTE');
  return (building?.worksFund?.lots ?? []).flatMap((lot) => lot.lines.map((line) => `${lot.lot.code} ${line.accountNumber} ${line.amount}`)).sort();
}

async function upload(page: Page, name: string, text: string) {
  await page.getByLabel('Fichier CSV').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${text}`, 'utf8') });
}

describe.each(VIEWPORT_NAMES)('the CSV import on a %s', (viewport) => {
  it(`shows every error of a bad file without writing, then imports a good one (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'GESTIONNAIRE');
    await (await menuLink(page.getByRole('navigation', { name: /Menu/ }), 'Import CSV')).click();
    await expectPath(page, '/gestion/import');
    await page.getByRole('heading', { level: 1, name: 'Import CSV' }).waitFor();
    // Persons, lots, ownerships and leases are offered too since their batches landed: pick works funds.
    await page.getByLabel('Données à importer').selectOption('WORKS_FUND_LINES');
    expect(await page.getByLabel('Données à importer').inputValue()).toBe('WORKS_FUND_LINES');

    // The template: BOM, semicolons, the French headers and the manual's example.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le modèle' }).click()]);
    expect(download.suggestedFilename()).toBe('modele-works-fund-lines.csv');
    const template = fs.readFileSync(await download.path(), 'utf8');
    expect(template.split('\r\n').slice(0, 2)).toEqual(['\ufeffLot;Compte;Libellé;Montant', 'GILBERT/069;105999;Fonds de travaux;19,64']);

    await upload(page, 'fonds-avec-erreurs.csv', BAD);
    const table = page.getByRole('table', { name: 'Erreurs à corriger' });
    await table.waitFor();
    // The phone's labels are CSS (::before), not text: both layouts read the same.
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows.map((row) => plain(row).replace(/\s+/g, ' ').trim())).toEqual(
      ['3 Montant Nombre non valide (exemples : 1 000,91516 ou 66.0142).', '4 Libellé Valeur obligatoire manquante.', "5 Lot Code inconnu dans l'agence."].map(plain),
    );
    await page.getByText('3 erreurs dans le fichier').waitFor();
    expect(await page.getByRole('button', { name: 'Importer' }).isDisabled()).toBe(true);
    await screenshot(page, 'csv-import-errors', viewport);
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, `CSV import with errors (${viewport})`);
    expect((await lafayetteLines()).filter((line) => line.includes('105777'))).toEqual([]);

    await upload(page, 'fonds.csv', GOOD);
    await page.getByText('fonds.csv : 2 lignes lues, sans erreur').waitFor();
    await page.getByRole('button', { name: 'Importer' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Import terminé' });
    await done.waitFor();
    // Created by the first run of the suite, unchanged by the next.
    expect(plain(await done.innerText())).toMatch(/2 créations, aucune modification, aucune ligne inchangée|aucune création, aucune modification, 2 lignes inchangées/);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'csv-import-done', viewport);
    expect(await lafayetteLines()).toEqual(['LAFAYETTE/002 105999 980.00', 'LAFAYETTE/003 105999 1250.50']);
    await page.close();
  });
});
