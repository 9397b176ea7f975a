import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoHorizontalOverflow, expectPath, launchBrowser, menuLink, openPage, screenshot, signIn, VIEWPORT_NAMES } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A real 16 × 16 baseline JPEG (CPython's imghdr test image, PSF licence), as the API's tests use. */
const SMALL_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBD/wAARCAAQABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAABwQF/8QAJBAAAQQBBAICAwAAAAAAAAAAAQIDBAYFBwgSExEiABQJMTL/xAAVAQEBAAAAAAAAAAAAAAAAAAAABv/EACMRAAECBQMFAAAAAAAAAAAAAAECEQMEBQYhABIxFRZhgeH/2gAMAwEAAhEDEQA/ABSm0mobc8HmExLUlRzzEWPkJWW+ulrsaUVAseUgslSlH9LKuPryIKuWPZdskzXmm3fX5m2nF4GlVxx/HOpx4ks51+MiU/Iaad7UcUo4tILoS4kqcWkezS0hO/HvuRp0rO6hWnWO1UisZVuFi4GFeyEpmGepa5S5SWVPuciFKRFLgSrwetnyPIB+Vb4N9mKhQMzo5po9XLdDs9d6ZVix2VEhiL9kuNPxw2gEKcDQ/rs8AuA8VAe0vdl7VOYn+27flGAUgmITjbhSmCg3BYlyeWDkMolvw4KOp1KM6iCNvngZHwetf//Z',
  'base64',
);

/** A co-owner of GILBERT only: no space chooser, straight into the syndic space, then "Mes photos" from the menu. */
async function openMyPhotos(page: Page): Promise<void> {
  await signIn(page, 'CLIQUOTMATHILDE');
  await expectPath(page, '/copropriete');
  await page.getByRole('heading', { level: 1, name: 'Mon espace copropriétaire' }).waitFor();
  // On a phone the entry may sit behind the tab bar's "Plus" (menuLink opens it).
  await (await menuLink(page.getByRole('navigation', { name: /^Menu/ }), /^(Mes )?photos$/i)).click();
  await expectPath(page, '/copropriete/photos');
  await page.getByRole('heading', { level: 1, name: 'Mes photos' }).waitFor();
}

describe.each(VIEWPORT_NAMES)('photos on a %s', (viewport) => {
  it(`show a co-owner of GILBERT the photos of GILBERT, not those of LAFAYETTE, and open one large (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await openMyPhotos(page);
    const gilbert = page.getByRole('region', { name: /GILBERT/ });
    await gilbert.getByRole('img', { name: 'Façade GILBERT après ravalement' }).waitFor();
    for (const caption of ['Hall d’entrée GILBERT rénové', 'Toiture GILBERT, travaux 2020']) await gilbert.getByRole('img', { name: caption }).waitFor();
    expect(await page.getByRole('img', { name: /Lafayette/i }).count()).toBe(0);
    expect(await page.getByRole('region', { name: /LAFAYETTE/ }).count()).toBe(0);
    // The thumbnails load (decoded by the browser), not broken images.
    const facade = gilbert.getByRole('img', { name: 'Façade GILBERT après ravalement' });
    await expect.poll(() => facade.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'photos-gallery', viewport);

    await gilbert.getByRole('button', { name: 'Agrandir la photo : Façade GILBERT après ravalement' }).click();
    const dialog = page.getByRole('dialog', { name: 'Façade GILBERT après ravalement' });
    const large = dialog.getByRole('img', { name: 'Façade GILBERT après ravalement' });
    await expect.poll(() => large.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(640);
    await dialog.getByText('Prise le 14/05/2020').waitFor();
    await screenshot(page, 'photos-large', viewport, false);
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await page.context().close();
  });

  it(`let a manager publish a photo of GILBERT that the co-owner then sees, and delete it (${viewport})`, async () => {
    const caption = `Boîtes aux lettres neuves ${viewport} ${Date.now()}`;
    const manager = await openPage(browser, viewport);
    await signIn(manager, 'GESTIONNAIRE');
    await manager.getByRole('link', { name: 'Immeubles' }).first().click();
    await manager.getByRole('article', { name: 'GILBERT' }).getByRole('link', { name: 'GILBERT' }).click();
    await manager.waitForURL(/\/gestion\/immeubles\/[^/]+$/);
    await manager.getByRole('region', { name: 'Photos' }).getByRole('link', { name: 'Gérer les photos' }).click();
    await manager.waitForURL(/\/gestion\/immeubles\/[^/]+\/photos$/);
    await manager.getByRole('heading', { level: 1, name: 'Photos de GILBERT' }).waitFor();

    await manager.getByLabel('Photos à publier').setInputFiles({ name: 'boites-aux-lettres.jpg', mimeType: 'image/jpeg', buffer: SMALL_JPEG });
    const captionField = manager.getByLabel('Légende de boites-aux-lettres.jpg');
    expect(await captionField.inputValue()).toBe('boites aux lettres');
    await captionField.fill(caption);
    await screenshot(manager, 'photos-manager-upload', viewport);
    await manager.getByRole('button', { name: 'Publier la photo' }).click();
    await manager.getByRole('status').getByText('1 photo publiée.').waitFor();
    await manager.getByRole('img', { name: caption }).waitFor();
    await expectNoHorizontalOverflow(manager);
    await screenshot(manager, 'photos-manager-published', viewport);

    const client = await openPage(browser, viewport);
    await openMyPhotos(client);
    await client
      .getByRole('region', { name: /GILBERT/ })
      .getByRole('img', { name: caption })
      .waitFor();
    await screenshot(client, 'photos-client-sees-new', viewport);
    await client.context().close();

    // Leave the shared demo as it was: the manager deletes the photo.
    await manager.getByRole('checkbox', { name: `Sélectionner la photo : ${caption}` }).check();
    await manager.getByRole('button', { name: 'Supprimer la photo' }).click();
    await manager.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
    await expect.poll(() => manager.getByRole('img', { name: caption }).count()).toBe(0);
    await manager.context().close();
  });
});
