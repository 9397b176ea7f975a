import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoHorizontalOverflow, expectPath, launchBrowser, menuLink, openPage, plain, screenshot, signIn, VIEWPORT_NAMES, type ViewportName } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The demo agency's documents (issue 9, exact titles); other files of the run add their own, with other titles. */
const DEMO_TITLES = [
  'Règlement de copropriété GILBERT',
  'Compte rendu du conseil syndical du 12/03/2020',
  'Appel de fonds 3e trimestre 2020',
  'Quittance de loyer juin 2020',
  'Relevé de gérance juin 2020',
  'Carte professionnelle',
  'Convocation AG 2019',
  'Contrat de syndic 2021 (projet)',
];

/** Every document title of a client space, binder by binder from the grid of "Mes documents". */
async function titlesOfSpace(page: Page, spacePath: string): Promise<string[]> {
  await page.goto(`${spacePath}/documents`);
  await page.getByRole('heading', { level: 1, name: 'Mes documents' }).waitFor();
  const grid = page.getByRole('list', { name: 'Classeurs' });
  const hasGrid = await grid
    .waitFor({ timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (!hasGrid) return [];
  const hrefs = await grid.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const titles: string[] = [];
  for (const href of hrefs) {
    await page.goto(href);
    await page
      .getByRole('list', { name: /^Documents de / })
      .first()
      .waitFor();
    for (const list of await page.getByRole('list', { name: /^Documents de / }).all()) {
      titles.push(...(await list.locator('li').evaluateAll((items) => items.map((item) => item.querySelector('[data-testid="document-title"]')?.textContent?.trim() ?? ''))));
    }
  }
  return titles;
}

/** The manager's binder list, folded on a phone: opened when it is. */
async function openBinders(page: Page): Promise<void> {
  const panel = page.locator('details').filter({ has: page.locator('summary', { hasText: 'Classeurs' }) });
  await panel.waitFor();
  if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
}

/** The demo titles among those seen, sorted: what the issue says each person sees. */
const demoOnly = (titles: string[]) => titles.filter((title) => DEMO_TITLES.includes(title)).sort();

/** A small PDF as the API checks it (a %PDF-1.x header, %%EOF at the end), under a unique name. */
function pdfFile(name: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'palier-e2e-')), name);
  fs.writeFileSync(file, `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${name}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
  return file;
}

describe.each(VIEWPORT_NAMES)('documents on a %s', (viewport: ViewportName) => {
  it(`shows the co-owner Denise her syndic documents and her gérance statement, nothing else of the demo (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'ALOXECORTONDENISE');
    await expectPath(page, '/espaces');
    await page.getByRole('link', { name: /Mon espace copropriétaire/ }).click();
    await expectPath(page, '/copropriete');
    // The home's latest documents, each a download.
    const latest = page.getByRole('region', { name: 'Derniers documents' });
    await latest.getByRole('link', { name: /Appel de fonds 3e trimestre 2020/ }).waitFor();

    await (await menuLink(page.getByRole('navigation', { name: /Menu/ }), 'Mes documents')).click();
    await expectPath(page, '/copropriete/documents');
    const grid = page.getByRole('list', { name: 'Classeurs' });
    await grid.getByRole('link', { name: /Règlement de copropriété/ }).waitFor();
    expect(plain(await grid.getByRole('link', { name: /Courriers/ }).innerText())).toMatch(/Courriers\s+\d+ documents?/);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'documents-co-owner-binders', viewport);

    await grid.getByRole('link', { name: /Courriers/ }).click();
    const file = page.getByRole('link', { name: /Appel de fonds 3e trimestre 2020/ });
    await file.waitFor();
    // Date and size in French.
    expect(plain(await file.innerText())).toMatch(/Publié le \d{2}\/\d{2}\/\d{4}/);
    expect(plain(await file.innerText())).toMatch(/\d+(,\d)? (o|ko|Mo)/);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'documents-co-owner-binder', viewport);

    // The search by title, accents and case ignored.
    await page.getByLabel('Rechercher un document par son titre').fill('reglement gilbert');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByRole('link', { name: /Règlement de copropriété GILBERT/ }).waitFor();
    expect(await page.getByRole('link', { name: /Appel de fonds/ }).count()).toBe(0);

    expect(demoOnly(await titlesOfSpace(page, '/copropriete'))).toEqual(['Appel de fonds 3e trimestre 2020', 'Règlement de copropriété GILBERT']);
    expect(demoOnly(await titlesOfSpace(page, '/gerance'))).toEqual(['Relevé de gérance juin 2020']);
    await page.context().close();
  });

  it(`shows a council member the council minutes and the professional card, which a plain co-owner does not see (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'BROUILLYALFRED');
    await expectPath(page, '/copropriete');
    expect(demoOnly(await titlesOfSpace(page, '/copropriete'))).toEqual([
      'Carte professionnelle',
      'Compte rendu du conseil syndical du 12/03/2020',
      'Règlement de copropriété GILBERT',
    ]);
    await page.goto('/copropriete/documents');
    await page
      .getByRole('list', { name: 'Classeurs' })
      .getByRole('link', { name: /Conseil syndical/ })
      .waitFor();
    await screenshot(page, 'documents-council-member', viewport);
    await page.context().close();

    const coOwner = await openPage(browser, viewport);
    await signIn(coOwner, 'CLIQUOTMATHILDE');
    await expectPath(coOwner, '/copropriete');
    expect(demoOnly(await titlesOfSpace(coOwner, '/copropriete'))).toEqual(['Règlement de copropriété GILBERT']);
    expect(await coOwner.getByRole('link', { name: /Conseil syndical/ }).count()).toBe(0);
    await coOwner.context().close();
  });

  it(`shows the tenant Elsa her rent receipt only (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'ELSALOCATAIRE');
    await expectPath(page, '/gerance');
    expect(demoOnly(await titlesOfSpace(page, '/gerance'))).toEqual(['Quittance de loyer juin 2020']);
    await page.goto('/gerance/documents');
    await page.getByRole('list', { name: 'Classeurs' }).waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'documents-tenant', viewport);
    await page.context().close();
  });

  it(`lets a manager publish a PDF for GILBERT that a co-owner there then downloads, and unpublish it (${viewport})`, async () => {
    const title = `Plan d'évacuation ${viewport} ${Date.now()}`;
    const manager = await openPage(browser, viewport);
    await signIn(manager, 'GESTIONNAIRE');
    await expectPath(manager, '/gestion/portefeuille');
    await manager.getByRole('navigation', { name: /Menu/ }).getByRole('link', { name: 'Documents', exact: true }).click();
    await expectPath(manager, '/gestion/documents');
    // Every binder with its count, the table with "Concerne".
    await manager.getByRole('table').waitFor();
    await screenshot(manager, 'documents-manager-top', viewport, false);
    await openBinders(manager);
    const binders = manager.getByRole('navigation', { name: 'Classeurs' });
    await binders.getByRole('link', { name: /Conseil syndical/ }).waitFor();
    await manager.getByRole('table').getByText('Bâtiment GILBERT', { exact: false }).first().waitFor();
    await expectNoHorizontalOverflow(manager);
    await screenshot(manager, 'documents-manager', viewport);

    await manager.getByRole('link', { name: 'Publier des documents' }).click();
    await expectPath(manager, '/gestion/documents/publier');
    await manager.getByLabel('Choisir des fichiers').setInputFiles(pdfFile('plan-evacuation.pdf'));
    await manager.getByLabel('Titre affiché pour plan-evacuation.pdf').fill(title);
    await manager.getByLabel('Classeur', { exact: true }).selectOption({ label: 'Syndic – Courriers' });
    await manager.getByLabel('Le document concerne').selectOption({ label: 'Un immeuble' });
    await manager.getByLabel('Rechercher un immeuble').fill('GILBERT');
    const building = manager.getByLabel('Immeuble', { exact: true });
    // By its value, not its place: until the filtered list arrives, the first option may be another building.
    const gilbert = building.locator('option', { hasText: /^GILBERT\b/ }).first();
    await gilbert.waitFor({ state: 'attached' });
    await building.selectOption((await gilbert.getAttribute('value')) ?? '');
    await manager.getByLabel('Durée de publication en mois').fill('12');
    await screenshot(manager, 'documents-publish-form', viewport);
    await manager.getByRole('button', { name: 'Publier le document' }).click();
    await manager.getByText('1 document publié.').waitFor();
    expect(await manager.getByRole('progressbar', { name: 'Envoi de plan-evacuation.pdf' }).getAttribute('value')).toBe('1');
    await expectNoHorizontalOverflow(manager);
    await screenshot(manager, 'documents-published', viewport);

    // A co-owner of GILBERT finds it and downloads the PDF.
    const client = await openPage(browser, viewport);
    await signIn(client, 'CLIQUOTMATHILDE');
    await expectPath(client, '/copropriete');
    await client.goto('/copropriete/documents');
    // The binders loaded first: a search typed while the page still renders is lost.
    await client.getByText('Règlement de copropriété', { exact: true }).first().waitFor();
    await client.getByLabel('Rechercher un document par son titre').fill(title);
    await client.getByRole('button', { name: 'Rechercher' }).click();
    await client.waitForURL((url) => url.searchParams.get('q') === title);
    const link = client.getByRole('link', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await link.waitFor();
    const answer = await client.request.get((await link.getAttribute('href'))!);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toContain('application/pdf');
    expect((await answer.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await screenshot(client, 'documents-client-sees-upload', viewport);

    // The manager unpublishes it: gone for the client at once.
    await manager.getByRole('link', { name: 'Retour aux documents' }).click();
    await expectPath(manager, '/gestion/documents');
    await manager.getByRole('checkbox', { name: `Sélectionner ${title}` }).check();
    await manager.getByRole('button', { name: 'Dépublier' }).click();
    await manager.getByText('1 document dépublié.').waitFor();
    await client.reload();
    await client
      .getByRole('status')
      .filter({ hasText: /correspond/ })
      .waitFor();
    expect(await link.count()).toBe(0);
    await client.context().close();

    // And deletes it.
    await manager.getByRole('checkbox', { name: `Sélectionner ${title}` }).check();
    await manager.getByRole('button', { name: 'Supprimer', exact: true }).click();
    await manager.getByRole('dialog').getByRole('button', { name: 'Supprimer définitivement' }).click();
    await manager.getByText('1 document supprimé.').waitFor();
    await manager.getByRole('checkbox', { name: `Sélectionner ${title}` }).waitFor({ state: 'detached' });
    await manager.context().close();
  });

  it(`lets a manager edit a binder's rights and shows a person's documents on their record (${viewport})`, async () => {
    const manager = await openPage(browser, viewport);
    await signIn(manager, 'GESTIONNAIRE');
    await expectPath(manager, '/gestion/portefeuille');
    await manager.goto('/gestion/documents');
    await openBinders(manager);
    await manager.getByRole('button', { name: 'Modifier le classeur Conseil syndical' }).click();
    const dialog = manager.getByRole('dialog', { name: 'Classeur Conseil syndical' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Visible par').inputValue()).toBe('COUNCIL');
    await expectNoHorizontalOverflow(manager);
    await screenshot(manager, 'documents-binder-rights', viewport, false);
    // The model's notice ("Paramétrage des modèles d'événement"), at the foot of the dialog: scrolled to on a phone.
    const notifies = dialog.getByRole('checkbox', { name: 'Activer les notifications' });
    expect(await notifies.isChecked()).toBe(false);
    await notifies.scrollIntoViewIfNeeded();
    await expectNoHorizontalOverflow(manager);
    await screenshot(manager, 'documents-binder-notify', viewport, false);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // "Liste des copropriétaires": GILBERT's list generated again on demand (annule et remplace).
    await manager.getByRole('button', { name: 'Liste des copropriétaires' }).click();
    const lists = manager.getByRole('dialog', { name: 'Générer la liste des copropriétaires' });
    await lists.waitFor();
    await lists.getByLabel('Rechercher un immeuble').fill('GILBERT');
    // The search's own answer (the first list stays shown while it loads, GILBERT among others).
    await expect.poll(() => lists.getByRole('checkbox').count()).toBe(1);
    const gilbert = lists.getByRole('checkbox', { name: 'GILBERT', exact: true });
    await gilbert.check();
    await lists.getByText('Immeubles (1 choisi)').waitFor();
    await expectNoHorizontalOverflow(manager);
    await screenshot(manager, 'documents-co-owner-list-dialog', viewport, false);
    await lists.getByRole('button', { name: 'Générer la liste', exact: true }).click();
    await lists.getByText('1 liste générée').waitFor();
    await lists.getByText('Liste des copropriétaires GILBERT').waitFor();
    await expectNoHorizontalOverflow(manager);
    await screenshot(manager, 'documents-co-owner-list-generated', viewport, false);
    await lists.getByRole('button', { name: 'Fermer' }).click();
    await lists.waitFor({ state: 'hidden' });

    await manager.goto('/gestion/portefeuille');
    await manager.getByLabel('Nom, identifiant, compte, lot ou e-mail').fill('aloxe');
    await manager
      .getByRole('link', { name: /YALOXE CORTON Denise/ })
      .first()
      .click();
    await manager.getByRole('heading', { level: 1, name: /YALOXE CORTON Denise/ }).waitFor();
    const documents = manager.getByRole('region', { name: 'Documents' });
    await documents.getByRole('link', { name: 'Appel de fonds 3e trimestre 2020' }).waitFor();
    await documents.getByRole('link', { name: 'Relevé de gérance juin 2020' }).waitFor();
    expect(await documents.getByRole('link', { name: 'Quittance de loyer juin 2020' }).count()).toBe(0);
    await manager.context().close();
  });
});
