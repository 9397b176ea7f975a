import 'reflect-metadata';
import { Decimal } from 'decimal.js';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client';
import * as t from '../db/schema';
import { appendEntries, type NewLedgerEntry } from '../accounts/ledger.service';
import { hashPassword } from '../identity/password-hash';
import type { FileStore } from '../files/file-store';
import { seedDemoRegularisation } from './demo-regularisation';
import { seedDemoLedgerReports } from './demo-ledger';
import { seedDemoDocuments, seedSecondAgencyDocuments } from './demo-documents';
import { publishDemoMinutes, seedDemoAssemblies } from './demo-assemblies';
import { seedDemoPhotos, seedSecondAgencyPhotos } from './demo-photos';
import { seedDemoAnnouncements, seedDemoOffices, seedSecondAgencyAnnouncements, seedSecondAgencyOffices } from './demo-agency';
import { seedDemoRequests } from './demo-requests';
import { generateCoOwnerLists } from '../documents/co-owner-list.service';
import { aloxeOwnerEntries, brouillySecondAccount, DEMO_PASSWORD, DEMO_TEMPORARY_PASSWORD, gilbertCoOwners } from './demo-fixtures';

const email = (name: string) =>
  `${name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '.')
    .replace(/\.+/g, '.')}@example.org`;

/**
 * Quarterly funds calls and payments, 2024 to today: a realistic co-owner history. The 4th
 * quarter of 2026 is called and not yet paid; the 1st quarter of 2027 is already posted, dated
 * 01/01/2027 (the call goes out a month ahead): the home's "next call".
 */
function coOwnerHistory(accountId: string, shares: Decimal): NewLedgerEntry[] {
  const entries: NewLedgerEntry[] = [];
  // Budget 48 000 € a year over 1 000,91516 shares: each quarter calls a quarter of the share.
  const call = shares.times(12000).dividedBy('1000.91516').toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  for (const year of [2024, 2025, 2026]) {
    for (const [quarter, month] of [
      [1, '01'],
      [2, '04'],
      [3, '07'],
      [4, '10'],
    ] as const) {
      entries.push({ accountId, entryDate: `${year}-${month}-01`, label: `Appel de fonds ${quarter}T${year}`, debit: call.toFixed(2) });
      if (year < 2026 || quarter < 4) {
        entries.push({ accountId, entryDate: `${year}-${month}-12`, label: `Règlement appel ${quarter}T${year}`, credit: call.toFixed(2), isTreasury: true });
      }
    }
  }
  entries.push({ accountId, entryDate: '2027-01-01', label: 'Appel de fonds 1T2027', debit: call.toFixed(2) });
  return entries;
}

const month = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;

/** The months from `start` ("YYYY-MM") to `end` included, as [year, month]. */
function months(start: string, end: string): [number, number][] {
  const out: [number, number][] = [];
  let [year, m] = start.split('-').map(Number);
  while (month(year, m) <= end) {
    out.push([year, m]);
    if (m === 12) year++;
    m = (m % 12) + 1;
  }
  return out;
}

/** A lease's monthly rent: the rent (revised each anniversary) and the provisions for charges. */
interface Rent {
  /** Rent from each revision month ("YYYY-MM"), in order. */
  revisions: [from: string, rent: string][];
  charges: string;
}

const rentOn = (rent: Rent, ym: string) => rent.revisions.filter(([from]) => from <= ym).at(-1)![1];
const dueOn = (rent: Rent, ym: string) => new Decimal(rentOn(rent, ym)).plus(rent.charges).toFixed(2);

/**
 * A tenant's account: rent and provisions posted on the 1st, paid on `paidOn` (the 5th by
 * default). December 2026 is posted and not yet paid on 01/12/2026; January 2027's notice
 * ("avis d'échéance") is already posted, dated 01/01/2027.
 */
function tenantHistory(accountId: string, start: string, rent: Rent, paidOn: (ym: string) => string = (ym) => `${ym}-05`): NewLedgerEntry[] {
  const entries: NewLedgerEntry[] = [];
  for (const [year, m] of months(start, '2027-01')) {
    const ym = month(year, m);
    const mm = `${String(m).padStart(2, '0')}/${year}`;
    entries.push({ accountId, entryDate: `${ym}-01`, label: `Loyer ${mm}`, debit: rentOn(rent, ym) });
    entries.push({ accountId, entryDate: `${ym}-01`, label: `Provisions sur charges ${mm}`, debit: rent.charges, fiscalCode: '30' });
    if (ym <= '2026-11') entries.push({ accountId, entryDate: paidOn(ym), label: `Règlement loyer ${mm}`, credit: dueOn(rent, ym), isTreasury: true });
  }
  return entries;
}

const ELSA_RENT: Rent = {
  revisions: [
    ['2021-09', '600.00'],
    ['2022-09', '615.00'],
    ['2023-09', '630.00'],
    ['2024-09', '640.00'],
    ['2025-09', '650.00'],
  ],
  charges: '130.00',
};
const NEWCOMER_RENT: Rent = { revisions: [['2026-10', '540.00']], charges: '100.00' };
/** The newcomer paid November late, after the monthly transfer to the owner. */
const newcomerPaidOn = (ym: string) => (ym === '2026-11' ? '2026-11-20' : `${ym}-05`);

/** Management fees: 7,2 % TTC of what is collected, rounded to the cent. */
const fee = (collected: string) => new Decimal(collected).times('0.072').toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/**
 * Denise's owner account after the manual's 2020 statement: she settles the -9 985,56 in January
 * 2021; from Elsa's lease on, each rent collected is credited, the agency's fees and the
 * syndicate's quarterly calls for her two lots are debited, and on the 15th the agency transfers
 * what is due to her. On 01/12/2026 the newcomer's late November rent (less fees) awaits the
 * December transfer: her account is in credit.
 */
function ownerStory(accountId: string): NewLedgerEntry[] {
  const entries: NewLedgerEntry[] = [{ accountId, entryDate: '2021-01-18', label: 'Virement reçu de Mme YALOXE CORTON : solde 2020', credit: '9985.56', isTreasury: true }];
  const collected: { date: string; label: string; amount: string }[] = [];
  for (const [year, m] of months('2021-09', '2026-11')) {
    const ym = month(year, m);
    const mm = `${String(m).padStart(2, '0')}/${year}`;
    collected.push({ date: `${ym}-05`, label: `Loyer ${mm} LOCATAIRE Elsa (LAFAYETTE/002)`, amount: dueOn(ELSA_RENT, ym) });
    if (ym >= '2026-10') collected.push({ date: newcomerPaidOn(ym), label: `Loyer ${mm} NOUVEAU Client (LAFAYETTE/003)`, amount: dueOn(NEWCOMER_RENT, ym) });
  }
  const dated: NewLedgerEntry[] = [];
  for (const c of collected) {
    dated.push({ accountId, entryDate: c.date, label: c.label, credit: c.amount, isTreasury: true });
    dated.push({ accountId, entryDate: c.date, label: `Honoraires de gestion 7,2 % TTC – ${c.label.replace(/^Loyer /, 'loyer ')}`, debit: fee(c.amount).toFixed(2) });
  }
  for (const [year, m] of months('2022-01', '2026-10')) {
    if (m % 3 !== 1) continue;
    dated.push({ accountId, entryDate: `${month(year, m)}-02`, label: `Appel de fonds ${(m + 2) / 3}T${year} Résidence Lafayette (LAFAYETTE/002, /003)`, debit: '215.00' });
  }
  dated.sort((a, b) => a.entryDate.localeCompare(b.entryDate));
  // The transfer on the 15th pays out the balance in the owner's favour at that date.
  let due = new Decimal(0);
  let next = 0;
  for (const [year, m] of months('2021-09', '2026-11')) {
    const transferDate = `${month(year, m)}-15`;
    for (; next < dated.length && dated[next].entryDate <= transferDate; next++) {
      const e = dated[next];
      due = due.plus(e.credit ?? 0).minus(e.debit ?? 0);
      entries.push(e);
    }
    if (due.isPositive()) {
      entries.push({ accountId, entryDate: transferDate, label: `Virement au propriétaire ${String(m).padStart(2, '0')}/${year}`, debit: due.toFixed(2), isTreasury: true });
      due = new Decimal(0);
    }
  }
  entries.push(...dated.slice(next));
  return entries;
}

/**
 * The back-office's code of a demo person, as the manual's "Code Tiers" (YALOXECORTONDENISE for
 * "YALOXE CORTON Denise"): the upsertPersons key, so the console and a re-import find them.
 */
export const demoExternalId = (displayName: string) =>
  displayName
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase();

async function person(tx: Executor, agencyId: string, values: Partial<typeof t.persons.$inferInsert> & { displayName: string }) {
  const [row] = await tx
    .insert(t.persons)
    .values({ agencyId, externalId: demoExternalId(values.displayName), emails: [email(values.displayName)], phones: ['06 00 00 00 00'], ...values })
    .returning();
  return row;
}

async function account(tx: Executor, values: typeof t.accounts.$inferInsert) {
  const [row] = await tx.insert(t.accounts).values(values).returning();
  return row;
}

/** Seeds the demo agencies into an empty database, in one transaction. */
export async function seedDemo(db: Db, files?: FileStore): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const temporaryHash = await hashPassword(DEMO_TEMPORARY_PASSWORD);
  await db.transaction(async (tx) => {
    const [agency] = await tx
      .insert(t.agencies)
      .values({
        code: 'NANCY',
        name: 'Palier Immobilier Nancy',
        address: '10, place Stanislas, 54000 NANCY',
        phone: '03 83 00 10 10',
        email: 'contact.nancy@example.org',
        // The legal notice's and the PDF headers' mentions (a valid SIRET: Luhn).
        legalName: 'Palier Immobilier Nancy',
        legalForm: 'SAS au capital de 50 000 €',
        siret: '91234567800011',
        apeCode: '68.32A',
        representativeName: 'Madame Claire STANISLAS, présidente',
        professionalCardNumber: 'CPI 5401 2018 000 012 345',
        professionalCardIssuer: 'la CCI Grand Nancy Métropole Meurthe-et-Moselle',
        financialGuarantee: 'Mutuelle des Garanties Immobilières, 8, rue des Carmes, 54000 NANCY (2 000 000 € gestion, 1 500 000 € syndic)',
      })
      .returning();
    const A = agency.id;
    await tx.insert(t.agencySettings).values({ agencyId: A });
    const login = async (personId: string, loginName: string, mustChange = false) =>
      tx.insert(t.identities).values({ agencyId: A, personId, login: loginName, passwordHash: mustChange ? temporaryHash : passwordHash, mustChangePassword: mustChange });

    const [gerance] = await tx.insert(t.entities).values({ agencyId: A, code: 'G001', kind: 'GERANCE', name: 'Gérance Palier' }).returning();
    const [s001] = await tx
      .insert(t.entities)
      .values({ agencyId: A, code: 'S001', kind: 'SYNDIC', name: 'Syndicat Gilbert', iban: 'FR76 3000 4000 0312 3456 7890 143', bic: 'BNPAFRPPXXX' })
      .returning();
    const [s002] = await tx
      .insert(t.entities)
      .values({ agencyId: A, code: 'S002', kind: 'SYNDIC', name: 'Syndicat Résidence Lafayette', iban: 'FR76 1027 8060 3100 0202 4540 118', bic: 'CMCIFR2A' })
      .returning();

    const manager = await person(tx, A, {
      civility: 'Madame',
      displayName: 'GESTIONNAIRE Claire',
      addressLine1: '10, place Stanislas',
      postalCode: '54000',
      city: 'NANCY',
      emails: ['claire.gestionnaire@example.org'],
      phones: ['03 83 00 10 11'],
    });
    await tx.insert(t.staffMembers).values({ agencyId: A, personId: manager.id });
    await login(manager.id, 'GESTIONNAIRE');

    // GILBERT: the twelve co-owners of the attendance table.
    const [gilbert] = await tx
      .insert(t.buildings)
      .values({
        agencyId: A,
        code: 'GILBERT',
        name: 'GILBERT',
        addressLine1: '4, rue Gilbert',
        postalCode: '54000',
        city: 'NANCY',
        syndicateEntityId: s001.id,
        managerPersonId: manager.id,
      })
      .returning();
    const [key] = await tx.insert(t.allocationKeys).values({ agencyId: A, buildingId: gilbert.id, code: '010', label: 'CHARGES COMMUNES GENERALES' }).returning();
    const entries: NewLedgerEntry[] = [];
    const personsByName = new Map<string, typeof t.persons.$inferSelect>();
    for (const fixture of gilbertCoOwners) {
      const [line1, postalCode, city] = fixture.address;
      const p = await person(tx, A, { civility: fixture.civility, displayName: fixture.name, addressLine1: line1, postalCode, city });
      personsByName.set(fixture.name, p);
      if (fixture.login) await login(p.id, fixture.login);
      const acc = await account(tx, { agencyId: A, entityId: s001.id, personId: p.id, number: fixture.account, label: fixture.name, kind: 'COOWNER' });
      const second =
        fixture.account === '450BROU-01'
          ? await account(tx, { agencyId: A, entityId: s001.id, personId: p.id, number: brouillySecondAccount.account, label: fixture.name, kind: 'COOWNER' })
          : null;
      let total = new Decimal(0);
      for (const [code, type, shares] of fixture.lots) {
        const [lot] = await tx
          .insert(t.lots)
          .values({
            agencyId: A,
            buildingId: gilbert.id,
            code,
            type,
            floor: type === 'Appartement' ? String(Number(code.slice(-3, -2)) || 0) : type === 'Cave' ? '-1' : '-2',
            surface: type === 'Appartement' ? '68.50' : type === 'Cave' ? '6.00' : '12.50',
            rooms: type === 'Appartement' ? 3 : null,
          })
          .returning();
        await tx.insert(t.lotShares).values({ agencyId: A, allocationKeyId: key.id, lotId: lot.id, shares });
        const holder = second && brouillySecondAccount.lots.includes(code) ? second : acc;
        await tx.insert(t.ownerships).values({ agencyId: A, lotId: lot.id, personId: p.id, accountId: holder.id, startDate: '2015-06-01' });
        total = total.plus(shares);
      }
      entries.push(...coOwnerHistory(acc.id, total));
      if (fixture.council) await tx.insert(t.councilMemberships).values({ agencyId: A, buildingId: gilbert.id, personId: p.id, role: fixture.council, startDate: '2023-06-15' });
    }

    // LAFAYETTE (gérance): Denise owns LAFAYETTE/002 under mandate, rented to Elsa Locataire.
    const [lafayette] = await tx
      .insert(t.buildings)
      .values({
        agencyId: A,
        code: 'LAFAYETTE',
        name: 'Résidence Lafayette',
        addressLine1: '18, rue Lafayette',
        postalCode: '54000',
        city: 'NANCY',
        syndicateEntityId: s002.id,
        managerPersonId: manager.id,
      })
      .returning();
    const [l002] = await tx
      .insert(t.lots)
      .values({ agencyId: A, buildingId: lafayette.id, code: 'LAFAYETTE/002', type: 'Appartement', floor: '1', surface: '54.20', rooms: 2 })
      .returning();
    const [l003] = await tx
      .insert(t.lots)
      .values({ agencyId: A, buildingId: lafayette.id, code: 'LAFAYETTE/003', type: 'Appartement', floor: '2', surface: '41.00', rooms: 2 })
      .returning();
    const [lKey] = await tx.insert(t.allocationKeys).values({ agencyId: A, buildingId: lafayette.id, code: '010', label: 'CHARGES COMMUNES GENERALES' }).returning();
    await tx.insert(t.lotShares).values([
      { agencyId: A, allocationKeyId: lKey.id, lotId: l002.id, shares: '120.00000' },
      { agencyId: A, allocationKeyId: lKey.id, lotId: l003.id, shares: '95.00000' },
    ]);
    const denise = personsByName.get('YALOXE CORTON Denise')!;
    await tx
      .update(t.persons)
      .set({ emails: ['denise.aloxe-corton@example.org'], phones: ['06 08 90 99 94'] })
      .where(sql`${t.persons.id} = ${denise.id}`);
    const owner411 = await account(tx, { agencyId: A, entityId: gerance.id, personId: denise.id, number: '411ALOXECO', label: 'YALOXE CORTON Denise', kind: 'OWNER' });
    const [mandate] = await tx
      .insert(t.managementMandates)
      .values({ agencyId: A, code: 'M0042', ownerPersonId: denise.id, accountId: owner411.id, startDate: '2018-03-01' })
      .returning();
    await tx.insert(t.mandateLots).values([
      { agencyId: A, mandateId: mandate.id, lotId: l002.id },
      { agencyId: A, mandateId: mandate.id, lotId: l003.id },
    ]);
    entries.push(...aloxeOwnerEntries.map((entry) => ({ accountId: owner411.id, ...entry })), ...ownerStory(owner411.id));

    const elsa = await person(tx, A, { civility: 'Madame', displayName: 'LOCATAIRE Elsa', addressLine1: '18, rue Lafayette, appartement 002', postalCode: '54000', city: 'NANCY' });
    await login(elsa.id, 'ELSALOCATAIRE');
    const tenantAccount = await account(tx, { agencyId: A, entityId: gerance.id, personId: elsa.id, number: '81ELLOCATA', label: 'LOCATAIRE Elsa', kind: 'TENANT' });
    // Elsa has rented LAFAYETTE/002 since 2020 (the manual's 2020 statement and rent receipt); her account's history here starts in September 2021.
    const [elsaLease] = await tx
      .insert(t.leases)
      .values({ agencyId: A, lotId: l002.id, tenantPersonId: elsa.id, accountId: tenantAccount.id, startDate: '2020-01-01' })
      .returning();
    entries.push(...tenantHistory(tenantAccount.id, '2021-09', ELSA_RENT));

    const newcomer = await person(tx, A, {
      civility: 'Monsieur',
      displayName: 'NOUVEAU Client',
      addressLine1: '18, rue Lafayette, appartement 003',
      postalCode: '54000',
      city: 'NANCY',
    });
    await login(newcomer.id, 'NOUVEAUCLIENT', true);
    const newcomerAccount = await account(tx, { agencyId: A, entityId: gerance.id, personId: newcomer.id, number: '81NOUVEAUC', label: 'NOUVEAU Client', kind: 'TENANT' });
    await tx.insert(t.leases).values({ agencyId: A, lotId: l003.id, tenantPersonId: newcomer.id, accountId: newcomerAccount.id, startDate: '2026-10-01' });
    entries.push(...tenantHistory(newcomerAccount.id, '2026-10', NEWCOMER_RENT, newcomerPaidOn));
    await appendEntries(tx, A, entries);
    await seedDemoLedgerReports(tx, A, s001.id, files);
    await seedDemoDocuments(tx, A, files);
    await seedDemoPhotos(tx, A, files);
    await seedDemoAnnouncements(tx, A);
    await seedDemoOffices(tx, A);
    await seedDemoRegularisation(tx, A, elsaLease);
    await seedDemoAssemblies(tx, A, 'GILBERT');
    await seedDemoRequests(tx, A);

    await seedSecondAgency(tx, passwordHash, files);
  });
  // Demo document 10 (issue 9): GILBERT's co-owner list, generated as a manager would ("Générer la
  // liste des copropriétaires"); the render needs the committed data, hence after the transaction.
  const [gilbert] = await db
    .select({ agencyId: t.buildings.agencyId, id: t.buildings.id })
    .from(t.buildings)
    .innerJoin(t.agencies, eq(t.agencies.id, t.buildings.agencyId))
    .where(and(eq(t.agencies.code, 'NANCY'), eq(t.buildings.code, 'GILBERT')));
  await generateCoOwnerLists({ db, files: files ?? DISCARDED_FILES }, gilbert.agencyId, [gilbert.id]);
  // The minutes of the AG of 13/07/2020, through the real publication (issue 10); same reason.
  await publishDemoMinutes(db, files ?? DISCARDED_FILES);
}

/** Tests seed without a FileStore (they publish their own files): the list's bytes are dropped, like the other demo files'. */
const DISCARDED_FILES: FileStore = { put: async () => {}, get: async () => null, has: async () => true, remove: async () => {} };

/** A second agency, so that isolation can be tried by hand (GESTIONNAIRE2). */
async function seedSecondAgency(tx: Executor, passwordHash: string, files?: FileStore): Promise<void> {
  const [agency] = await tx
    .insert(t.agencies)
    // Created after NANCY even within one transaction: the first agency is the deployment's (its legal notice without a session).
    .values({
      code: 'LYON',
      name: 'Agence du Rhône',
      address: '2, place Bellecour, 69002 LYON',
      phone: '04 78 00 20 20',
      email: 'contact.lyon@example.org',
      createdAt: sql`clock_timestamp()`,
    })
    .returning();
  const B = agency.id;
  await tx.insert(t.agencySettings).values({ agencyId: B, values: { balancePresentation: 'DEBIT_MINUS_CREDIT' } });
  const [syndicate] = await tx
    .insert(t.entities)
    .values({ agencyId: B, code: 'S001', kind: 'SYNDIC', name: 'Syndicat Bellecour', iban: 'FR76 1009 6000 0000 0000 0000 001', bic: 'CMCIFRPP' })
    .returning();
  const manager = await person(tx, B, { civility: 'Monsieur', displayName: 'GESTIONNAIRE Rhône', addressLine1: '2, place Bellecour', postalCode: '69002', city: 'LYON' });
  await tx.insert(t.staffMembers).values({ agencyId: B, personId: manager.id });
  await tx.insert(t.identities).values({ agencyId: B, personId: manager.id, login: 'GESTIONNAIRE2', passwordHash, mustChangePassword: false });
  const [building] = await tx
    .insert(t.buildings)
    .values({ agencyId: B, code: 'BELLECOUR', name: 'Le Bellecour', addressLine1: '12, rue de la Charité', postalCode: '69002', city: 'LYON', syndicateEntityId: syndicate.id })
    .returning();
  const [key] = await tx.insert(t.allocationKeys).values({ agencyId: B, buildingId: building.id, code: '010', label: 'CHARGES COMMUNES GENERALES' }).returning();
  const coOwner = await person(tx, B, { civility: 'Monsieur', displayName: 'DURAND Paul', addressLine1: '12, rue de la Charité', postalCode: '69002', city: 'LYON' });
  const acc = await account(tx, { agencyId: B, entityId: syndicate.id, personId: coOwner.id, number: '450DURANDP', label: 'DURAND Paul', kind: 'COOWNER' });
  for (const [code, shares] of [
    ['BELLECOUR/001', '520.00000'],
    ['BELLECOUR/002', '480.00000'],
  ] as const) {
    const [lot] = await tx.insert(t.lots).values({ agencyId: B, buildingId: building.id, code, type: 'Appartement', floor: '1', surface: '80.00', rooms: 4 }).returning();
    await tx.insert(t.lotShares).values({ agencyId: B, allocationKeyId: key.id, lotId: lot.id, shares });
    await tx.insert(t.ownerships).values({ agencyId: B, lotId: lot.id, personId: coOwner.id, accountId: acc.id, startDate: '2019-01-01' });
  }
  await appendEntries(tx, B, coOwnerHistory(acc.id, new Decimal('1000')));
  await seedSecondAgencyDocuments(tx, B, files);
  await seedSecondAgencyPhotos(tx, B, files);
  await seedSecondAgencyAnnouncements(tx, B);
  await seedSecondAgencyOffices(tx, B);
}

/** True when the database holds no agency yet (a new, empty DATA_DIR). */
export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: t.agencies.id }).from(t.agencies).limit(1);
  return rows.length === 0;
}
