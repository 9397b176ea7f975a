import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoHorizontalOverflow, expectPath, launchBrowser, menuLink, openPage, plain, screenshot, signIn, VIEWPORT_NAMES } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const words = (text: string) => plain(text).replace(/\s+/g, ' ').trim();

describe.each(VIEWPORT_NAMES)('the expense list on a %s', (viewport) => {
  it(`shows a council member the GILBERT expenses of 2026, then of 2025, with their invoices (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'BROUILLYALFRED');
    await expectPath(page, '/copropriete');
    await (await menuLink(page.getByRole('navigation', { name: /Menu/ }), 'Liste des dépenses')).click();
    await expectPath(page, '/copropriete/depenses');
    await page.getByRole('heading', { level: 1, name: 'Liste des dépenses' }).waitFor();

    // The latest open fiscal year by default.
    const total = page.getByTestId('expenses-total');
    await total.waitFor();
    expect(words(await total.innerText())).toBe("Total de l'exercice 2026 11 841,47 €");
    expect(await page.getByLabel('Exercice comptable').locator('option').allInnerTexts()).toEqual(['Exercice 2026', 'Exercice 2025']);
    const key = page.getByRole('region', { name: 'Clé 010 – CHARGES COMMUNES GENERALES' });
    const keyText = words(await key.innerText());
    expect(keyText).toContain('60200000 Eau froide');
    expect(keyText).toContain('Veolia – relevé T1 2026');
    expect(keyText).toMatch(/Total 61500000 Entretien et petites réparations (Montant )?876,40/);

    const invoice = key.getByRole('link', { name: /^Facture \(PDF\) : Veolia – relevé T1 2026/ });
    const answer = await page.request.get((await invoice.getAttribute('href'))!);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toContain('application/pdf');
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'expense-list', viewport);

    await page.getByLabel('Exercice comptable').selectOption({ label: 'Exercice 2025' });
    await page.getByText("Total de l'exercice 2025").waitFor();
    expect(words(await total.innerText())).toBe("Total de l'exercice 2025 12 042,53 €");
    expect(new URL(page.url()).searchParams.get('exercice')).toBeTruthy();
    await key.getByText('Veolia – relevé T2 2025', { exact: true }).waitFor();
    await page.context().close();
  });

  it(`shows no "Liste des dépenses" to a co-owner outside the council (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'CLIQUOTMATHILDE');
    await expectPath(page, '/copropriete');
    const menu = page.getByRole('navigation', { name: /Menu/ });
    await (await menuLink(menu, 'Fonds de travaux')).waitFor();
    expect(await menu.getByRole('link', { name: 'Mon compte' }).count()).toBe(1);
    expect(await menu.getByRole('link', { name: 'Liste des dépenses' }).count()).toBe(0);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'co-owner-menu', viewport, false);

    // The address typed by hand leads to an explanation, not to the list.
    await page.goto('/copropriete/depenses');
    await page.getByText('La liste des dépenses est réservée aux membres du conseil syndical.').waitFor();
    await page.context().close();
  });
});
