import fs from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, baseURL, expectNoHorizontalOverflow, expectPath, launchBrowser, openPage, plain, screenshot, signIn, VIEWPORT_NAMES } from './support';

/**
 * The console's access administration: "activation par salve" from the portfolio, the agency's
 * collaborators and its API tokens. Each flow puts the demo data back as it found it (access
 * switched off again, the collaborator removed, the token revoked), so the other files and a
 * second viewport meet the same portfolio.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function downloadOf(page: Page, button: Locator): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return fs.readFileSync(await download.path());
}

async function manager(): Promise<ApiSession> {
  const session = new ApiSession();
  await session.login('GESTIONNAIRE');
  return session;
}

describe.each(VIEWPORT_NAMES)('a manager on a %s', (viewport) => {
  // The three filters change in a row: each intermediate answer lands in the cache, which must
  // keep one entry per filter (src/app/apollo.ts), or the count shown is another filter's while
  // "select all matching" asks the API (it failed so on the desktop, depending on timing).
  it(`switches on the access of GILBERT's co-owners without access at once, with the CSV and the letters shown once (${viewport})`, async () => {
    const page = await openPage(browser, viewport);
    await signIn(page, 'GESTIONNAIRE');
    await expectPath(page, '/gestion/portefeuille');
    await page.getByLabel('Immeuble').selectOption({ label: 'GILBERT' });
    await page.getByLabel('Catégorie').selectOption({ label: 'Copropriétaires' });
    await page.getByLabel('Accès extranet').selectOption({ label: 'Sans accès' });
    const count = page.getByText(/^\d+ fiches? sur (\d+)$/);
    await page.waitForFunction(() => {
      const params = new URL(window.location.href).searchParams;
      return params.get('acces') === 'non' && params.has('immeuble') && params.get('role') === 'COOWNER';
    });
    await page.waitForLoadState('networkidle');
    await count.waitFor();
    const total = Number(/sur (\d+)$/.exec(plain(await count.textContent()))?.[1]);
    expect(total).toBeGreaterThan(1);

    const selectAll = page.getByRole('button', { name: `Sélectionner les ${total} fiches du filtre` });
    await selectAll.click();
    const bar = page.getByRole('region', { name: 'Sélection' });
    await bar.getByText(`${total} fiches sélectionnées`).waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'manager-bulk-selection', viewport);

    await bar.getByRole('button', { name: "Activer l'accès", exact: true }).click();
    const confirm = page.getByRole('dialog', { name: `Activer l'accès de ${total} clients ?` });
    await confirm.getByText("ne seront affichés qu'une seule fois", { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Activer', exact: true }).click();

    const grants = page.getByRole('dialog', { name: `${total} accès activés` });
    await grants.waitFor();
    await grants.getByText("Les mots de passe ne sont affichés qu'une seule fois", { exact: false }).waitFor();
    const identifiers = (await grants.getByRole('list', { name: 'Identifiants créés' }).locator('code').allTextContents()).map((text) => text.trim());
    expect(identifiers).toHaveLength(total);
    await screenshot(page, 'manager-bulk-grants', viewport, false);

    const csv = (await downloadOf(page, grants.getByRole('button', { name: 'Télécharger le CSV' }))).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe("Civilité;Nom;Identifiant;Mot de passe temporaire;Adresse;Complément d'adresse;Code postal;Ville;Envoyé par e-mail à");
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).map((line) => line.split(';')[2])).toEqual(identifiers);
    const pdf = await downloadOf(page, grants.getByRole('button', { name: 'Télécharger les courriers (PDF)' }));
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length).toBe(total);

    // A first password from the CSV signs in, and must be changed.
    const [, , firstIdentifier, firstPassword] = lines[1].split(';');
    expect((await new ApiSession().login(firstIdentifier, firstPassword)).data?.login.viewer.mustChangePassword).toBe(true);

    await grants.getByRole('button', { name: 'Terminé' }).click();
    await grants.waitFor({ state: 'hidden' });
    expect(await page.content()).not.toContain(firstPassword);
    await page.getByText('Aucune fiche', { exact: true }).waitFor();

    // Switch one of them off from the list, then the others through the API (the demo as it was).
    await page.getByLabel('Accès extranet').selectOption({ label: 'Avec accès' });
    await page.getByLabel('Nom, identifiant, compte, lot ou e-mail').fill(firstIdentifier);
    await page.getByText('1 fiche sur 1').waitFor();
    await page
      .getByRole('checkbox', { name: /^Sélectionner / })
      .last()
      .check();
    await bar.getByRole('button', { name: "Désactiver l'accès", exact: true }).click();
    await page.getByRole('dialog', { name: "Désactiver l'accès de 1 client ?" }).getByRole('button', { name: 'Désactiver', exact: true }).click();
    await bar.getByText('1 accès désactivé', { exact: false }).waitFor();
    await page.getByText('Aucune fiche', { exact: true }).waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'manager-bulk-disabled', viewport);

    const api = await manager();
    const ids: string[] = [];
    for (const identifier of identifiers) {
      const found = await api.request<{ people: { nodes: { id: string }[] } }>('query ($q: String) { people(search: $q, hasAccess: true) { nodes { id } } }', { q: identifier });
      ids.push(...(found.data?.people.nodes.map((node) => node.id) ?? []));
    }
    if (ids.length) expect((await api.request('mutation ($ids: [ID!]!) { disableExtranetAccess(personIds: $ids) { id } }', { ids })).errors).toBeUndefined();
    await page.context().close();
  });

  it(`adds a collaborator who receives an identifier and a first password, then removes them (${viewport})`, async () => {
    const name = `ESSAI-E2E ${viewport === 'phone' ? 'Mobile' : 'Bureau'}`;
    const page = await openPage(browser, viewport);
    await signIn(page, 'GESTIONNAIRE');
    await expectPath(page, '/gestion/portefeuille');
    await page.goto('/gestion/collaborateurs');
    await page.getByRole('heading', { level: 1, name: 'Collaborateurs' }).waitFor();
    const list = page.getByRole('list', { name: "Gestionnaires de l'agence" });
    await list.getByRole('listitem').first().waitFor();
    // Oneself cannot be removed: no button on one's own line.
    expect(await list.getByRole('button', { name: /^Retirer GESTIONNAIRE/ }).count()).toBe(0);

    // The form refuses an address that is not one, on its field.
    await page.getByLabel('Nom et prénom').fill(name);
    await page.getByLabel('E-mail professionnel').fill('pas une adresse');
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    const email = page.getByLabel('E-mail professionnel');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.evaluate((element) => element === document.activeElement)).toBe(true);
    await email.fill(`essai.${viewport}@agence.example.org`);
    await page.getByLabel('Civilité').selectOption('Madame');
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();

    const grant = page.getByRole('dialog', { name: 'Collaborateur ajouté' });
    await grant.waitFor();
    const identifier = await grant.getByLabel('Identifiant').inputValue();
    const password = await grant.getByLabel('Mot de passe temporaire').inputValue();
    expect(identifier).toMatch(/^ESSAIE2E/);
    await grant.getByText("n'est affiché qu'une seule fois", { exact: false }).waitFor();
    await screenshot(page, 'manager-collaborator-grant', viewport, false);
    const letter = await downloadOf(page, grant.getByRole('button', { name: 'Télécharger le courrier (PDF)' }));
    expect(letter.subarray(0, 4).toString()).toBe('%PDF');
    await grant.getByRole('button', { name: 'Valider' }).click();
    await grant.waitFor({ state: 'hidden' });
    const row = list.getByRole('listitem', { name });
    await row.waitFor();
    expect(plain(await row.textContent())).toContain(identifier);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'manager-collaborators', viewport);

    // The new manager signs in with the first password and must change it.
    expect((await new ApiSession().login(identifier, password)).data?.login.viewer.mustChangePassword).toBe(true);

    await row.getByRole('button', { name: `Retirer ${name}` }).click();
    await page
      .getByRole('dialog', { name: `Retirer ${name} de l'agence ?` })
      .getByRole('button', { name: 'Retirer', exact: true })
      .click();
    await page.getByText(`${name} ne fait plus partie des gestionnaires de l'agence.`).waitFor();
    await row.waitFor({ state: 'detached' });
    expect((await new ApiSession().login(identifier, password)).errors?.[0]?.extensions?.reason).toBe('ACCESS_DISABLED');
    await page.context().close();
  });

  it(`creates an API token shown once, sees its last use, and revokes it (${viewport})`, async () => {
    const name = `Essai e2e ${viewport}`;
    const page = await openPage(browser, viewport);
    await signIn(page, 'GESTIONNAIRE');
    await expectPath(page, '/gestion/portefeuille');
    await page.goto('/gestion/jetons-api');
    await page.getByRole('heading', { level: 1, name: "Jetons d'API" }).waitFor();

    await page.getByLabel('Nom du jeton').fill(name);
    await page.getByRole('button', { name: 'Créer le jeton' }).click();
    await page.getByText('Cochez au moins une autorisation.').waitFor();
    await page.getByLabel('Lire le patrimoine').check();
    await page.getByLabel("Date d'expiration (facultative)").fill('31/12/2030');
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'manager-api-token-form', viewport);
    await page.getByRole('button', { name: 'Créer le jeton' }).click();

    const secretDialog = page.getByRole('dialog', { name: 'Jeton créé' });
    await secretDialog.waitFor();
    await secretDialog.getByText('il ne sera plus jamais affiché', { exact: false }).waitFor();
    const secret = await secretDialog.getByLabel('Secret du jeton').inputValue();
    expect(secret).toMatch(/^plr_/);
    await secretDialog.getByRole('button', { name: 'Copier' }).waitFor();
    await screenshot(page, 'manager-api-token-secret', viewport, false);
    await secretDialog.getByRole('button', { name: "J'ai copié le secret" }).click();
    await secretDialog.waitFor({ state: 'hidden' });
    expect(await page.content()).not.toContain(secret);

    const item = page.getByRole('list', { name: "Jetons de l'agence" }).getByRole('listitem', { name });
    await item.getByText('Jamais utilisé').waitFor();
    expect(plain(await item.textContent())).toContain('31/12/2030');
    const used = await fetch(`${baseURL()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ buildings { nodes { code } } }' }),
    });
    expect(((await used.json()) as { data?: unknown }).data).toBeTruthy();
    await page.reload();
    await item.getByText('Dernière utilisation').waitFor();
    expect(await item.getByText('Jamais utilisé').count()).toBe(0);

    await item.getByRole('button', { name: `Révoquer ${name}` }).click();
    await page
      .getByRole('dialog', { name: `Révoquer le jeton ${name} ?` })
      .getByRole('button', { name: 'Révoquer', exact: true })
      .click();
    await item.getByText('Révoqué', { exact: true }).waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'manager-api-tokens', viewport);
    await page.context().close();
  });
});
