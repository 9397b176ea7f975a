import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoHorizontalOverflow, expectPath, launchBrowser, openPage, plain, screenshot, signIn, VIEWPORT_NAMES } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(VIEWPORT_NAMES)('a tenant on a %s', (viewport) => {
  it(`is spoken to as a tenant: her home, her rent and charges, no tantièmes (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'ELSALOCATAIRE');
    await expectPath(page, '/gerance');
    await page.getByRole('heading', { level: 1, name: 'Mon espace locataire' }).waitFor();

    // December's rent is posted on the 1st and not yet paid; January's notice is already out.
    const money = page.getByRole('region', { name: 'Mon compte' });
    expect(plain(await money.getByTestId('position').innerText())).toBe('Vous devez 780,00 € (loyer et charges)');
    const moneyText = plain(await money.innerText()).replace(/\s+/g, ' ');
    expect(moneyText).toContain('Dernier règlement reçu 780,00 € le 05/11/2026');
    expect(moneyText).toContain("Prochain avis d'échéance (loyer et charges) 780,00 € au 01/01/2027");

    const home = page.getByRole('region', { name: 'Mon logement', exact: true });
    // The lots arrive with their own query (the "Mes biens" switch): wait for them, not for the first paint.
    await home.getByText('LAFAYETTE/002').first().waitFor();
    expect(plain(await home.innerText())).toContain('LAFAYETTE/002');
    expect(plain(await page.locator('main').innerText())).not.toMatch(/tantièmes/i);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'tenant-home', viewport);

    await home.getByRole('link', { name: 'Voir le lot LAFAYETTE/002' }).click();
    await expectPath(page, '/gerance/biens');
    const lot = page.getByRole('article', { name: 'Lot LAFAYETTE/002' });
    await lot.waitFor();
    await page.getByRole('heading', { name: 'Mon logement' }).waitFor();
    expect(plain(await lot.innerText())).not.toMatch(/tantièmes/i);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'tenant-properties', viewport);

    // Her statement shows rent and charges on their own lines.
    await page.getByRole('link', { name: 'Mon compte' }).click();
    await expectPath(page, '/gerance/compte');
    const table = page.getByRole('table', { name: /Situation du compte 81ELLOCATA/ });
    await table.getByText('Loyer 12/2026', { exact: true }).waitFor();
    await table.getByText('Provisions sur charges 12/2026', { exact: true }).waitFor();
    expect(plain(await page.getByTestId('position').innerText())).toBe('Vous devez 780,00 €');
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'tenant-account', viewport);
    await page.context().close();
  });
});
