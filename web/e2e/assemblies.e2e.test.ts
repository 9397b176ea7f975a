import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './api-server';
import { expectNoHorizontalOverflow, launchBrowser, openPage, plain, screenshot, signIn, VIEWPORT_NAMES, type ViewportName } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The demo's upcoming AG of GILBERT, open for postal votes (api/src/demo/demo-assemblies.ts).
const UPCOMING = 'Assemblée générale ordinaire 2027';
// One co-owner per viewport: the e2e server is shared by the whole suite, and a vote sent on one
// viewport must not be the one the other viewport finds. Both tolerate a vote already sent (a rerun).
const CO_OWNER: Record<ViewportName, string> = { phone: 'CLIQUOTMATHILDE', desktop: 'BPETRUSPIERRE' };

/** The link of a published PDF answers a PDF to the signed-in viewer (the same authorisation as the data). */
async function expectPdf(page: Page, name: string) {
  const link = page.getByRole('link', { name, exact: true });
  await link.waitFor();
  const response = await page.request.get((await link.getAttribute('href')) ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
}

/** A question of the online form by its number ("Résolution 3.1 : …"). */
const question = (page: Page, number: string) => page.getByRole('group', { name: new RegExp(`^Résolution ${number.replace('.', '\\.')}\\s:`) });

describe.each(VIEWPORT_NAMES)('general assemblies on a %s', (viewport) => {
  it(`let a co-owner of GILBERT vote online on the upcoming AG, confirm, and keep the receipt (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, CO_OWNER[viewport]);
    await page.waitForURL((url) => url.pathname !== '/connexion');
    await page.goto('/copropriete/assemblees');
    await page.getByRole('heading', { level: 1, name: 'Mes assemblées' }).waitFor();
    await page.getByRole('link', { name: new RegExp(UPCOMING) }).waitFor();
    // The past AG of 13/07/2020, with its published minutes, is listed too.
    await page.getByRole('link', { name: /Assemblée générale ordinaire du 13\/07\/2020/ }).waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'assemblies-co-owner-list', viewport);

    await page.getByRole('link', { name: new RegExp(UPCOMING) }).click();
    await page.getByRole('heading', { level: 1, name: UPCOMING }).waitFor();
    await page.getByText('Mon vote par correspondance').waitFor();
    // A rerun on the same server finds the vote already sent: it changes it, as a co-owner may until the deadline.
    const change = page.getByRole('button', { name: 'Modifier mon vote' });
    await Promise.race([change.waitFor(), page.getByRole('button', { name: 'Vérifier mon vote' }).waitFor()]);
    if (await change.isVisible()) await change.click();

    await question(page, '1').getByLabel('Pour').check();
    await question(page, '2').getByLabel('Contre').check();
    await question(page, '3').getByLabel('Abstention').check();
    await question(page, '3.1').getByLabel('Pour').check();
    await question(page, '4').getByLabel('Ne vote pas').check();
    await screenshot(page, 'assemblies-co-owner-form', viewport);
    await page.getByRole('button', { name: 'Vérifier mon vote' }).click();
    await page.getByRole('heading', { name: 'Confirmez votre vote' }).waitFor();
    await screenshot(page, 'assemblies-co-owner-confirm', viewport);
    await page.getByRole('button', { name: 'Confirmer et envoyer' }).click();

    // The receipt (a status message) repeats what the server recorded, question by question, and when.
    const receipt = page.getByRole('status').filter({ hasText: 'Vote par correspondance enregistré' });
    await receipt.waitFor();
    const summary = plain(await receipt.textContent());
    expect(summary).toMatch(/Envoyé en ligne le \d{1,2} \S+ \d{4} à \d{2}:\d{2}/);
    expect(summary).toMatch(/Approbation des comptes de l’exercice\s*Pour/);
    expect(summary).toMatch(/Budget prévisionnel\s*Contre/);
    expect(summary).toMatch(/Remplacement de l’interphone\s*Abstention/);
    expect(summary).toMatch(/parties communes\s*Ne vote pas/);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'assemblies-co-owner-receipt', viewport);

    // After a reload the receipt is still there: it is the server's, not the form's.
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Vote par correspondance enregistré' }).waitFor();
    // Their own line of the attendance sheet now reads "vote par correspondance", received today.
    await page.getByText('Ma présence').waitFor();
    await page.getByText('Vote par correspondance', { exact: true }).waitFor();

    // The past AG of 13/07/2020: its minutes are published, so the co-owner reads the results.
    await page.goto('/copropriete/assemblees');
    await page.getByRole('link', { name: /Assemblée générale ordinaire du 13\/07\/2020/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Assemblée générale ordinaire du 13/07/2020' }).waitFor();
    await page.getByText(/Procès-verbal publié le 20 juillet 2020/).waitFor();
    // The procès-verbal the demo filed through the real publication, downloadable by the co-owner.
    await expectPdf(page, 'Procès-verbal (PDF)');
    await page.getByText('ACCEPTÉE').first().waitFor();
    await page.getByText('REJETÉE').first().waitFor();
    // The attendance totals of the manual's table ("Saisie des présences"), once published.
    expect(
      plain(
        await page
          .locator('dt', { hasText: /^Total$/ })
          .locator('..')
          .textContent(),
      ),
    ).toContain('12 copropriétaires1 000,91516 tantièmes');
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'assemblies-co-owner-past', viewport);
    await page.close();
  });

  it(`let the manager create an AG, prepare its agenda, run the attendance and the votes (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'GESTIONNAIRE');
    await page.waitForURL(/\/gestion/);
    await page.goto('/gestion/assemblees');
    await page.getByRole('heading', { level: 1, name: 'Assemblées générales' }).waitFor();
    // The demo's past AG is closed (minutes published): its tallies, read only.
    await page.getByRole('link', { name: /Assemblée générale ordinaire du 13\/07\/2020/ }).click();
    await page.getByText(/l'assemblée est close/).waitFor();
    await page.getByRole('button', { name: 'Votes' }).click();
    await page.getByRole('heading', { name: 'Décompte' }).waitFor();
    // Resolution 1 of the manual's AG, adopted; no write control on a closed AG.
    await page.getByText('ACCEPTÉE', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Unanimité pour' }).count()).toBe(0);
    await screenshot(page, 'assemblies-manager-closed', viewport);
    await page.goto('/gestion/assemblees');
    await page.getByRole('heading', { level: 1, name: 'Assemblées générales' }).waitFor();

    const title = `AG e2e ${viewport} ${Date.now()}`;
    await page.getByLabel('Immeuble').selectOption({ label: 'GILBERT – GILBERT' });
    await page.getByLabel('Intitulé', { exact: true }).fill(title);
    await page.getByLabel('Type').selectOption('EXTRAORDINARY');
    await page.getByLabel('Date', { exact: true }).fill('15/06/2027');
    await page.getByLabel('Heure', { exact: true }).fill('18:30');
    await page.getByLabel('Lieu').fill('Salle paroissiale');
    await screenshot(page, 'assemblies-manager-create', viewport);
    await page.getByRole('button', { name: "Créer l'assemblée" }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // Preparation: two questions under the general key.
    await page.getByLabel('Numéro').fill('1');
    await page.getByLabel('Intitulé de la résolution').fill('Approbation des comptes');
    await page.getByRole('button', { name: "Ajouter à l'ordre du jour" }).click();
    await page.getByRole('heading', { level: 3, name: /Résolution 1\s:\sApprobation des comptes/ }).waitFor();
    await page.getByLabel('Numéro').fill('2');
    await page.getByLabel('Intitulé de la résolution').fill('Ravalement de la façade');
    await page.getByLabel('Majorité').selectOption('ARTICLE_25');
    await page.getByRole('button', { name: "Ajouter à l'ordre du jour" }).click();
    await page.getByRole('heading', { level: 3, name: /Résolution 2\s:\sRavalement de la façade/ }).waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'assemblies-manager-agenda', viewport);

    // Attendance: everyone present, then one absent; the totals are the server's (the manual's 1 000,91516).
    await page.getByRole('button', { name: 'Présences' }).click();
    const totalCell = page.locator('dt', { hasText: /^Total$/ }).locator('..');
    await totalCell.waitFor();
    expect(plain(await totalCell.textContent())).toContain('1 000,91516');
    await page.getByRole('button', { name: 'Tous présents' }).click();
    const presentCell = page.locator('dt', { hasText: /^Présents$/ }).locator('..');
    await expect.poll(async () => plain(await presentCell.textContent())).toContain('12 copropriétaires1 000,91516 tantièmes');
    await page.getByLabel('Présence de MORGON Charles').selectOption('ABSENT');
    await expect.poll(async () => plain(await presentCell.textContent())).toContain('11 copropriétaires');
    const absentCell = page.locator('dt', { hasText: /^Absents$/ }).locator('..');
    expect(plain(await absentCell.textContent())).toContain('1 copropriétaire145 tantièmes');
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'assemblies-manager-attendance', viewport);

    // Votes: unanimity for on resolution 1, then one voter against; the tally follows each write.
    await page.getByRole('button', { name: 'Votes' }).click();
    await page.getByRole('button', { name: 'Unanimité pour' }).click();
    await page.getByText('ACCEPTÉE').waitFor();
    const voter = page.getByRole('group', { name: 'CLATOUR' });
    // A click, not check(): the radio shows the choice at once, then the server's tally confirms it.
    await voter.getByLabel('Contre').click();
    await page.getByText(/Opposants\s:\sCLATOUR/).waitFor();
    expect(await voter.getByLabel('Contre').isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: 'MORGON Charles' }).count()).toBe(0);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'assemblies-manager-votes', viewport);

    // Resolution 2 (art. 25): against at unanimity, so rejected.
    await page.getByLabel('Résolution', { exact: true }).selectOption({ label: 'Résolution 2\u00a0: Ravalement de la façade' });
    await page.getByRole('heading', { level: 3, name: /Résolution 2\s:\sRavalement/ }).waitFor();
    await page.getByRole('button', { name: 'Unanimité contre' }).click();
    await page.getByText('REJETÉE').waitFor();
    await screenshot(page, 'assemblies-manager-votes-2', viewport);
    await page.close();
  });
});

/** The vote panel of one resolution ("Résolution 3.1 : …"), by its number. */
const panel = (page: Page, number: string) => page.getByRole('region', { name: new RegExp(`^Résolution ${number.replace('.', '\\.')}\\s:`) });

// Publishing the minutes freezes the AG for good: each viewport runs on a server of its own, with a
// new demo database, where the upcoming AG of GILBERT is still open (and no other file sees it closed).
describe.each(VIEWPORT_NAMES)('the demo AG held and its minutes published on a %s', (viewport) => {
  let server: ApiServer;
  beforeAll(async () => {
    server = await startApiServer();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it(`a manager runs the attendance and the votes of the demo AG and publishes the report (${viewport})`, async () => {
    const page = await openPage(browser, viewport, server.baseURL);
    await signIn(page, 'GESTIONNAIRE');
    await page.waitForURL(/\/gestion/);
    await page.goto('/gestion/assemblees');
    await page.getByRole('link', { name: new RegExp(UPCOMING) }).click();
    await page.getByRole('heading', { level: 1, name: UPCOMING }).waitFor();

    // Dated six weeks ahead, the AG is not held yet: the API refuses the minutes (ASSEMBLY_NOT_HELD),
    // and the manager reads the rule, not "refused".
    await page.getByRole('button', { name: 'Procès-verbal', exact: true }).click();
    await page.getByRole('button', { name: 'Publier le procès-verbal' }).click();
    await page
      .getByRole('dialog', { name: /Publier le procès-verbal/ })
      .getByRole('button', { name: 'Publier' })
      .click();
    await page.getByRole('alert').filter({ hasText: "Le procès-verbal ne peut être publié qu'une fois l'assemblée commencée." }).waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'assemblies-held-refused', viewport);

    // The AG is held now: the manager moves its date to a minute ago (in the browser's own zone,
    // as typed in the room) through the edit form; nothing is voted yet, so the date still moves.
    await page.getByRole('button', { name: 'Préparation', exact: true }).click();
    const startedAt = await page.evaluate(() => {
      const at = new Date(Date.now() - 60_000);
      const two = (value: number) => String(value).padStart(2, '0');
      return { date: `${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()}`, time: `${two(at.getHours())}:${two(at.getMinutes())}` };
    });
    await page.getByLabel('Date', { exact: true }).fill(startedAt.date);
    await page.getByLabel('Heure', { exact: true }).fill(startedAt.time);
    await page.getByLabel('Président(e) de séance').fill('MORGON Charles');
    await page.getByLabel('Secrétaire de séance').fill('GESTIONNAIRE Claire');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByText('Modifications enregistrées.').waitFor();
    await page
      .getByText(new RegExp(`à ${startedAt.time}`))
      .first()
      .waitFor();
    await screenshot(page, 'assemblies-held-edit', viewport);

    // Attendance: the shortcut, then one co-owner absent; the totals are the server's.
    await page.getByRole('button', { name: 'Présences', exact: true }).click();
    await page.getByRole('button', { name: 'Tous présents' }).click();
    const presentCell = page.locator('dt', { hasText: /^Présents$/ }).locator('..');
    await expect.poll(async () => plain(await presentCell.textContent())).toContain('12 copropriétaires1 000,91516 tantièmes');
    await page.getByLabel('Présence de MORGON Charles').selectOption('ABSENT');
    await expect.poll(async () => plain(await presentCell.textContent())).toContain('11 copropriétaires855,91516 tantièmes');
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'assemblies-held-attendance', viewport);

    // Votes: unanimity for on every resolution, then CLATOUR against on resolution 2.
    await page.getByRole('button', { name: 'Votes', exact: true }).click();
    const numbers = ['1', '2', '3', '3.1', '4'];
    for (const [index, number] of numbers.entries()) {
      await page.getByLabel('Résolution', { exact: true }).selectOption({ index });
      const votes = panel(page, number);
      await votes.waitFor();
      await votes.getByRole('button', { name: 'Unanimité pour' }).click();
      await votes.getByText('ACCEPTÉE', { exact: true }).waitFor();
      if (number === '2') {
        await votes.getByRole('group', { name: 'CLATOUR' }).getByLabel('Contre').click();
        await votes.getByText(/Opposants\s:\sCLATOUR/).waitFor();
        await expectNoHorizontalOverflow(page);
        await screenshot(page, 'assemblies-held-votes', viewport);
      }
    }

    // The report, then the publication, confirmed.
    await page.getByRole('button', { name: 'Procès-verbal', exact: true }).click();
    // The draft minutes read afresh: MORGON Charles listed absent in the attendance recap.
    const recap = page.getByRole('region', { name: 'Récapitulatif des présences' });
    await expect.poll(async () => plain(await recap.textContent())).toMatch(/AbsentsMORGON Charles/);
    expect(await page.getByText('ACCEPTÉE', { exact: true }).count()).toBe(numbers.length);
    await screenshot(page, 'assemblies-held-report', viewport);
    await page.getByRole('button', { name: 'Publier le procès-verbal' }).click();
    const confirm = page.getByRole('dialog', { name: /Publier le procès-verbal/ });
    await confirm.getByText(/Cette action est définitive/).waitFor();
    await screenshot(page, 'assemblies-held-confirm', viewport, false);
    await confirm.getByRole('button', { name: 'Publier' }).click();
    await page
      .getByText(/Procès-verbal publié le .*\s:\sl'assemblée est close\./)
      .first()
      .waitFor();
    await expectPdf(page, 'Procès-verbal (PDF)');
    await expectPdf(page, 'Feuille de présence (PDF)');
    expect(await page.getByRole('button', { name: 'Publier le procès-verbal' }).count()).toBe(0);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'assemblies-held-published', viewport);
    await page.context().close();

    // A co-owner of GILBERT now reads the minutes: the results, and the procès-verbal's PDF.
    const coOwner = await openPage(browser, viewport, server.baseURL);
    await signIn(coOwner, 'BPETRUSPIERRE');
    await coOwner.waitForURL((url) => url.pathname !== '/connexion');
    await coOwner.goto('/copropriete/assemblees');
    await coOwner.getByRole('link', { name: new RegExp(UPCOMING) }).click();
    await coOwner.getByRole('heading', { level: 1, name: UPCOMING }).waitFor();
    await coOwner.getByText(/Procès-verbal publié le/).waitFor();
    await expectPdf(coOwner, 'Procès-verbal (PDF)');
    await coOwner.getByText(/Opposants\s:\sCLATOUR/).waitFor();
    expect(await coOwner.getByText('ACCEPTÉE', { exact: true }).count()).toBe(numbers.length);
    await expectNoHorizontalOverflow(coOwner);
    await screenshot(coOwner, 'assemblies-held-co-owner', viewport);
    await coOwner.context().close();
  }, 240_000);
});
