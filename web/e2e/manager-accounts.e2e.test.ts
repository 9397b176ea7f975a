import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, expectNoHorizontalOverflow, expectPath, launchBrowser, openPage, plain, screenshot, signIn, VIEWPORT_NAMES } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Whatever happened, Mathilde's accounts end published: the run shares one database. */
afterEach(async () => {
  const manager = new ApiSession();
  await manager.login('GESTIONNAIRE');
  const people = await manager.request<{ people: { nodes: { accounts: { nodes: { id: string; isPublished: boolean }[] } }[] } }>(
    'query { people(search: "cliquot", first: 5) { nodes { accounts(first: 50) { nodes { id isPublished } } } } }',
  );
  const hidden = (people.data?.people.nodes ?? []).flatMap((person) => person.accounts.nodes).filter((account) => !account.isPublished);
  if (hidden.length > 0) {
    await manager.request('mutation ($ids: [ID!]!) { setAccountsPublished(accountIds: $ids, isPublished: true) { id } }', { ids: hidden.map((account) => account.id) });
  }
});

async function openMathildeRecord(page: Page): Promise<void> {
  await signIn(page, 'GESTIONNAIRE');
  await expectPath(page, '/gestion/portefeuille');
  await page.getByLabel('Nom, identifiant, compte, lot ou e-mail').fill('cliquot');
  await page.getByText('1 fiche sur 1').waitFor();
  await page.getByRole('link', { name: /CLIQUOT Mathilde/ }).click();
  await page.getByRole('heading', { level: 1, name: 'CLIQUOT Mathilde' }).waitFor();
}

describe.each(VIEWPORT_NAMES)('a manager publishing accounts on a %s', (viewport) => {
  it(`unpublishes CLIQUOT Mathilde's account, which leaves her "Mon compte", then publishes it again (${viewport})`, async () => {
    const manager = await openPage(browser, viewport);
    await openMathildeRecord(manager);
    const accounts = manager.getByRole('region', { name: 'Comptes' });
    const row = accounts.getByRole('listitem', { name: '450CLIQUOT' });
    expect(plain(await row.innerText())).toContain('-743,32 €');
    await row.getByText('Publié', { exact: true }).waitFor();

    await row.getByRole('button', { name: 'Dépublier le compte 450CLIQUOT' }).click();
    const confirm = manager.getByRole('dialog', { name: 'Dépublier le compte 450CLIQUOT ?' });
    await confirm.getByRole('button', { name: 'Dépublier', exact: true }).click();
    await accounts.getByText('Compte 450CLIQUOT dépublié : le client ne le voit plus.').waitFor();
    await row.getByText('Non publié', { exact: true }).waitFor();
    await expectNoHorizontalOverflow(manager);
    await screenshot(manager, 'manager-accounts', viewport);

    // The client, on her own device: the account has left "Mon compte".
    const client = await openPage(browser, viewport);
    await signIn(client, 'CLIQUOTMATHILDE');
    await expectPath(client, '/copropriete');
    await client.getByRole('link', { name: 'Mon compte' }).click();
    await expectPath(client, '/copropriete/compte');
    await client.getByText('Aucun compte à consulter').waitFor();
    expect(await client.getByText('450CLIQUOT').count()).toBe(0);
    await screenshot(client, 'client-account-unpublished', viewport);

    // Published again from a selection ("activation par salve").
    await row.getByRole('checkbox', { name: 'Sélectionner le compte 450CLIQUOT' }).check();
    await accounts.getByText('1 compte sélectionné').waitFor();
    await accounts.getByRole('button', { name: 'Publier la sélection', exact: true }).click();
    await accounts.getByText('Compte 450CLIQUOT publié : le client le voit dans son extranet.').waitFor();
    await row.getByText('Publié', { exact: true }).waitFor();

    await client.reload();
    await client.getByRole('heading', { name: 'Compte 450CLIQUOT' }).waitFor();
    await client.getByRole('table', { name: /Situation du compte 450CLIQUOT/ }).waitFor();
    await client.context().close();

    // "Situation du compte": the statement as the client sees it.
    await row.getByRole('link', { name: 'Situation du compte 450CLIQUOT' }).click();
    await manager.waitForURL((url) => /^\/gestion\/portefeuille\/[^/]+\/comptes\/[^/]+$/.test(url.pathname));
    await manager.getByRole('heading', { level: 1, name: 'CLIQUOT Mathilde' }).waitFor();
    const table = manager.getByRole('table', { name: /Situation du compte 450CLIQUOT/ });
    await table.getByText('Solde fin de période').waitFor();
    expect(plain(await manager.getByTestId('current-balance').innerText())).toBe('-743,32 €');
    await manager.getByRole('figure', { name: 'Évolution du solde' }).locator('.recharts-area-curve').waitFor();
    await expectNoHorizontalOverflow(manager);
    await screenshot(manager, 'manager-statement', viewport);
    await manager.context().close();
  });
});
