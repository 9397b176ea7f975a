import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoHorizontalOverflow, expectPath, launchBrowser, menuLink, openPage, plain, screenshot, signIn, VIEWPORT_NAMES } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The visible text of each row, whitespace collapsed (Intl's narrow no-break spaces included). */
async function rowTexts(table: Locator): Promise<string[]> {
  return (await table.getByRole('row').allInnerTexts()).map((text) => plain(text).replace(/\s+/g, ' ').trim());
}

async function enterSpace(page: Page, space: RegExp, path: string): Promise<void> {
  await signIn(page, 'ALOXECORTONDENISE');
  await expectPath(page, '/espaces');
  await page.getByRole('link', { name: space }).click();
  await expectPath(page, path);
}

describe.each(VIEWPORT_NAMES)('YALOXE CORTON Denise checking her accounts on a %s', (viewport) => {
  it(`shows the manual's statement of 411ALOXECO over 2020 and downloads the extract as PDF and CSV (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await enterSpace(page, /Mon espace gestion locative/, '/gerance');
    await page.getByRole('link', { name: 'Mon compte' }).click();
    await expectPath(page, '/gerance/compte');
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();

    // One owner account in the gérance space (her 450 account belongs to the syndic space): no chooser.
    await page.getByRole('heading', { name: 'Compte 411ALOXECO' }).waitFor();
    expect(await page.getByLabel('Compte', { exact: true }).count()).toBe(0);
    // Today the account has moved on from the manual's 2020: the newcomer's late November rent, less fees, awaits the December transfer.
    expect(plain(await page.getByTestId('position').innerText())).toBe('Votre compte est créditeur de 593,92 €');
    expect(plain(await page.getByTestId('current-balance').innerText())).toBe('593,92 €');
    // The sign convention is a help note, closed until asked for.
    const help = page.locator('details', { has: page.getByLabel('Comment lire le signe du solde ?') });
    expect(await help.getByText(/^Présentation crédit − débit/).isVisible()).toBe(false);
    await page.getByLabel('Comment lire le signe du solde ?').click();
    await help.getByText(/^Présentation crédit − débit/).waitFor();
    await page.getByLabel('Comment lire le signe du solde ?').click();
    // The current year reads like a real account: rents collected, fees, transfers to the owner.
    const thisYear = page.getByRole('table', { name: /Situation du compte 411ALOXECO/ });
    await thisYear.getByText('Virement au propriétaire 11/2026').waitFor();
    expect(await thisYear.getByText('Loyer 11/2026 NOUVEAU Client (LAFAYETTE/003)', { exact: true }).count()).toBe(1);
    await screenshot(page, 'account-today', viewport);
    // The default period runs from 1 January of this year to today.
    const from = page.getByLabel(/^Du/);
    expect(await from.inputValue()).toBe(`01/01/${new Date().getFullYear()}`);

    await from.fill('01/01/2020');
    await page.getByLabel(/^Au/).fill('31/12/2020');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL((url) => url.searchParams.get('du') === '2020-01-01' && url.searchParams.get('au') === '2020-12-31');

    const table = page.getByRole('table', { name: /Situation du compte 411ALOXECO du 01\/01\/2020 au 31\/12\/2020/ });
    await table.getByText('Règlement du 11/02/2020').waitFor();
    const rows = await rowTexts(table);
    expect(rows.slice(1)).toEqual([
      'Solde antérieur -10 299,97',
      expect.stringMatching(/^30\/01\/2020 Règlement TESTS 605 du 30\/01\/2020 (Débit )?3 000,00 (Solde )?-13 299,97$/),
      expect.stringMatching(/^11\/02\/2020 Règlement du 11\/02\/2020 (Crédit )?3 314,41 (Solde )?-9 985,56$/),
      expect.stringMatching(/^Total de la période (Débit )?3 000,00 (Crédit )?3 314,41$/),
      'Solde fin de période -9 985,56',
    ]);
    expect(plain(await page.getByTestId('total-debit').innerText())).toBe('3 000,00 €');
    expect(plain(await page.getByTestId('total-credit').innerText())).toBe('3 314,41 €');
    const visible = plain(await page.locator('main').innerText());
    for (const figure of ['-10 299,97', '-13 299,97', '-9 985,56', '3 000,00', '3 314,41']) expect(visible).toContain(figure);

    const chart = page.getByRole('figure', { name: 'Évolution du solde' });
    await chart.locator('.recharts-area-curve').waitFor();
    expect(plain(await chart.innerText())).toContain('Solde à la fin de chaque mois, du 01/01/2020 au 31/12/2020 : de -10 299,97 € à -9 985,56 €.');
    // No label repeats on either axis (recharts draws the tick labels in a layer of their own).
    for (const axis of ['xAxis', 'yAxis']) {
      const labels = await chart.locator(`.recharts-${axis}-tick-labels .recharts-cartesian-axis-tick-value`).allTextContents();
      expect(labels.length).toBeGreaterThan(1);
      expect(new Set(labels).size).toBe(labels.length);
    }

    // The links carry the period; the page's request context carries the session cookie.
    const pdfLink = page.getByRole('link', { name: 'Imprimer un extrait (PDF)' });
    const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const csv = await page.request.get((await page.getByRole('link', { name: 'Exporter (CSV)' }).getAttribute('href'))!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const csvText = await csv.text();
    expect(csvText).toContain(';Solde antérieur;;;-10299,97');
    expect(csvText).toContain('11/02/2020;Règlement du 11/02/2020;0,00;3314,41;-9985,56');

    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'account-statement', viewport);

    // A period without movement: the statement says so, and no chart is drawn.
    await page.goto('/gerance/compte?du=2020-03-01&au=2020-12-31');
    await page.getByText('Aucune écriture sur cette période.').waitFor();
    expect(await page.getByRole('figure', { name: 'Évolution du solde' }).count()).toBe(0);

    // An inverted period typed into the address: the API refuses it, the form says so on "Au".
    await page.goto('/gerance/compte?du=2020-12-31&au=2020-01-01');
    const to = page.getByLabel(/^Au/);
    await page.getByText('La date de fin doit être identique ou postérieure à la date de début.').waitFor();
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('table').count()).toBe(0);
    await page.context().close();
  });

  it(`shows the works fund of her lots: GILBERT/069 holds 19,64, her share of the building's fund 19,64, dated (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await enterSpace(page, /Mon espace copropriétaire/, '/copropriete');
    // Not on the council: no expense list in her menu.
    const worksFunds = await menuLink(page.getByRole('navigation', { name: /Menu/ }), 'Fonds de travaux');
    await worksFunds.waitFor();
    expect(await page.getByRole('link', { name: 'Liste des dépenses' }).count()).toBe(0);
    await worksFunds.click();
    await expectPath(page, '/copropriete/fonds-travaux');
    await page.getByRole('heading', { level: 1, name: 'Fonds de travaux' }).waitFor();

    const building = page.getByRole('region', { name: 'Immeuble : GILBERT' });
    const lot = building.getByRole('region', { name: 'Lot GILBERT/069' });
    const lotText = plain(await lot.innerText()).replace(/\s+/g, ' ');
    expect(lotText).toContain('Fonds de travaux Compte 105999 19,64 €');
    expect(lotText).toContain('Total 19,64 €');
    expect(plain(await building.getByTestId('building-total').innerText()).replace(/\s+/g, ' ')).toBe("Votre part dans le fonds de travaux de l'immeuble 19,64 €");
    expect(plain(await building.getByTestId('works-fund-as-of').innerText())).toBe('Situation au 30/11/2026');
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'works-funds', viewport);

    // The lot heading is a link to the lot's card on "Mes biens".
    await lot.getByRole('link', { name: 'Lot GILBERT/069' }).click();
    await expectPath(page, '/copropriete/biens');
    await page.getByRole('article', { name: 'Lot GILBERT/069' }).waitFor();
    await page.context().close();
  });
});
