import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoHorizontalOverflow, expectPath, launchBrowser, openPage, screenshot, signIn, VIEWPORT_NAMES } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(VIEWPORT_NAMES)('a co-owner who is also an owner, on a %s', (viewport) => {
  it(`chooses a space, then the other one (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'ALOXECORTONDENISE');

    await expectPath(page, '/espaces');
    await page.getByRole('heading', { name: "Choix de l'espace" }).waitFor();
    await page.getByText('YALOXE CORTON Denise').waitFor();
    expect(await page.getByRole('link', { name: /Mon espace/ }).count()).toBe(2);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'space-chooser', viewport);

    await page.getByRole('link', { name: /Mon espace copropriétaire/ }).click();
    await expectPath(page, '/copropriete');
    await page.getByText('GILBERT/069').waitFor();
    await page.getByText('GILBERT/016').waitFor();
    expect(await page.getByText('LAFAYETTE/002').count()).toBe(0);

    await page.getByRole('link', { name: "Changer d'espace" }).click();
    await expectPath(page, '/espaces');
    await page.getByRole('link', { name: /Mon espace gestion locative/ }).click();
    await expectPath(page, '/gerance');
    await page.getByRole('heading', { level: 1, name: 'Mon espace gestion locative' }).waitFor();
    await page.getByRole('link', { name: 'Mes biens' }).click();
    await expectPath(page, '/gerance/biens');
    await page.getByRole('article', { name: 'Lot LAFAYETTE/002' }).waitFor();
    await page.getByRole('article', { name: 'Lot LAFAYETTE/003' }).waitFor();
    expect(await page.getByText('Mandat de gestion M0042 depuis le 01/03/2018').count()).toBe(2);
    expect(await page.getByText('GILBERT/069').count()).toBe(0);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'gerance-properties', viewport);
    await page.context().close();
  });
});
