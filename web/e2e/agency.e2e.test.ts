import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectNoHorizontalOverflow, expectPath, launchBrowser, openPage, screenshot, signIn, VIEWPORT_NAMES } from './support';

/**
 * Issue 12, around requests: "Mes informations" (a manager publishes, the audience reads it on the
 * home page and in its list, others do not), "Contacts syndic" with the agency's offices, and the
 * manager's "Bureaux" and "Flux RSS" pages. Each test leaves the shared demo as it found it.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(viewport: (typeof VIEWPORT_NAMES)[number], login: string, home: string): Promise<Page> {
  const page = await openPage(browser, viewport);
  await signIn(page, login);
  await expectPath(page, home);
  return page;
}

describe.each(VIEWPORT_NAMES)('agency pages on a %s', (viewport) => {
  it(`let a manager publish news for GILBERT's co-owners, which a co-owner reads and a tenant of LAFAYETTE does not (${viewport})`, async () => {
    const title = `Coupure d'eau ${viewport} ${Date.now()}`;
    const manager = await signedIn(viewport, 'GESTIONNAIRE', '/gestion/portefeuille');
    await manager.goto('/gestion/informations');
    await manager.getByRole('heading', { level: 1, name: 'Informations' }).waitFor();
    // The demo's scheduled announcement: managers see it before its day.
    await manager.getByRole('heading', { name: 'Fermeture exceptionnelle de l’agence' }).waitFor();

    await manager.getByRole('button', { name: 'Publier' }).click();
    await manager.getByText('Saisissez un titre.').waitFor();
    await manager.getByLabel('Titre').fill(title);
    await manager.getByLabel('Texte').fill('L’eau sera coupée jeudi de 9 h à 12 h pour le remplacement d’une vanne.\nMerci de votre compréhension.');
    await manager.getByLabel('Destinataires').selectOption('COOWNERS');
    await manager.getByLabel('Immeuble').selectOption({ label: 'GILBERT – GILBERT' });
    await screenshot(manager, 'announcements-manager-form', viewport);
    await manager.getByRole('button', { name: 'Publier' }).click();
    await manager.getByRole('status').getByText('Information publiée.').waitFor();
    await manager.getByRole('heading', { name: title }).waitFor();
    await expectNoHorizontalOverflow(manager);
    await screenshot(manager, 'announcements-manager-list', viewport);

    const coOwner = await signedIn(viewport, 'CLIQUOTMATHILDE', '/copropriete');
    const homeBlock = coOwner.getByRole('region', { name: 'Mes informations' });
    await homeBlock.getByRole('heading', { name: title }).waitFor();
    await expectNoHorizontalOverflow(coOwner);
    await screenshot(coOwner, 'announcements-client-home', viewport);
    await homeBlock.getByRole('link', { name: 'Toutes mes informations' }).click();
    await expectPath(coOwner, '/copropriete/informations');
    await coOwner.getByRole('heading', { level: 1, name: 'Mes informations' }).waitFor();
    await coOwner.getByText('Merci de votre compréhension.').waitFor();
    await coOwner.getByRole('heading', { name: 'New letter n° 4' }).waitFor();
    expect(await coOwner.getByRole('heading', { name: 'Fermeture exceptionnelle de l’agence' }).count()).toBe(0);
    expect(await coOwner.getByRole('heading', { name: 'Relevé des compteurs d’eau' }).count()).toBe(0);
    await expectNoHorizontalOverflow(coOwner);
    await expectNoAxeViolations(coOwner, `announcements-client-${viewport}`);
    await screenshot(coOwner, 'announcements-client-list', viewport);
    await coOwner.context().close();

    const tenant = await signedIn(viewport, 'ELSALOCATAIRE', '/gerance');
    await tenant.goto('/gerance/informations');
    await tenant.getByRole('heading', { name: 'Relevé des compteurs d’eau' }).waitFor();
    expect(await tenant.getByRole('heading', { name: title }).count()).toBe(0);
    await tenant.context().close();

    // Leave the demo as it was.
    await manager
      .getByRole('listitem')
      .filter({ has: manager.getByRole('heading', { name: title }) })
      .getByRole('button', { name: 'Retirer' })
      .click();
    await manager.getByRole('dialog').getByRole('button', { name: 'Retirer' }).click();
    await expect.poll(() => manager.getByRole('heading', { name: title }).count()).toBe(0);
    await manager.context().close();
  });

  it(`show a co-owner "Contacts syndic" with the agency's offices (${viewport})`, async () => {
    const page = await signedIn(viewport, 'CLIQUOTMATHILDE', '/copropriete');
    await page.goto('/copropriete/contacts');
    await page.getByRole('heading', { level: 1, name: 'Contacts syndic' }).waitFor();
    const offices = page.getByRole('region', { name: 'Nos bureaux' });
    await offices.getByRole('heading', { name: 'Agence de Nancy – Stanislas' }).waitFor();
    await offices
      .getByText(/SIRET 912.345.678.00011 · APE 68\.32A/)
      .first()
      .waitFor();
    await offices.getByRole('link', { name: 'syndic.nancy@example.org' }).waitFor();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, `contacts-${viewport}`);
    await screenshot(page, 'agency-contacts-client', viewport);
    await page.context().close();
  });

  it(`let a manager add an office, which clients then see, and delete it; and set the RSS address (${viewport})`, async () => {
    const name = `Antenne de Metz ${viewport} ${Date.now()}`;
    const manager = await signedIn(viewport, 'GESTIONNAIRE', '/gestion/portefeuille');
    await manager.goto('/gestion/bureaux');
    await manager.getByRole('heading', { level: 1, name: 'Bureaux' }).waitFor();
    await manager.getByLabel('Nom du bureau').fill(name);
    await manager.getByLabel('Adresse').fill('1, place de la République, 57000 METZ');
    await manager.getByLabel('SIRET').fill('912 345 678');
    await manager.getByRole('button', { name: 'Ajouter le bureau' }).click();
    await manager.getByText('Un SIRET compte 14 chiffres.').waitFor();
    await manager.getByLabel('SIRET').fill('912 345 678 00037');
    await manager.getByLabel('Code APE').fill('6832a');
    await manager.getByRole('button', { name: 'Ajouter le bureau' }).click();
    await manager.getByRole('status').getByText('Bureau enregistré.').waitFor();
    await manager.getByRole('heading', { name }).waitFor();
    await expectNoHorizontalOverflow(manager);
    await screenshot(manager, 'agency-offices-manager', viewport);

    const tenant = await signedIn(viewport, 'ELSALOCATAIRE', '/gerance');
    await tenant.goto('/gerance/contacts');
    await tenant.getByRole('heading', { level: 1, name: 'Contacts agence' }).waitFor();
    await tenant.getByRole('heading', { name }).waitFor();
    await tenant.context().close();

    await manager
      .getByRole('listitem')
      .filter({ has: manager.getByRole('heading', { name }) })
      .getByRole('button', { name: 'Supprimer' })
      .click();
    await manager.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
    await expect.poll(() => manager.getByRole('heading', { name }).count()).toBe(0);

    await manager.goto('/gestion/flux-rss');
    await manager.getByRole('heading', { level: 1, name: 'Flux RSS' }).waitFor();
    await manager.getByText("Aucun fil d'actualité n'est défini.").waitFor();
    await manager.getByLabel("Url du fil d'actualité").fill('http://10.0.0.1/flux.xml');
    await manager.getByRole('button', { name: 'Enregistrer' }).click();
    await manager.getByText('Saisissez une adresse http ou https publique', { exact: false }).waitFor();
    await expectNoHorizontalOverflow(manager);
    await screenshot(manager, 'news-feed-manager', viewport);
    await manager.context().close();
  });
});
