import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './api-server';
import { expectNoHorizontalOverflow, expectPath, launchBrowser, openPage, plain, screenshot, signIn, VIEWPORT_NAMES, type ViewportName } from './support';

// Billing Elsa writes on her account, which tenant.e2e reads: each viewport runs on a server of its
// own, with a new demo database, where the 2020 regularisation of LAFAYETTE/002 is still pending.
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PERIOD = 'LAFAYETTE/002 du 01/01/2020 au 31/12/2020';
const STATEMENT = 'Décompte de charges locatives LAFAYETTE/002 du 01/01/2020 au 31/12/2020';

/** The manager's "Ajouter": owner → building → lot, the period (the form's default is last year), one charge line. */
async function addRegularisation(page: Page) {
  await page.getByRole('link', { name: 'Ajouter' }).click();
  await expectPath(page, '/gestion/regularisations/nouvelle');
  const owner = page.getByLabel('Propriétaire');
  // The owners arrive with the form's query: wait for Denise before choosing.
  await owner.locator('option', { hasText: 'YALOXE CORTON Denise' }).waitFor({ state: 'attached' });
  await owner.selectOption({ label: 'YALOXE CORTON Denise' });
  await page.getByLabel('Immeuble').selectOption({ label: 'LAFAYETTE – Résidence Lafayette' });
  await page.getByLabel('Lot', { exact: true }).selectOption({ label: 'LAFAYETTE/002 (Appartement)' });
  // Only Denise's lots in LAFAYETTE are offered.
  const lots = await page.getByLabel('Lot', { exact: true }).locator('option').allInnerTexts();
  expect(lots.every((label) => label === 'Choisir un lot' || label.startsWith('LAFAYETTE/'))).toBe(true);
  await page.getByLabel('Du', { exact: true }).fill('01/01/2020');
  await page.getByLabel('Au', { exact: true }).fill('31/12/2020');
  await page.getByLabel('Montant de la ligne 1 (€)').fill('1 500,00');
  return page.getByRole('button', { name: 'Calculer la régularisation' });
}

/**
 * Set-up, not the behaviour under test: the agency opens "Relevés de gérance" to tenants (its
 * default is owners only), as the manager would in "Documents", through the manager's session.
 */
async function openStatementsBinderToTenants(page: Page) {
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await page.request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
    const body = (await response.json()) as { data: Record<string, unknown> | null; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const data = (await gql('{ binders(space: MANAGEMENT) { id name module } }')) as { binders: { id: string; name: string; module: string }[] };
  const binder = data.binders.find((item) => item.module === 'GERANCE' && item.name === 'Relevés de gérance');
  expect(binder).toBeDefined();
  await gql('mutation ($input: SetBinderRightsInput!) { setBinderRights(input: $input) { id } }', { input: { binderId: binder?.id, owner: true, tenant: true } });
}

async function regulariseAndBill(server: ApiServer, viewport: ViewportName) {
  const page = await openPage(browser, viewport, server.baseURL);
  await signIn(page, 'GESTIONNAIRE');
  await page.waitForURL((url) => url.pathname.startsWith('/gestion'));
  await openStatementsBinderToTenants(page);
  if (viewport === 'desktop') await page.getByRole('link', { name: 'Régularisation des charges' }).click();
  else await page.goto('/gestion/regularisations');
  await page.getByRole('heading', { level: 1, name: 'Régularisation des lots isolés' }).waitFor();

  // The demo's pending 2020 regularisation: the manager deletes it (confirmed) and enters it again.
  const list = page.getByRole('list', { name: 'Régularisation des lots isolés' });
  await list.getByRole('link', { name: new RegExp(PERIOD) }).waitFor();
  expect(plain(await list.innerText())).toContain('En attente');
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'regularisation-list', viewport);
  await list.getByRole('link', { name: new RegExp(PERIOD) }).click();
  await page.getByRole('heading', { level: 1, name: PERIOD }).waitFor();
  await page.getByRole('button', { name: 'Supprimer' }).click();
  const confirmDelete = page.getByRole('dialog', { name: /Supprimer cette régularisation/ });
  await confirmDelete.getByRole('button', { name: 'Supprimer' }).click();
  await expectPath(page, '/gestion/regularisations');
  await page.getByText("Aucune régularisation pour l'instant.").waitFor();

  const submit = await addRegularisation(page);
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'regularisation-new', viewport);
  await submit.click();
  await page.getByRole('heading', { level: 1, name: PERIOD }).waitFor();

  // Elsa, present the whole leap year: 1 500,00 × 366/366; a cold-water meter adds (110 − 100) × 3,50.
  const elsa = page.getByRole('article', { name: 'Régularisation LOCATAIRE Elsa' });
  expect(plain(await elsa.innerText())).toContain('Présent 366 jours sur 366');
  await elsa.getByRole('button', { name: 'Ajouter un compteur' }).click();
  await elsa.getByLabel('Compteur 1', { exact: true }).fill('Eau froide');
  await elsa.getByLabel('Index précédent (compteur 1)').fill('100');
  await elsa.getByLabel('Index fin de période (compteur 1)').fill('110');
  await elsa.getByLabel('Prix unitaire en € (compteur 1)').fill('3,50');
  const figures = elsa.getByRole('table', { name: 'Décompte' });
  // The server's figures: 1 535,00 in one instalment, new provisions 1 535 / 12 = 127,92.
  await figures
    .getByRole('row', { name: /^Régularisation/ })
    .filter({ hasText: '1 535,00' })
    .waitFor();
  await elsa.getByRole('status').filter({ hasText: 'Montants à jour.' }).waitFor();
  const text = plain(await figures.innerText());
  expect(text).toContain('Eau froide');
  expect(text).toMatch(/Eau froide\s+10,00 × 3,50 €\s+35,00/);
  expect(text).toMatch(/Nouvelles provisions mensuelles\s+127,92/);

  // A new period: the days follow, the meter typed stays (Elsa is there the whole half-year: 1 535,00 again).
  const period = page.getByRole('form', { name: 'Changer la période' });
  const changePeriod = async (start: string, heading: string, days: string) => {
    await period.getByLabel('Du', { exact: true }).fill(start);
    await period.getByRole('button', { name: 'Recalculer sur cette période' }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await elsa.getByText(days).waitFor();
    await figures
      .getByRole('row', { name: /^Régularisation/ })
      .filter({ hasText: '1 535,00' })
      .waitFor();
  };
  await changePeriod('01/07/2020', 'LAFAYETTE/002 du 01/07/2020 au 31/12/2020', 'Présent 184 jours sur 184');
  expect(plain(await figures.innerText())).toMatch(/Eau froide\s+10,00 × 3,50 €\s+35,00/);
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'regularisation-period', viewport);
  await changePeriod('01/01/2020', PERIOD, 'Présent 366 jours sur 366');

  // The statement, previewed before anything is published.
  const preview = elsa.getByRole('link', { name: 'Aperçu du décompte de LOCATAIRE Elsa' });
  const response = await page.request.get((await preview.getAttribute('href')) ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');

  await elsa.getByRole('button', { name: 'Valider la régularisation de LOCATAIRE Elsa' }).click();
  await elsa.getByText('Validée').waitFor();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'regularisation-validated', viewport);

  await page.getByRole('button', { name: 'Quittancer 1 régularisation' }).click();
  const confirmBill = page.getByRole('dialog', { name: /Quittancer les régularisations validées/ });
  expect(plain(await confirmBill.innerText())).toContain('LOCATAIRE Elsa : 1 535,00 €');
  await confirmBill.getByRole('button', { name: 'Quittancer' }).click();
  await page.getByText('La régularisation est quittancée et son décompte publié.').waitFor();
  await elsa.getByText('Quittancée : 1 535,00 € sur le compte du locataire.').waitFor();
  await elsa.getByRole('link', { name: 'Décompte de LOCATAIRE Elsa' }).waitFor();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'regularisation-billed', viewport);

  // Once billed, deleting is refused with the API's own words.
  await page.getByRole('button', { name: 'Supprimer' }).click();
  await page
    .getByRole('dialog', { name: /Supprimer cette régularisation/ })
    .getByRole('button', { name: 'Supprimer' })
    .click();
  await page
    .getByRole('alert')
    .filter({ hasText: /Cette régularisation est quittancée/ })
    .waitFor();
  await page.context().close();
}

async function tenantSeesIt(server: ApiServer, viewport: ViewportName) {
  const page = await openPage(browser, viewport, server.baseURL);
  await signIn(page, 'ELSALOCATAIRE');
  await expectPath(page, '/gerance');
  await page.goto('/gerance/documents');
  await page.getByRole('heading', { level: 1, name: 'Mes documents' }).waitFor();
  await page
    .getByRole('list', { name: 'Classeurs' })
    .getByRole('link', { name: /Relevés de gérance/ })
    .click();
  const statement = page.getByTestId('document-title').filter({ hasText: STATEMENT });
  await statement.waitFor();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'regularisation-tenant-documents', viewport);

  // Billed in one instalment on the next rent call (the 1st of next month): she looks that far ahead.
  const now = new Date();
  const until = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 0)).toISOString().slice(0, 10);
  await page.goto(`/gerance/compte?du=${now.getUTCFullYear()}-01-01&au=${until}`);
  const table = page.getByRole('table', { name: /Situation du compte 81ELLOCATA/ });
  const entry = table.getByRole('row').filter({ hasText: 'Régularisation des charges du 01/01/2020 au 31/12/2020' });
  await entry.waitFor();
  expect(plain(await entry.innerText())).toContain('1 535,00');
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'regularisation-tenant-account', viewport);
  await page.context().close();
}

describe.each(VIEWPORT_NAMES)('charge regularisation on a %s', (viewport) => {
  let server: ApiServer;
  beforeAll(async () => {
    server = await startApiServer();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it(`a manager regularises LAFAYETTE/002 for 2020, validates and bills it; Elsa reads the statement and the entry (${viewport})`, async () => {
    await regulariseAndBill(server, viewport);
    await tenantSeesIt(server, viewport);
  }, 180_000);
});
