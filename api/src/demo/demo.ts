import { Decimal } from 'decimal.js';
import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client';
import * as t from '../db/schema';
import { appendEntries, type NewLedgerEntry } from '../accounts/ledger.service';
import { hashPassword } from '../identity/password-hash';
import type { FileStore } from '../files/file-store';
import { seedDemoLedgerReports } from './demo-ledger';
import { aloxeOwnerEntries, brouillySecondAccount, DEMO_PASSWORD, DEMO_TEMPORARY_PASSWORD, gilbertCoOwners } from './demo-fixtures';

const email = (name: string) =>
  `${name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '.')
    .replace(/\.+/g, '.')}@example.org`;

/** Quarterly funds calls and payments, 2024 to today: a realistic co-owner history. */
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
  return entries;
}

/** Monthly rent and payments for a tenant, 2025 to today. */
function tenantHistory(accountId: string, rent: string): NewLedgerEntry[] {
  const entries: NewLedgerEntry[] = [];
  for (const year of [2025, 2026]) {
    for (let month = 1; month <= 12; month++) {
      if (year === 2026 && month > 11) break;
      const mm = String(month).padStart(2, '0');
      entries.push({ accountId, entryDate: `${year}-${mm}-01`, label: `Loyer et provisions ${mm}/${year}`, debit: rent });
      if (!(year === 2026 && month === 11)) entries.push({ accountId, entryDate: `${year}-${mm}-05`, label: `Règlement loyer ${mm}/${year}`, credit: rent, isTreasury: true });
    }
  }
  return entries;
}

async function person(tx: Executor, agencyId: string, values: Partial<typeof t.persons.$inferInsert> & { displayName: string }) {
  const [row] = await tx
    .insert(t.persons)
    .values({ agencyId, emails: [email(values.displayName)], phones: ['06 00 00 00 00'], ...values })
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
      .values({ code: 'NANCY', name: 'Palier Immobilier Nancy', address: '10, place Stanislas, 54000 NANCY', phone: '03 83 00 10 10', email: 'contact.nancy@example.org' })
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
    const owner411 = await account(tx, { agencyId: A, entityId: gerance.id, personId: denise.id, number: '411ALOXECO', label: 'ALOXE CORTON Denise', kind: 'OWNER' });
    const [mandate] = await tx
      .insert(t.managementMandates)
      .values({ agencyId: A, code: 'M0042', ownerPersonId: denise.id, accountId: owner411.id, startDate: '2018-03-01' })
      .returning();
    await tx.insert(t.mandateLots).values([
      { agencyId: A, mandateId: mandate.id, lotId: l002.id },
      { agencyId: A, mandateId: mandate.id, lotId: l003.id },
    ]);
    entries.push(...aloxeOwnerEntries.map((entry) => ({ accountId: owner411.id, ...entry })));

    const elsa = await person(tx, A, { civility: 'Madame', displayName: 'LOCATAIRE Elsa', addressLine1: '18, rue Lafayette, appartement 002', postalCode: '54000', city: 'NANCY' });
    await login(elsa.id, 'ELSALOCATAIRE');
    const tenantAccount = await account(tx, { agencyId: A, entityId: gerance.id, personId: elsa.id, number: '81ELLOCATA', label: 'LOCATAIRE Elsa', kind: 'TENANT' });
    await tx.insert(t.leases).values({ agencyId: A, lotId: l002.id, tenantPersonId: elsa.id, accountId: tenantAccount.id, startDate: '2021-09-01' });
    entries.push(...tenantHistory(tenantAccount.id, '780.00'));

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
    entries.push(...tenantHistory(newcomerAccount.id, '640.00').filter((entry) => entry.entryDate >= '2026-10-01'));
    await appendEntries(tx, A, entries);
    await seedDemoLedgerReports(tx, A, s001.id, files);

    await seedSecondAgency(tx, passwordHash);
  });
}

/** A second agency, so that isolation can be tried by hand (GESTIONNAIRE2). */
async function seedSecondAgency(tx: Executor, passwordHash: string): Promise<void> {
  const [agency] = await tx
    .insert(t.agencies)
    .values({ code: 'LYON', name: 'Agence du Rhône', address: '2, place Bellecour, 69002 LYON', phone: '04 78 00 20 20', email: 'contact.lyon@example.org' })
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
}

/** True when the database holds no agency yet (a new, empty DATA_DIR). */
export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: t.agencies.id }).from(t.agencies).limit(1);
  return rows.length === 0;
}
