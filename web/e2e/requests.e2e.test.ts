import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoHorizontalOverflow, expectPath, launchBrowser, menuLink, openPage, screenshot, signIn, VIEWPORT_NAMES, type ViewportName } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A PDF the API's content check accepts (a header, a body, the end marker). */
const pdf = (label: string) => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${label}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');

async function openThread(page: Page, base: string, title: string): Promise<void> {
  await page.goto(new URL(`${base}/demandes`, page.url()).toString());
  await page.getByRole('link', { name: new RegExp(title.replace(/[()]/g, '\\$&')) }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

describe.each(VIEWPORT_NAMES)('requests on a %s', (viewport: ViewportName) => {
  it(`show a co-owner her request and its thread without the internal note (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'CLIQUOTMATHILDE');
    await expectPath(page, '/copropriete');
    await page.goto(new URL('/copropriete/demandes', page.url()).toString());
    await page.getByRole('heading', { level: 1, name: 'Mes demandes' }).waitFor();
    await page.getByRole('link', { name: /Fuite d’eau au plafond/ }).waitFor();
    await screenshot(page, 'requests-client-list', viewport);
    await page.getByRole('link', { name: /Fuite d’eau au plafond/ }).click();
    await page.getByText('Nous missionnons un plombier', { exact: false }).waitFor();
    expect(await page.getByText('prévenir l’assureur', { exact: false }).count()).toBe(0);
    await page.getByText('Confiée à Plomberie Stanislas', { exact: false }).waitFor();
    // The ticket's steps up to "travaux commandés", and nothing of its internal brief.
    const steps = page.getByRole('list', { name: "Avancement de l'intervention" });
    expect(await steps.locator('[aria-current="step"]').innerText()).toBe('travaux commandés');
    expect(await page.getByText('Recherche de fuite depuis le lot', { exact: false }).count()).toBe(0);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'requests-client-thread', viewport);
    await page.close();
  });

  it(`show a co-owner her requests on the home page and the agency's partners (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'CLIQUOTMATHILDE');
    await expectPath(page, '/copropriete');
    const block = page.getByRole('region', { name: 'Mes demandes' });
    await block.getByRole('link', { name: /Fuite d’eau au plafond/ }).waitFor();
    expect(await block.getByRole('link', { name: 'Nouvelle demande' }).getAttribute('href')).toBe('/copropriete/demandes');
    await block.scrollIntoViewIfNeeded();
    await screenshot(page, 'requests-home-block', viewport, false);

    await (await menuLink(page.getByRole('navigation', { name: /Menu/ }), 'Nos partenaires')).click();
    await expectPath(page, '/copropriete/partenaires');
    await page.getByRole('heading', { level: 1, name: 'Nos partenaires' }).waitFor();
    await page.getByRole('heading', { name: 'Ascenseurs de Lorraine' }).waitFor();
    await page.getByRole('heading', { name: 'Plomberie Stanislas' }).waitFor();
    // Serrurerie du Faubourg is a supplier, not a partner: clients never see it.
    expect(await page.getByText('Serrurerie du Faubourg').count()).toBe(0);
    expect(await page.getByRole('link', { name: '03 83 00 11 22' }).getAttribute('href')).toBe('tel:0383001122');
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'partners-client', viewport);
    await page.close();
  });

  it(`carry a request with an attachment to a ticket, its quote and its steps, the client following without the brief (${viewport})`, async () => {
    const title = `Volet roulant bloqué (${viewport})`;
    const client = await openPage(browser, viewport);
    await signIn(client, 'BROUILLYALFRED');
    await expectPath(client, '/copropriete');
    await client.goto(new URL('/copropriete/demandes', client.url()).toString());
    await client.getByRole('heading', { level: 1, name: 'Mes demandes' }).waitFor();
    await client.getByLabel('Type de demande').selectOption('INTERVENTION');
    await client.getByLabel('Objet').fill(title);
    await client.getByLabel('Votre message').fill('Le volet du séjour ne remonte plus.');
    await client.getByLabel('Pièces jointes').setInputFiles({ name: 'photo-volet.pdf', mimeType: 'application/pdf', buffer: pdf('volet') });
    await client.getByRole('button', { name: 'Envoyer la demande' }).click();
    await client.getByRole('heading', { level: 1, name: title }).waitFor();
    await client.getByRole('link', { name: 'photo-volet.pdf' }).waitFor();

    const manager = await openPage(browser, viewport);
    await signIn(manager, 'GESTIONNAIRE');
    await manager.waitForURL(/\/gestion/);
    await manager.goto(new URL('/gestion/demandes', manager.url()).toString());
    await manager.getByRole('heading', { level: 1, name: 'Demandes des clients' }).waitFor();
    // Wait for the inbox's data (the building list comes with it) before filtering.
    await manager.getByRole('link', { name: /Fuite d’eau au plafond/ }).waitFor();
    // Open ones only: the leak (in progress) leaves the list, the new request and the lift stay.
    await manager.getByLabel('Statut', { exact: true }).selectOption('OPEN');
    await manager.getByRole('link', { name: /Fuite d’eau au plafond/ }).waitFor({ state: 'detached' });
    await manager.getByRole('link', { name: /Ascenseur bloqué/ }).waitFor();
    await manager.getByRole('link', { name: new RegExp(title.replace(/[()]/g, '\\$&')) }).waitFor();
    await screenshot(manager, 'requests-manager-inbox-open', viewport);
    if (viewport === 'phone') {
      // The secondary filters fold away on a phone, so the first request shows on the first screen.
      expect(await manager.getByLabel('Immeuble', { exact: true }).isVisible()).toBe(false);
      const first = await manager.getByRole('link', { name: /Ascenseur bloqué/ }).boundingBox();
      expect(first!.y).toBeLessThan(812);
      await manager.getByRole('button', { name: 'Plus de filtres' }).click();
      await manager.getByLabel('Immeuble', { exact: true }).waitFor();
      await manager.getByRole('button', { name: 'Plus de filtres' }).click();
    }
    await manager.getByRole('link', { name: new RegExp(title.replace(/[()]/g, '\\$&')) }).click();
    await manager.getByRole('heading', { level: 1, name: title }).waitFor();

    await manager.getByLabel('Gestionnaire en charge').selectOption({ label: 'GESTIONNAIRE Claire' });
    await manager.getByLabel('Fournisseur', { exact: true }).selectOption({ label: 'Serrurerie du Faubourg (Serrurerie)' });
    await manager.getByLabel('Consigne au fournisseur (interne)').fill('Client au 2e, passer après 14 h.');
    await manager.getByRole('button', { name: 'Créer le ticket' }).click();
    const status = manager.getByLabel('Statut du ticket');
    await status.waitFor();
    await status.selectOption('QUOTED');
    await manager.getByLabel('Type de pièce').selectOption('QUOTE');
    await manager.getByLabel('Montant TTC (facultatif)').fill('1 250,00');
    await manager.getByLabel('Fichier PDF').setInputFiles({ name: 'devis-serrurerie.pdf', mimeType: 'application/pdf', buffer: pdf('devis') });
    await manager.getByRole('button', { name: 'Ajouter la pièce' }).click();
    await manager.getByRole('link', { name: 'Devis', exact: true }).waitFor();
    await manager.getByText(/1\s250,00\s€/).waitFor();
    expect(await status.inputValue()).toBe('QUOTED');
    await manager.getByText('Client au 2e, passer après 14 h.').waitFor();
    await expectNoHorizontalOverflow(manager);
    // The thread before the handling: on a phone the manager reads the client first.
    const threadTop = (await manager.getByRole('heading', { name: 'Échanges' }).boundingBox())!.y;
    expect(threadTop).toBeLessThanOrEqual((await manager.getByRole('heading', { name: 'Traitement' }).boundingBox())!.y);
    await screenshot(manager, 'requests-manager-ticket', viewport);
    await manager.close();

    await openThread(client, '/copropriete', title);
    await client.getByText('Confiée à Serrurerie du Faubourg', { exact: false }).waitFor();
    const steps = client.getByRole('list', { name: "Avancement de l'intervention" });
    expect(await steps.locator('[aria-current="step"]').innerText()).toBe('devis reçu');
    expect(await client.getByText('passer après 14 h', { exact: false }).count()).toBe(0);
    expect(await client.getByText('devis-serrurerie.pdf').count()).toBe(0);
    await expectNoHorizontalOverflow(client);
    await screenshot(client, 'requests-client-ticket', viewport);
    await client.close();
  });

  it(`let the manager keep the suppliers and choose the partners (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'GESTIONNAIRE');
    await page.waitForURL(/\/gestion/);
    await (await menuLink(page.getByRole('navigation', { name: /Menu/ }), 'Fournisseurs')).click();
    await expectPath(page, '/gestion/fournisseurs');
    await page.getByRole('heading', { name: 'Serrurerie du Faubourg' }).waitFor();
    const name = `Vitrerie Stan (${viewport})`;
    await page.getByLabel('Raison sociale').fill(name);
    await page.getByLabel('Métier (ex. Plomberie)').fill('Vitrerie');
    await page.getByLabel('Site internet (https://…)').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await page.getByText("L'adresse du site commence par https:// ou http://.").waitFor();
    await page.getByLabel('Site internet (https://…)').fill('https://vitrerie.example.org');
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await page.getByText('Fournisseur enregistré.').waitFor();
    await page.getByRole('heading', { name }).waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'suppliers-manager', viewport);
    await page.close();
  });
});
