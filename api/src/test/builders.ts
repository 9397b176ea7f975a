import { eq, sql } from 'drizzle-orm';
import type { AgencySettings } from '../settings/registry';
import type { Db, Executor } from '../db/client';
import * as t from '../db/schema';
import { appendEntries } from '../accounts/ledger.service';
import { hashPassword } from '../identity/password-hash';
import type { SignIn } from './harness';

/**
 * Builders (STYLE.md §6): each creates, in a fresh agency, exactly what a test needs, with
 * defaults, so a test that changes settings or rows never touches the demo agency the manual's
 * fixtures live in. There is no write API for persons, buildings and lots yet, so they insert
 * through the Drizzle table objects; ledger entries go through `appendEntries`, the service the
 * back-office import uses, which moves balances and monthly totals with the entries.
 *
 * Codes come from a counter, so builders can run many times in one database.
 */

/** The password of every person a builder gives extranet access to. */
export const BUILDER_PASSWORD = 'Builder-Palier-1';

let counter = 0;
const next = () => ++counter;

let passwordHash: Promise<string> | undefined;
const builderHash = () => (passwordHash ??= hashPassword(BUILDER_PASSWORD));

/** Agencies made by buildAgency in this process: the only ones setAgencySettings may change. */
const freshAgencies = new Set<string>();

export type AgencySettingsPatch = Partial<AgencySettings>;

export interface BuiltEntity {
  id: string;
  code: string;
}

export interface BuiltPerson {
  id: string;
  displayName: string;
  /** The back-office's code, when built with one (the key of relation batches). */
  externalId?: string;
  /** Present when the person has extranet access. */
  identityId?: string;
  signIn?: SignIn;
}

/** A person built with access: the sign-in is there. */
export type PersonWithAccess = BuiltPerson & { identityId: string; signIn: SignIn };

export interface BuiltAgency {
  id: string;
  code: string;
  /** The gérance entity (owners' 411 and tenants' 81 accounts). */
  gerance: BuiltEntity;
  manager: PersonWithAccess;
}

export interface BuiltBuilding {
  id: string;
  code: string;
  /** The syndicate entity (co-owners' 450 accounts, fiscal years). */
  syndicate: BuiltEntity;
  /** Allocation key 010 CHARGES COMMUNES GENERALES. */
  keyId: string;
}

export interface BuiltLot {
  id: string;
  code: string;
  building: BuiltBuilding;
}

export interface BuiltAccount {
  id: string;
  number: string;
  entity: BuiltEntity;
}

export interface EntryData {
  date: string;
  label: string;
  debit?: string;
  credit?: string;
  isTreasury?: boolean;
  isAnalyticNotPaidBack?: boolean;
  externalId?: string;
  /** "Code fiscalité" (`30`: provisions on charges). */
  fiscalCode?: string;
}

/** Extranet access: BUILDER_PASSWORD, or the same as a first password the person must change. */
type Access = true | 'temporary';

/** A fresh agency with its settings (defaults unless patched), a gérance entity and a signed-in-able manager. */
export async function buildAgency(db: Db, options: { settings?: AgencySettingsPatch; name?: string } = {}): Promise<BuiltAgency> {
  const n = next();
  const code = `TEST${n}`;
  const [agency] = await db
    .insert(t.agencies)
    .values({ code, name: options.name ?? `Agence de test ${n}` })
    .returning();
  freshAgencies.add(agency.id);
  await db.insert(t.agencySettings).values({ agencyId: agency.id, values: options.settings ?? {} });
  const [gerance] = await db.insert(t.entities).values({ agencyId: agency.id, code: 'G001', kind: 'GERANCE', name: 'Gérance de test' }).returning();
  const manager = await buildPerson(db, agency.id, { displayName: `GESTIONNAIRE Test${n}`, access: true });
  await db.insert(t.staffMembers).values({ agencyId: agency.id, personId: manager.id });
  return { id: agency.id, code, gerance: { id: gerance.id, code: gerance.code }, manager };
}

/** Changes the settings of an agency made by buildAgency; refuses any other (the demo agency). */
export async function setAgencySettings(db: Executor, agencyId: string, patch: AgencySettingsPatch): Promise<void> {
  if (!freshAgencies.has(agencyId)) throw new Error('setAgencySettings changes only an agency made by buildAgency');
  await db
    .update(t.agencySettings)
    .set({ values: sql`${t.agencySettings.values} || ${JSON.stringify(patch)}::jsonb` })
    .where(eq(t.agencySettings.agencyId, agencyId));
}

interface PersonOptions {
  displayName?: string;
  /** The back-office's code (`persons.external_id`), so relation batches can name the person. */
  externalId?: string;
  emails?: string[];
  phones?: string[];
  access?: Access | false;
}

/** A person, with extranet access when `access` says so, without by default. */
export async function buildPerson(db: Executor, agencyId: string, options: PersonOptions & { access: Access }): Promise<PersonWithAccess>;
export async function buildPerson(db: Executor, agencyId: string, options?: PersonOptions): Promise<BuiltPerson>;
export async function buildPerson(db: Executor, agencyId: string, options: PersonOptions = {}): Promise<BuiltPerson> {
  const n = next();
  const displayName = options.displayName ?? `PERSONNE${n} Test`;
  const [person] = await db
    .insert(t.persons)
    .values({
      agencyId,
      displayName,
      externalId: options.externalId ?? null,
      emails: options.emails ?? [`personne${n}@example.org`],
      phones: options.phones ?? ['06 00 00 00 00'],
    })
    .returning();
  const externalId = options.externalId === undefined ? {} : { externalId: options.externalId };
  if (!options.access) return { id: person.id, displayName, ...externalId };
  const login = `${displayName
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase()}${n}`;
  const [identity] = await db
    .insert(t.identities)
    .values({ agencyId, personId: person.id, login, passwordHash: await builderHash(), mustChangePassword: options.access === 'temporary' })
    .returning();
  return { id: person.id, displayName, ...externalId, identityId: identity.id, signIn: { login, password: BUILDER_PASSWORD } };
}

/** A building with its syndicate entity and allocation key 010. */
export async function buildBuilding(
  db: Executor,
  agency: BuiltAgency,
  options: { code?: string; name?: string; iban?: string; bic?: string; managerPersonId?: string } = {},
): Promise<BuiltBuilding> {
  const n = next();
  const code = options.code ?? `IMM${n}`;
  const [syndicate] = await db
    .insert(t.entities)
    .values({ agencyId: agency.id, code: `S${n}`, kind: 'SYNDIC', name: `Syndicat ${code}`, iban: options.iban ?? null, bic: options.bic ?? null })
    .returning();
  const [building] = await db
    .insert(t.buildings)
    .values({
      agencyId: agency.id,
      code,
      name: options.name ?? code,
      city: 'NANCY',
      postalCode: '54000',
      syndicateEntityId: syndicate.id,
      managerPersonId: options.managerPersonId ?? null,
    })
    .returning();
  const [key] = await db.insert(t.allocationKeys).values({ agencyId: agency.id, buildingId: building.id, code: '010', label: 'CHARGES COMMUNES GENERALES' }).returning();
  return { id: building.id, code, syndicate: { id: syndicate.id, code: syndicate.code }, keyId: key.id };
}

/** A lot of the building with `shares` (default 100) under its key 010. */
export async function buildLot(db: Executor, agency: BuiltAgency, building: BuiltBuilding, options: { code?: string; type?: string; shares?: string } = {}): Promise<BuiltLot> {
  const code = options.code ?? `${building.code}/${String(next()).padStart(3, '0')}`;
  const [lot] = await db
    .insert(t.lots)
    .values({ agencyId: agency.id, buildingId: building.id, code, type: options.type ?? 'Appartement' })
    .returning();
  await db.insert(t.lotShares).values({ agencyId: agency.id, allocationKeyId: building.keyId, lotId: lot.id, shares: options.shares ?? '100.00000' });
  return { id: lot.id, code, building };
}

/** An account on an entity, with its ledger entries (balance and monthly totals move with them). */
export async function buildAccount(
  db: Executor,
  agency: BuiltAgency,
  options: {
    entity: BuiltEntity;
    kind: (typeof t.accountKind.enumValues)[number];
    person?: BuiltPerson;
    number?: string;
    label?: string;
    isPublished?: boolean;
    entries?: EntryData[];
  },
): Promise<BuiltAccount> {
  const prefix = { COOWNER: '450', OWNER: '411', TENANT: '81', OTHER: '471' }[options.kind];
  const number = options.number ?? `${prefix}T${next()}`;
  const [account] = await db
    .insert(t.accounts)
    .values({
      agencyId: agency.id,
      entityId: options.entity.id,
      personId: options.person?.id ?? null,
      number,
      label: options.label ?? options.person?.displayName ?? number,
      kind: options.kind,
      isPublished: options.isPublished ?? true,
    })
    .returning();
  await appendEntries(
    db,
    agency.id,
    (options.entries ?? []).map(({ date, ...entry }) => ({ accountId: account.id, entryDate: date, ...entry })),
  );
  return { id: account.id, number, entity: options.entity };
}

type AccountOption = BuiltAccount | { entries?: EntryData[]; number?: string; isPublished?: boolean };
const isBuilt = (account: AccountOption | undefined): account is BuiltAccount => Boolean(account && 'id' in account);

/**
 * A co-owner of `lot` from 2015-06-01 through a 450 account on the building's syndicate (a new
 * one unless `account` is an existing account). Pass `person` to add a lot to an existing co-owner.
 */
export async function buildCoOwner<P extends BuiltPerson = PersonWithAccess>(
  db: Executor,
  agency: BuiltAgency,
  options: { lot: BuiltLot; person?: P; account?: AccountOption; access?: Access | false; displayName?: string; emails?: string[]; externalId?: string },
): Promise<{ person: P; account: BuiltAccount; ownershipId: string }> {
  const person =
    options.person ??
    ((await buildPerson(db, agency.id, { displayName: options.displayName, emails: options.emails, externalId: options.externalId, access: options.access ?? true })) as P);
  const account = isBuilt(options.account)
    ? options.account
    : await buildAccount(db, agency, { entity: options.lot.building.syndicate, kind: 'COOWNER', person, ...options.account });
  const [ownership] = await db
    .insert(t.ownerships)
    .values({ agencyId: agency.id, lotId: options.lot.id, personId: person.id, accountId: account.id, startDate: '2015-06-01' })
    .returning();
  return { person, account, ownershipId: ownership.id };
}

/** An owner whose `lots` are under one management mandate, with a 411 owner account on the gérance entity. */
export async function buildOwner<P extends BuiltPerson = PersonWithAccess>(
  db: Executor,
  agency: BuiltAgency,
  options: { lots: BuiltLot[]; person?: P; account?: AccountOption; access?: Access | false; displayName?: string; externalId?: string },
): Promise<{ person: P; account: BuiltAccount; mandateId: string }> {
  const person = options.person ?? ((await buildPerson(db, agency.id, { displayName: options.displayName, externalId: options.externalId, access: options.access ?? true })) as P);
  const account = isBuilt(options.account) ? options.account : await buildAccount(db, agency, { entity: agency.gerance, kind: 'OWNER', person, ...options.account });
  const [mandate] = await db
    .insert(t.managementMandates)
    .values({ agencyId: agency.id, code: `M${next()}`, ownerPersonId: person.id, accountId: account.id, startDate: '2018-03-01' })
    .returning();
  if (options.lots.length) await db.insert(t.mandateLots).values(options.lots.map((lot) => ({ agencyId: agency.id, mandateId: mandate.id, lotId: lot.id })));
  return { person, account, mandateId: mandate.id };
}

/** A tenant of `lot` from `startDate` (default 2021-09-01) until `departureDate` (none), with an 81 tenant account on the gérance entity. */
export async function buildTenant<P extends BuiltPerson = PersonWithAccess>(
  db: Executor,
  agency: BuiltAgency,
  options: { lot: BuiltLot; person?: P; account?: AccountOption; access?: Access | false; displayName?: string; startDate?: string; departureDate?: string; externalId?: string },
): Promise<{ person: P; account: BuiltAccount; leaseId: string }> {
  const person = options.person ?? ((await buildPerson(db, agency.id, { displayName: options.displayName, externalId: options.externalId, access: options.access ?? true })) as P);
  const account = isBuilt(options.account) ? options.account : await buildAccount(db, agency, { entity: agency.gerance, kind: 'TENANT', person, ...options.account });
  const [lease] = await db
    .insert(t.leases)
    .values({
      agencyId: agency.id,
      lotId: options.lot.id,
      tenantPersonId: person.id,
      accountId: account.id,
      startDate: options.startDate ?? '2021-09-01',
      departureDate: options.departureDate ?? null,
    })
    .returning();
  return { person, account, leaseId: lease.id };
}

/** A council member (or the president) of `building`; usually a co-owner built first. */
export async function buildCouncilMember(
  db: Executor,
  agency: BuiltAgency,
  options: { building: BuiltBuilding; person: BuiltPerson; role?: 'MEMBER' | 'PRESIDENT' },
): Promise<{ membershipId: string }> {
  const [membership] = await db
    .insert(t.councilMemberships)
    .values({ agencyId: agency.id, buildingId: options.building.id, personId: options.person.id, role: options.role ?? 'MEMBER', startDate: '2023-06-15' })
    .returning();
  return { membershipId: membership.id };
}

/** A works-fund line of a lot (the back-office loads one per lot and 105xxx/102xxx account). */
export async function buildWorksFundLine(db: Executor, agency: BuiltAgency, options: { lot: BuiltLot; accountNumber: string; label?: string; amount: string }): Promise<void> {
  await db
    .insert(t.worksFundLines)
    .values({ agencyId: agency.id, lotId: options.lot.id, accountNumber: options.accountNumber, label: options.label ?? 'Fonds de travaux', amount: options.amount });
}
