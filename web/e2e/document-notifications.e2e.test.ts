import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { receivedMails } from './mailbox';
import { ApiSession, expectNoHorizontalOverflow, launchBrowser, openPage, screenshot, signIn, VIEWPORT_NAMES, type ViewportName } from './support';

/**
 * New-document e-mails end to end (issue 9, "Notifications"): the manager publishes through the
 * SPA with "Prévenir les destinataires par e-mail", the API sends through the run's SMTP server
 * (global-setup.ts), and the mailbox shows who got what. MATHILDE CLIQUOT (GILBERT, notifications
 * on, the default) receives one message naming the document; Pierre BPETRUS (GILBERT too) switched
 * them off in "Mes coordonnées" and receives none. Pierre's switch is put back on afterwards, and
 * the documents deleted: other files read the demo as it was.
 */
let browser: Browser;
const published: string[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  // Clean-up, not behaviour under test: the documents this file published go (they are dated today and would head the GILBERT co-owners' "Derniers documents").
  const manager = new ApiSession();
  await manager.login('GESTIONNAIRE');
  for (const title of published) {
    const found = await manager.request<{ viewer: { documents: { nodes: { id: string; title: string }[] } } }>(
      'query ($search: String) { viewer { documents(search: $search, first: 5) { nodes { id title } } } }',
      { search: title },
    );
    const ids = (found.data?.viewer.documents.nodes ?? []).filter((node) => node.title === title).map((node) => node.id);
    if (ids.length) await manager.request('mutation ($ids: [ID!]!) { deleteDocuments(documentIds: $ids) }', { ids });
  }
});

const NOTIFY_SWITCH = 'Activer les notifications de nouveaux documents';

/** Mails of this run addressed to `address` whose text names `title`. */
const mailsAbout = (address: string, title: string) => receivedMails(inject('mailboxFile')).filter((mail) => mail.to.includes(address) && mail.text.includes(title));

/** A small PDF as the API checks it (a %PDF-1.x header, %%EOF at the end). */
function pdfFile(name: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'palier-e2e-')), name);
  fs.writeFileSync(file, `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${name}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
  return file;
}

/** A co-owner's "Mes coordonnées" on their home: the notification switch set to `isOn`, and their e-mail address read there. */
async function setNotifications(page: Page, isOn: boolean): Promise<string> {
  await page.goto('/copropriete');
  const card = page.getByRole('region', { name: 'Mes coordonnées' });
  const toggle = card.getByRole('switch', { name: NOTIFY_SWITCH });
  await toggle.waitFor();
  if ((await toggle.isChecked()) !== isOn) {
    await toggle.click();
    await card.getByText('Préférence enregistrée.').waitFor();
  }
  expect(await toggle.isChecked()).toBe(isOn);
  const emails = await card.getByRole('definition').filter({ hasText: '@' }).innerText();
  return emails.trim().split(/\s+/)[0].toLowerCase();
}

describe.each(VIEWPORT_NAMES)('new-document e-mails on a %s', (viewport: ViewportName) => {
  it(`e-mails a GILBERT co-owner once about a document published with a notice, and not the one who switched notices off (${viewport})`, async () => {
    const title = `Coupure d'eau ${viewport} ${Date.now()}`;
    published.push(title);

    const optedOut = await openPage(browser, viewport);
    await signIn(optedOut, 'BPETRUSPIERRE');
    await optedOut.waitForURL((url) => url.pathname !== '/connexion');
    const optedOutAddress = await setNotifications(optedOut, false);
    await expectNoHorizontalOverflow(optedOut);
    await screenshot(optedOut, 'notifications-switched-off', viewport);

    try {
      const reader = await openPage(browser, viewport);
      await signIn(reader, 'CLIQUOTMATHILDE');
      await reader.waitForURL((url) => url.pathname !== '/connexion');
      const readerAddress = await setNotifications(reader, true);
      await reader.context().close();

      const manager = await openPage(browser, viewport);
      await signIn(manager, 'GESTIONNAIRE');
      await manager.waitForURL((url) => url.pathname === '/gestion/portefeuille');
      await manager.goto('/gestion/documents/publier');
      await manager.getByLabel('Choisir des fichiers').setInputFiles(pdfFile('coupure-eau.pdf'));
      await manager.getByLabel('Titre affiché pour coupure-eau.pdf').fill(title);
      await manager.getByLabel('Classeur', { exact: true }).selectOption({ label: 'Syndic – Courriers' });
      await manager.getByLabel('Le document concerne').selectOption({ label: 'Un immeuble' });
      await manager.getByLabel('Rechercher un immeuble').fill('GILBERT');
      const building = manager.getByLabel('Immeuble', { exact: true });
      // By its value, not its place: until the filtered list arrives, the first option may be another building.
      const gilbert = building.locator('option', { hasText: /^GILBERT\b/ }).first();
      await gilbert.waitFor({ state: 'attached' });
      await building.selectOption((await gilbert.getAttribute('value')) ?? '');
      const notify = manager.getByRole('checkbox', { name: 'Prévenir les destinataires par e-mail' });
      // "Courriers" does not notify by default: the notice is this publication's choice.
      expect(await notify.isChecked()).toBe(false);
      await notify.check();
      await expectNoHorizontalOverflow(manager);
      await screenshot(manager, 'notifications-publish-with-notice', viewport);
      await manager.getByRole('button', { name: 'Publier le document' }).click();
      await manager.getByText('1 document publié.').waitFor();
      await manager.context().close();

      // Sent after the publication's commit, never inside it: the mailbox fills a moment later.
      await expect.poll(() => mailsAbout(readerAddress, title).length, { timeout: 20_000 }).toBe(1);
      const [mail] = mailsAbout(readerAddress, title);
      expect(mail.subject).toMatch(/ : un nouveau document sur votre extranet$/);
      expect(mail.text).toContain(`- ${title}`);
      expect(mail.text).toContain('Mes coordonnées');

      // Every message of the batch leaves in one delivery pass: once none has arrived for 2 s, the pass is over.
      await expect
        .poll(
          () => {
            const last = Math.max(...receivedMails(inject('mailboxFile')).map((m) => (m.text.includes(title) ? m.receivedAt : 0)));
            return Date.now() - last > 2_000;
          },
          { timeout: 30_000, interval: 250 },
        )
        .toBe(true);
      expect(mailsAbout(optedOutAddress, title)).toEqual([]);
      expect(mailsAbout(readerAddress, title)).toHaveLength(1);
    } finally {
      // Pierre's switch back on, through the same card: other files expect the demo's default.
      await setNotifications(optedOut, true);
      await optedOut.context().close();
    }
  });
});
