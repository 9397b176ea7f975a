import fs from 'node:fs';
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

describe.each(VIEWPORT_NAMES)('issue 14 on a %s', (viewport) => {
  it(`shows a council member their manager's contact card and their council, with the password page under the person menu (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'BROUILLYALFRED');
    await expectPath(page, '/copropriete');

    const contacts = page.getByRole('region', { name: 'Contacts syndic' });
    await contacts.waitFor();
    const card = plain(await contacts.textContent());
    expect(card).toContain('Votre gestionnaire');
    expect(card).toContain('GESTIONNAIRE Claire');
    expect(card).toContain('Palier Immobilier Nancy');
    expect(await contacts.getByRole('link', { name: 'claire.gestionnaire@example.org' }).getAttribute('href')).toBe('mailto:claire.gestionnaire@example.org');
    expect(await contacts.getByRole('link', { name: /03 83 00 10 11/ }).getAttribute('href')).toBe('tel:0383001011');

    const council = page.getByRole('region', { name: 'Conseil syndical' });
    const seats = council.getByRole('listitem');
    await seats.first().waitFor();
    // The president first, with the role; then the members.
    expect(plain(await seats.first().textContent())).toBe('BPETRUS PierrePrésident du conseil');
    expect(plain(await council.textContent())).toContain('BROUILLY AlfredMembre');
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'client-home-contacts', viewport);

    // The tab bar / side menu no longer holds the password page; the person menu does.
    const nav = page.getByRole('navigation', { name: /Menu/ });
    expect(await nav.getByRole('link', { name: 'Redéfinir mon mot de passe' }).count()).toBe(0);
    const signOut = page.getByRole('button', { name: 'Déconnexion' });
    expect(await signOut.isVisible()).toBe(true);
    expect((await signOut.innerText()).trim()).toBe('Déconnexion');
    await page.getByRole('button', { name: /BROUILLY Alfred/ }).click();
    const passwordLink = page.getByRole('link', { name: 'Redéfinir mon mot de passe' });
    await passwordLink.waitFor();
    await screenshot(page, 'person-menu-open', viewport, false);
    await passwordLink.click();
    await expectPath(page, '/copropriete/mot-de-passe');
    await page.getByRole('heading', { level: 1, name: 'Redéfinir mon mot de passe' }).waitFor();
    await page.context().close();
  });

  it(`shows a co-owner outside the council no council, and a tenant their agency space contact (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'CLIQUOTMATHILDE');
    await page.getByRole('region', { name: 'Contacts syndic' }).waitFor();
    expect(await page.getByRole('region', { name: 'Conseil syndical' }).count()).toBe(0);
    await page.context().close();

    const tenant = await openPage(browser, viewport);
    await signIn(tenant, 'ELSALOCATAIRE');
    const contacts = tenant.getByRole('region', { name: 'Contacts agence' });
    await contacts.waitFor();
    expect(plain(await contacts.textContent())).toContain('GESTIONNAIRE Claire');
    await screenshot(tenant, 'tenant-home-contacts', viewport);
    await tenant.context().close();
  });

  it(`says that a reset link is unusable as soon as its page opens (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await page.goto('/reinitialiser-mot-de-passe?token=lien-inconnu');
    await page.getByRole('heading', { level: 1, name: 'Lien de réinitialisation inutilisable' }).waitFor();
    expect(plain(await page.getByRole('alert').textContent())).toContain("Ce lien de réinitialisation n'est plus valable");
    expect(await page.getByLabel('Nouveau mot de passe').count()).toBe(0);
    await page.getByRole('link', { name: 'Demander un nouveau lien' }).waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'reset-link-invalid', viewport);
    await page.context().close();
  });

  it(`drops the stale "Vous êtes déconnecté" notice beside a new error (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'CLIQUOTMATHILDE');
    await expectPath(page, '/copropriete');
    await page.getByRole('button', { name: 'Déconnexion' }).click();
    await expectPath(page, '/connexion');
    await page.getByText(/Vous êtes déconnecté/).waitFor();
    await page.getByLabel('Identifiant').fill('CLIQUOTMATHILDE');
    await page.getByLabel('Mot de passe', { exact: true }).fill('pas-le-bon');
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await page.getByText(/Vous êtes déconnecté/).count()).toBe(0);
    await screenshot(page, 'sign-in-error-after-sign-out', viewport);
    await page.context().close();
  });

  it(`lets a manager e-mail a temporary password and download the letter to print (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'GESTIONNAIRE');
    await expectPath(page, '/gestion/portefeuille');
    await page.getByLabel('Nom, identifiant, compte, lot ou e-mail').fill('lepitre');
    await page.getByText('1 fiche sur 1').waitFor();
    await page.getByRole('link', { name: /LEPITRE Abel/ }).click();
    await page.getByRole('heading', { level: 1, name: 'LEPITRE Abel' }).waitFor();

    // The first run switches access on; the next one regenerates: both offer the e-mail.
    const enable = page.getByRole('button', { name: "Activer l'accès extranet", exact: true });
    const regenerate = page.getByRole('button', { name: 'Régénérer le mot de passe' });
    await enable.or(regenerate).first().waitFor();
    const isNew = (await enable.count()) > 0;
    await (isNew ? enable : regenerate).click();
    const confirm = page.getByRole('dialog', { name: isNew ? /Activer l'accès extranet/ : /Régénérer le mot de passe/ });
    await confirm.getByLabel(/Envoyer aussi le mot de passe par e-mail à/).check();
    await screenshot(page, 'manager-password-by-email', viewport, false);
    await confirm.getByRole('button', { name: isNew ? "Activer l'accès" : 'Régénérer', exact: true }).click();

    const grant = page.getByRole('dialog', { name: 'Mot de passe temporaire' });
    await grant.waitFor();
    await grant.getByText(/Identifiant et mot de passe envoyés par e-mail à .+@example\.org/).waitFor();
    const identifier = await grant.getByLabel('Identifiant').inputValue();
    const password = await grant.getByLabel('Mot de passe temporaire').inputValue();
    const [download] = await Promise.all([page.waitForEvent('download'), grant.getByRole('button', { name: 'Télécharger le courrier à imprimer (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe(`Courrier-acces-${identifier}.pdf`);
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(page, 'manager-password-letter', viewport, false);
    await grant.getByRole('button', { name: 'Valider' }).click();
    await grant.waitFor({ state: 'hidden' });
    expect(await page.content()).not.toContain(password);
    await page.context().close();
  });
});
