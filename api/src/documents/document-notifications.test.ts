import type { AddressInfo } from 'node:net';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../db/schema';
import { fromGlobalId, toGlobalId } from '../graphql/node';
import { createMailer, type Mailer } from '../mail/mailer';
import { buildAgency, buildBuilding, buildCoOwner, buildCouncilMember, buildLot, setAgencySettings, type BuiltAgency, type BuiltBuilding } from '../test/builders';
import { binderId, publishPdf, SET_PUBLISHED } from '../test/documents';
import { graphql } from '../test/gql';
import { startTestApi, type Client, type TestApi } from '../test/harness';
import { settleDocumentJobs } from './documents.jobs';
import { queueDueDocumentNotifications } from './due-notifications.service';
import { agencyToday, shiftDay } from '../db/calendar';

/**
 * New-document e-mails (issue 9 "Notifications"), through a real SMTP server on loopback: who is
 * told (the documents' own visibility), opt-out, the agency's switch, one message per person and
 * batch, documents dated ahead told on their first day, and a failed send retried.
 */
let api: TestApi;
let smtp: SMTPServer;
let mailer: Mailer;
const inbox: { to: string; subject: string; text: string }[] = [];
/** Recipients whose next delivery the server refuses once (a failing SMTP relay). */
const refuseOnce = new Set<string>();

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((r) => r.address).join(',');
      simpleParser(stream).then((mail) => {
        if (refuseOnce.delete(to)) return callback(Object.assign(new Error('451 try again later'), { responseCode: 451 }));
        inbox.push({ to, subject: mail.subject ?? '', text: mail.text ?? '' });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}?ignoreTLS=true`;
  mailer = createMailer({ smtpUrl, from: 'palier@example.org', retryDelayMs: 100 });
  api = await startTestApi({ mailer, smtpUrl });
});
afterAll(async () => {
  await api.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const PREFERENCES = graphql(`
  mutation NotifyPreferences($on: Boolean!) {
    updateMyPreferences(notifyNewDocuments: $on) {
      displayName
    }
  }
`);

const BINDER_NOTIFY = graphql(`
  mutation NotifyBinderDefault($input: SetBinderRightsInput!) {
    setBinderRights(input: $input) {
      rights {
        syndicLevel
        notifyByDefault
      }
    }
  }
`);

const CREATE_NOTIFYING = graphql(`
  mutation NotifyCreateBinder($input: CreateBinderInput!) {
    createBinder(input: $input) {
      id
      rights {
        notifyByDefault
      }
    }
  }
`);

const DOCUMENT_NOTIFY = graphql(`
  query NotifyDocumentChoice($id: ID!) {
    node(id: $id) {
      __typename
      ... on Document {
        notify
      }
    }
  }
`);

const mailsTo = (address: string) => inbox.filter((mail) => mail.to === address);

interface World {
  agency: BuiltAgency;
  agencyName: string;
  building: BuiltBuilding;
  manager: Client;
  coOwner: { email: string; accountId: string };
  member: { email: string };
  optedOut: { email: string };
  outsider: { email: string };
}

let n = 0;
/** A fresh agency: building A with a plain co-owner, a council member and a council member who switched notifications off; a co-owner of building B. */
async function world(name: string): Promise<World> {
  const { db } = api.database;
  const tag = `${name}${(n += 1)}`;
  const agency = await buildAgency(db, { name: `Cabinet ${tag}` });
  const building = await buildBuilding(db, agency, { code: `NOTIF${tag}`.toUpperCase() });
  const other = await buildBuilding(db, agency);
  const email = (who: string) => `${who}.${tag}@example.org`.toLowerCase();
  const coOwner = await buildCoOwner(db, agency, { lot: await buildLot(db, agency, building), emails: [email('coowner')] });
  const member = await buildCoOwner(db, agency, { lot: await buildLot(db, agency, building), emails: [email('member')] });
  await buildCouncilMember(db, agency, { building, person: member.person });
  const optedOut = await buildCoOwner(db, agency, { lot: await buildLot(db, agency, building), emails: [email('optedout')] });
  await buildCouncilMember(db, agency, { building, person: optedOut.person });
  await (await api.as(optedOut.person.signIn)).gql(PREFERENCES, { on: false });
  await buildCoOwner(db, agency, { lot: await buildLot(db, agency, other), emails: [email('outsider')] });
  return {
    agency,
    agencyName: `Cabinet ${tag}`,
    building,
    manager: await api.as(agency.manager.signIn),
    coOwner: { email: email('coowner'), accountId: toGlobalId('Account', coOwner.account.id) },
    member: { email: email('member') },
    optedOut: { email: email('optedout') },
    outsider: { email: email('outsider') },
  };
}

async function councilDoc(w: World, title: string, extra: { notify?: boolean; publishOn?: string } = {}) {
  const binder = await binderId(w.manager, 'SYNDIC', 'Conseil syndical');
  return publishPdf(w.manager, { binderId: binder, title, target: { buildingId: toGlobalId('Building', w.building.id) }, ...extra });
}

const settle = async () => {
  await settleDocumentJobs();
  await mailer.idle();
};
const tomorrow = () => shiftDay(agencyToday(), 1);

/** The publication day of these documents comes (no clock to move: their date is set to today, in this test's own agency). */
async function dayComes(w: World, ids: string[]) {
  const raw = ids.map((id) => fromGlobalId(id).id);
  await api.database.db
    .update(t.documents)
    .set({ publishedOn: sql`current_date` })
    .where(and(eq(t.documents.agencyId, w.agency.id), inArray(t.documents.id, raw)));
}

describe('new-document e-mails', () => {
  it('tell the council member of a council document, not the plain co-owner, the opted-out member, another building nor the manager', async () => {
    const w = await world('council');
    await councilDoc(w, 'Compte rendu du conseil du 02/12/2026', { notify: true });
    await settle();
    const [mail, ...more] = mailsTo(w.member.email);
    expect(more).toEqual([]);
    expect(mail.subject).toBe(`${w.agencyName} : un nouveau document sur votre extranet`);
    expect(mail.text).toContain(`Un nouveau document est disponible sur votre extranet ${w.agencyName} :`);
    expect(mail.text).toContain('- Compte rendu du conseil du 02/12/2026');
    expect(mail.text).toContain('http://palier.test/copropriete/documents');
    expect(mailsTo(w.coOwner.email)).toEqual([]);
    expect(mailsTo(w.optedOut.email)).toEqual([]);
    expect(mailsTo(w.outsider.email)).toEqual([]);
    expect(inbox.filter((m) => m.text.includes(w.agencyName) && m.to !== w.member.email)).toEqual([]);
  });

  it('tell only its person of a personal document', async () => {
    const w = await world('personal');
    const courriers = await binderId(w.manager, 'SYNDIC', 'Courriers');
    await publishPdf(w.manager, { binderId: courriers, title: 'Appel de fonds T1 2027', target: { accountId: w.coOwner.accountId }, notify: true });
    await settle();
    expect(mailsTo(w.coOwner.email).map((m) => m.text.includes('- Appel de fonds T1 2027'))).toEqual([true]);
    expect([...mailsTo(w.member.email), ...mailsTo(w.optedOut.email), ...mailsTo(w.outsider.email)]).toEqual([]);
  });

  it('send nothing for a document published without notify, and follow a binder whose model notifies by default', async () => {
    const w = await world('binder');
    await councilDoc(w, 'Sans notification');
    await settle();
    expect(mailsTo(w.member.email)).toEqual([]);
    const binder = await binderId(w.manager, 'SYNDIC', 'Conseil syndical');
    const set = await w.manager.gql(BINDER_NOTIFY, { input: { binderId: binder, syndicLevel: 'COUNCIL', notifyByDefault: true } });
    expect(set.data?.setBinderRights.rights).toEqual({ syndicLevel: 'COUNCIL', notifyByDefault: true });
    await councilDoc(w, 'Avec le modèle qui notifie');
    await settle();
    expect(mailsTo(w.member.email).map((m) => m.text.includes('- Avec le modèle qui notifie'))).toEqual([true]);
    // The model is the default: a publication that says notify: false is not announced.
    await councilDoc(w, 'Sans notification malgré le modèle', { notify: false });
    await settle();
    expect(mailsTo(w.member.email)).toHaveLength(1);
  });

  it('take a new binder’s notifyByDefault at creation, and show managers what each document will do', async () => {
    const w = await world('created');
    const created = await w.manager.gql(CREATE_NOTIFYING, { input: { module: 'SYNDIC', name: 'Informations travaux', syndicLevel: 'ALL_COOWNERS', notifyByDefault: true } });
    const binder = created.data!.createBinder;
    expect(binder.rights?.notifyByDefault).toBe(true);
    const target = { buildingId: toGlobalId('Building', w.building.id) };
    const silent = await publishPdf(w.manager, { binderId: binder.id, title: 'Travaux silencieux', target, notify: false });
    const told = await publishPdf(w.manager, { binderId: binder.id, title: 'Travaux annoncés', target });
    await settle();
    expect(mailsTo(w.coOwner.email).map((m) => m.text.includes('- Travaux annoncés') && !m.text.includes('silencieux'))).toEqual([true]);
    const choices = [];
    for (const id of [silent.id, told.id]) {
      const node = (await w.manager.gql(DOCUMENT_NOTIFY, { id })).data?.node;
      choices.push(node?.__typename === 'Document' ? node.notify : 'none');
    }
    expect(choices).toEqual([false, true]);
  });

  it('send nothing when the agency switched notifications off', async () => {
    const w = await world('off');
    await setAgencySettings(api.database.db, w.agency.id, { documentNotificationsEnabled: false });
    await councilDoc(w, 'Agence sans notifications', { notify: true });
    await settle();
    expect(mailsTo(w.member.email)).toEqual([]);
    expect(await api.database.db.$count(t.outboxEmails, eq(t.outboxEmails.agencyId, w.agency.id))).toBe(0);
  });

  it('send one message per person for a republished batch of three, each listing only what that person may see', async () => {
    const w = await world('batch');
    const courriers = await binderId(w.manager, 'SYNDIC', 'Courriers');
    const later = { notify: true, publishOn: tomorrow() };
    const docs = [
      await councilDoc(w, 'Lot 1 : devis ascenseur', later),
      await councilDoc(w, 'Lot 2 : devis toiture', later),
      await publishPdf(w.manager, { binderId: courriers, title: 'Lot 3 : votre relance', target: { accountId: w.coOwner.accountId }, ...later }),
    ];
    const ids = docs.map((d) => d.id);
    await settle();
    expect(mailsTo(w.member.email)).toEqual([]); // not yet published: nobody is told
    await w.manager.gql(SET_PUBLISHED, { ids, isPublished: false });
    await dayComes(w, ids);
    await w.manager.gql(SET_PUBLISHED, { ids, isPublished: true });
    await settle();
    const member = mailsTo(w.member.email);
    expect(member).toHaveLength(1);
    expect(member[0].subject).toBe(`${w.agencyName} : 2 nouveaux documents sur votre extranet`);
    expect(member[0].text).toContain('- Lot 1 : devis ascenseur\n- Lot 2 : devis toiture');
    expect(member[0].text).not.toContain('Lot 3');
    const coOwner = mailsTo(w.coOwner.email);
    expect(coOwner).toHaveLength(1);
    expect(coOwner[0].text).toContain('- Lot 3 : votre relance');
    expect(coOwner[0].text).not.toContain('devis');
    // Announced once: unpublishing and republishing again sends nothing more.
    await w.manager.gql(SET_PUBLISHED, { ids, isPublished: false });
    await w.manager.gql(SET_PUBLISHED, { ids, isPublished: true });
    await settle();
    expect(mailsTo(w.member.email)).toHaveLength(1);
  });

  it('announce a document dated ahead on its publication day, and never an unpublished one', async () => {
    const w = await world('ahead');
    const ahead = await councilDoc(w, 'Publié demain', { notify: true, publishOn: tomorrow() });
    const withdrawn = await councilDoc(w, 'Retiré avant sa date', { notify: true, publishOn: tomorrow() });
    await w.manager.gql(SET_PUBLISHED, { ids: [withdrawn.id], isPublished: false });
    await queueDueDocumentNotifications({ db: api.database.db, mailer, config: { publicUrl: 'http://palier.test' } });
    await mailer.deliverPending(api.database.db);
    expect(mailsTo(w.member.email)).toEqual([]);
    await dayComes(w, [ahead.id, withdrawn.id]);
    await queueDueDocumentNotifications({ db: api.database.db, mailer, config: { publicUrl: 'http://palier.test' } });
    await mailer.deliverPending(api.database.db);
    const mails = mailsTo(w.member.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('- Publié demain');
    expect(mails[0].text).not.toContain('Retiré');
  });

  it('never fails the publication when the SMTP server refuses: the message is kept, retried and sent', async () => {
    const w = await world('retry');
    refuseOnce.add(w.member.email);
    const published = await councilDoc(w, 'Malgré un relais en panne', { notify: true });
    expect(published.isPublished).toBe(true);
    await settle();
    expect(mailsTo(w.member.email)).toEqual([]);
    const [queued] = await api.database.db
      .select()
      .from(t.outboxEmails)
      .where(and(eq(t.outboxEmails.agencyId, w.agency.id), eq(t.outboxEmails.recipient, w.member.email)));
    expect(queued).toMatchObject({ attempts: 1, sentAt: null });
    expect(queued.lastError).toContain('451');
    for (let i = 0; i < 50 && mailsTo(w.member.email).length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    await mailer.idle();
    expect(mailsTo(w.member.email)).toHaveLength(1);
    const [sent] = await api.database.db
      .select()
      .from(t.outboxEmails)
      .where(and(eq(t.outboxEmails.agencyId, w.agency.id), eq(t.outboxEmails.recipient, w.member.email)));
    expect(sent.sentAt).not.toBeNull();
  });
});
