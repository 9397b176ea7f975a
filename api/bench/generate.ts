/**
 * Generates one large agency with set-based SQL (`INSERT … SELECT … FROM generate_series`):
 * row-by-row inserts through the ORM would take minutes for a million ledger entries, while one
 * statement per table takes seconds. Everything runs in one transaction so that the TEMP mapping
 * tables (index → uuid) live on a single connection, on PostgreSQL and PGlite alike; each is
 * ANALYZEd once filled, since autovacuum never analyzes temporary tables and the joins would
 * otherwise be planned as nested loops over "1 000-row" guesses.
 *
 * Pseudo-random values come from `hashint8(index, salt)`, not `random()`: the same data set on
 * every run and on both drivers, so that figures can be compared between runs.
 */
import { randomUUID } from 'node:crypto';
import { Decimal } from 'decimal.js';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { accountView, cursorBinding } from '../src/accounts/statement.service';
import { rowsOf, type Database } from '../src/db/client';
import { accounts, agencySettings } from '../src/db/schema';
import { sealCursor } from '../src/graphql/sealed-cursor';
import { hashPassword } from '../src/identity/password-hash';
import { readSettings } from '../src/settings/registry';

export const BENCH_PASSWORD = 'Palier-Bench-2026!';

/**
 * The bench server's CURSOR_SECRET (fixed, so that the deep cursor sealed here at generation, and
 * kept with BENCH_KEEP for BENCH_REUSE, opens in the server; the floor seals with it too).
 */
export const BENCH_CURSOR_SECRET = 'palier-bench-cursor-secret-not-for-production';

/** Known sign-ins: the manager, and three co-owners whose home lists 3, 8 and 20 lots. */
export const LOGINS = {
  manager: 'BENCHGESTION',
  coOwner3: 'BENCHCOPRO3',
  coOwner8: 'BENCHCOPRO8',
  coOwner20: 'BENCHCOPRO20',
  /** holds an owner account of 100 000 entries (10 years) and one of 100 */
  holder: 'BENCHCOMPTE',
  /** sits on the council of the building with 5 000 expenses */
  council: 'BENCHCONSEIL',
} as const;

/** The statement accounts (gérance entity G001) and the building of the expense list. */
export const STATEMENT_ENTRIES = 100_000;
export const BIG_ACCOUNT = '411900001';
export const SMALL_ACCOUNT = '411900002';
export const EXPENSE_BUILDING = 20;
export const EXPENSES = 5_000;
/** The statement scenarios' range (the STATEMENT query's from/to); part of the cursor's binding. */
export const STATEMENT_RANGE = { from: '2015-01-01', to: '2026-12-31' } as const;

export interface GenerateOptions {
  ledgerEntries: number;
  buildings?: number;
  lotsPerBuilding?: number;
  persons?: number;
}

export interface Generated {
  agencyId: string;
  /** person ids by login, for the floor queries */
  personIdByLogin: Record<keyof typeof LOGINS, string>;
  counts: Record<string, number>;
  steps: { step: string; ms: number }[];
  /** ids for the statement, works-fund, expense-list and import scenarios */
  reports: {
    bigAccountId: string;
    smallAccountId: string;
    /** an `after` cursor 90 % into the big account's entries (raw running balance there), sealed as the API seals it */
    deepCursor: string;
    /** by account id (big and small), what the API binds their statement cursors to (`cursorBinding`: account, range, view) */
    cursorBindings: Record<string, string>;
    expenseBuildingId: string;
    /** a few hundred existing co-owner accounts, for the import batches (none of the known sign-ins': their balances stay put) */
    importAccounts: { entityCode: string; accountNumber: string; accountId: string }[];
  };
}

// Person index ranges (1-based). The rest of the 30 000 are "tiers" without a role (suppliers,
// prospects, former clients), which is realistic for the people search and costs nothing.
const MANAGER = 1;
const CO3 = 2;
const CO8 = 3;
const CO20 = 4;
const HOLDER = 5;
const COUNCIL = 6;
const COOWNERS_FROM = 101; // ~14 000 current co-owners, 1 or 2 neighbouring lots each
const PAST_FROM = 14101; // 2 000 former co-owners (ended ownerships)
const MANDATE_OWNERS_FROM = 16101; // 1 000 owners under a management mandate, 3 lots each
const TENANTS_FROM = 17101; // 3 000 tenants, one lease each (10 % departed)
const RENTAL_FIRST_N = 41; // lots n°41..55 of each building are rented (15 × 200 = 3 000)
const RENTAL_PER_BUILDING = 15;

/**
 * `count` distinct co-owners who sign in with BENCH_PASSWORD (of the 10 000 with access, logins
 * COPRO000101…): the sign-in scenario signs each request in as the next one, as many people do.
 */
export function coOwnerLogins(count: number): string[] {
  if (count > 10_000) throw new Error('10 000 co-owners have a sign-in');
  return Array.from({ length: count }, (_, k) => `COPRO${String(COOWNERS_FROM + k).padStart(6, '0')}`);
}

/** Lots (building index, lot number in building) of the three benchmark co-owners. */
const SPECIAL_LOTS: Record<number, [number, number][]> = {
  [CO3]: [
    [1, 1],
    [1, 61],
    [2, 1],
  ],
  [CO8]: [
    [3, 1],
    [3, 2],
    [3, 61],
    [3, 81],
    [4, 1],
    [4, 61],
    [5, 1],
    [5, 81],
  ],
  [CO20]: [10, 11, 12, 13, 14].flatMap(
    (b) =>
      [
        [b, 1],
        [b, 2],
        [b, 61],
        [b, 81],
      ] as [number, number][],
  ),
};

const SURNAMES = `MARTIN BERNARD THOMAS PETIT ROBERT RICHARD DURAND DUBOIS MOREAU LAURENT SIMON MICHEL LEFEBVRE LEROY ROUX
DAVID BERTRAND MOREL FOURNIER GIRARD BONNET DUPONT LAMBERT FONTAINE ROUSSEAU VINCENT MULLER LEFEVRE FAURE ANDRE MERCIER BLANC
GUERIN BOYER GARNIER CHEVALIER FRANCOIS LEGRAND GAUTHIER GARCIA PERRIN ROBIN CLEMENT MORIN NICOLAS HENRY ROUSSEL MATHIEU GAUTIER
MASSON MARCHAND DUVAL DENIS DUMONT MARIE LEMAIRE NOEL MEYER DUFOUR MEUNIER BRUN BLANCHARD GIRAUD JOLY RIVIERE LUCAS BRUNET GAILLARD
BARBIER ARNAUD MARTINEZ GERARD ROCHE RENARD SCHMITT ROY LEROUX COLIN VIDAL CARON PICARD ROGER FABRE AUBERT LEMOINE RENAUD DUMAS
LACROIX OLIVIER PHILIPPE BOURGEOIS PIERRE BENOIT REY LECLERC PAYET ROLLAND LECLERCQ GUILLAUME LECOMTE LOPEZ JEAN DUPUY GUILLOT
HUBERT BERGER CARPENTIER SANCHEZ DUPUIS MOULIN LOUIS DESCHAMPS HUET VASSEUR PEREZ BOUCHER FLEURY ROYER KLEIN JACQUET ADAM PARIS
POIRIER MARTY AUBRY GUYOT CARRE CHARLES RENAULT CHARPENTIER MENARD MAILLARD BARON BERTIN BAILLY HERVE SCHNEIDER FERNANDEZ COLLET
LEGER BOUVIER JULIEN PREVOST MILLET PERROT DANIEL COUSIN GERMAIN BRETON BESSON LANGLOIS REMY PELLETIER LEVEQUE PERRIER LEBLANC
BARRE LEBRUN MARCHAL WEBER MALLET HAMON BOULANGER JACOB MONNIER MICHAUD RODRIGUEZ GUICHARD GILLET ETIENNE GRONDIN POULAIN TESSIER
CHAUVIN BOUCHET GAY LEMAITRE BENARD MARECHAL HUMBERT REYNAUD ANTOINE HOARAU PERRET BARTHELEMY CORDIER PICHON LEJEUNE GILBERT LAMY
DELAUNAY PASQUIER CARLIER LAPORTE`
  .split(/\s+/)
  .concat(['LE GALL', 'LE ROUX', 'LE GOFF', 'DA SILVA', 'DE OLIVEIRA', 'ALOXE CORTON']);

const MALE = `Jean Pierre Michel André Philippe Jacques Bernard Alain Patrick Nicolas Christophe Stéphane Julien Thomas Lucas Hugo
Louis Gabriel Arthur Jules Raphaël Antoine Mathieu Sébastien Jérôme Frédéric Grégoire Benoît Yves Hervé Gérard Daniel Paul Henri
Joël Noël Gaël Loïc François Émile Léon Rémi Cédric Olivier`.split(/\s+/);
const FEMALE = `Marie Nathalie Isabelle Sylvie Catherine Françoise Christine Monique Hélène Élise Céline Camille Léa Chloé Manon Émilie
Aurélie Sandrine Valérie Véronique Anne Claire Sophie Laure Agnès Thérèse Geneviève Odile Denise Lucie Margaux Inès Zoé Noémie
Océane Maëlle Anaïs Brigitte Martine Josiane`.split(/\s+/);
const COMPANY = ['LES TILLEULS', 'DU PARC', 'BELLEVUE', 'STANISLAS', 'LES ACACIAS', 'DU LAC', 'FAMILLE MARTIN', 'HORIZON', 'LES CÈDRES', 'SAINT-EPVRE'];
const STREETS = [
  'rue de la République',
  'avenue Foch',
  'rue Saint-Dizier',
  'boulevard Clemenceau',
  'rue Gilbert',
  'rue des Carmes',
  'rue Stanislas',
  'cours Léopold',
  'rue de Metz',
  'avenue du Général Leclerc',
  "rue Jeanne d'Arc",
  'quai Claude le Lorrain',
  'rue Charles III',
  'rue de la Hache',
  'place Carnot',
  'rue Lafayette',
];
const CITIES = [
  ['NANCY', '54000'],
  ['VANDOEUVRE-LES-NANCY', '54500'],
  ['LAXOU', '54520'],
  ['VILLERS-LES-NANCY', '54600'],
  ['MAXEVILLE', '54320'],
  ['ESSEY-LES-NANCY', '54270'],
  ['METZ', '57000'],
  ['TOUL', '54200'],
  ['LUNEVILLE', '54300'],
  ['PARIS', '75011'],
];
const RESIDENCES = [
  'Les Tilleuls',
  'Le Stanislas',
  'Les Jardins de la Pépinière',
  'Le Carnot',
  'Villa Majorelle',
  'Le Lafayette',
  'Les Hauts de Laxou',
  'Le Clos Saint-Pierre',
  'Résidence Gilbert',
  'Le Belvédère',
  'Les Cordeliers',
  'Le Trois Maisons',
];

const lit = (value: string) => `'${value.replace(/'/g, "''")}'`;
const arr = (values: string[]) => `ARRAY[${values.map(lit).join(',')}]`;
/** A deterministic pseudo-random non-negative integer from an index expression and a salt. */
const h = (expr: string, salt: number) => `(hashint8((${expr})::bigint * 1000003 + ${salt}) & 2147483647)`;
/** Pick from a literal array with a hash. */
const pick = (values: string[], expr: string, salt: number) => `(${arr(values)})[1 + ${h(expr, salt)} % ${values.length}]`;

export async function generateAgency(database: Database, options: GenerateOptions): Promise<Generated> {
  const B = options.buildings ?? 200;
  const N = options.lotsPerBuilding ?? 100;
  const P = options.persons ?? 30_000;
  const LOTS = B * N;
  const E = options.ledgerEntries;
  if (N !== 100 || B < 20 || P < 20_200) throw new Error('generate.ts assumes 100 lots a building, ≥ 20 buildings and ≥ 20 200 persons');
  const A = randomUUID();
  const gerance = randomUUID();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const steps: Generated['steps'] = [];

  const lotIdx = (b: number, n: number) => (b - 1) * N + n;
  const special = Object.entries(SPECIAL_LOTS).flatMap(([person, lots]) => lots.map(([b, n]) => `(${lotIdx(b, n)}, ${person})`));

  const statements: [string, string][] = [
    [
      'agency',
      `
      INSERT INTO agencies (id, code, name, address) VALUES ('${A}', 'BENCH', 'Agence Benchmark', '1, place Stanislas, 54000 NANCY');
      INSERT INTO agency_settings (agency_id) VALUES ('${A}');
      INSERT INTO entities (agency_id, id, code, kind, name) VALUES ('${A}', '${gerance}', 'G001', 'GERANCE', 'Gérance Benchmark');`,
    ],

    // Persons: surname (sometimes compound) + first name, couples, a few SCI: varied trigrams.
    [
      'persons',
      `
      CREATE TEMP TABLE bp (idx int PRIMARY KEY, id uuid NOT NULL) ON COMMIT DROP;
      INSERT INTO bp SELECT i, gen_random_uuid() FROM generate_series(1, ${P}) i;
      ANALYZE bp;
      INSERT INTO persons (agency_id, id, civility, display_name, address_line1, postal_code, city, emails, phones)
      SELECT '${A}', bp.id, x.civility, x.name,
             (1 + ${h('bp.idx', 7)} % 120) || ', ' || ${pick(STREETS, 'bp.idx', 8)},
             (${arr(CITIES.map((c) => c[1]))})[1 + ${h('bp.idx', 9)} % ${CITIES.length}],
             (${arr(CITIES.map((c) => c[0]))})[1 + ${h('bp.idx', 9)} % ${CITIES.length}],
             ARRAY['client' || bp.idx || '@example.org'], ARRAY['06 ' || lpad((${h('bp.idx', 10)} % 100000000)::text, 8, '0')]
      FROM bp, LATERAL (
        SELECT ${pick(SURNAMES, 'bp.idx', 1)} AS s1, ${pick(SURNAMES, 'bp.idx', 2)} AS s2,
               ${pick(MALE, 'bp.idx', 3)} AS m, ${pick(FEMALE, 'bp.idx', 4)} AS f, ${h('bp.idx', 5)} % 100 AS kind
      ) r, LATERAL (
        SELECT CASE
          WHEN bp.idx = ${MANAGER} THEN 'Madame'
          WHEN bp.idx IN (${CO3}, ${CO8}, ${CO20}) THEN 'Monsieur'
          WHEN r.kind < 2 THEN ''
          WHEN r.kind < 10 THEN 'Madame et Monsieur'
          WHEN r.kind % 2 = 0 THEN 'Madame' ELSE 'Monsieur' END AS civility,
        CASE
          WHEN bp.idx = ${MANAGER} THEN 'GESTIONNAIRE Bench'
          WHEN bp.idx = ${CO3} THEN 'BENCHMARK Trois'
          WHEN bp.idx = ${CO8} THEN 'BENCHMARK Huit'
          WHEN bp.idx = ${CO20} THEN 'BENCHMARK Vingt'
          WHEN r.kind < 2 THEN 'SCI ' || ${pick(COMPANY, 'bp.idx', 6)}
          WHEN r.kind < 10 THEN r.s1 || ' ' || r.m || ' et ' || r.f
          WHEN r.kind < 17 THEN r.s1 || '-' || r.s2 || ' ' || CASE WHEN r.kind % 2 = 0 THEN r.f ELSE r.m END
          ELSE r.s1 || ' ' || CASE WHEN r.kind % 2 = 0 THEN r.f ELSE r.m END END AS name
      ) x;`,
    ],

    // One syndicate entity and one allocation key ("010 charges communes générales") per building.
    [
      'buildings',
      `
      CREATE TEMP TABLE bb (idx int PRIMARY KEY, id uuid NOT NULL, entity_id uuid NOT NULL, key_id uuid NOT NULL, code text NOT NULL) ON COMMIT DROP;
      INSERT INTO bb SELECT b, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'IMM' || lpad(b::text, 4, '0') FROM generate_series(1, ${B}) b;
      ANALYZE bb;
      INSERT INTO entities (agency_id, id, code, kind, name)
      SELECT '${A}', entity_id, 'S' || lpad(idx::text, 4, '0'), 'SYNDIC', 'Syndicat ' || code FROM bb;
      INSERT INTO buildings (agency_id, id, code, name, address_line1, postal_code, city, syndicate_entity_id)
      SELECT '${A}', id, code, ${pick(RESIDENCES, 'idx', 11)} || ' ' || idx, (1 + idx % 90) || ', ' || ${pick(STREETS, 'idx', 12)}, '54000', 'NANCY', entity_id FROM bb;
      INSERT INTO allocation_keys (agency_id, id, building_id, code, label)
      SELECT '${A}', key_id, id, '010', 'CHARGES COMMUNES GENERALES' FROM bb;`,
    ],

    // 100 lots a building: 60 flats, 20 cellars, 15 parking spaces, 5 shops; tantièmes with 5 decimals.
    [
      'lots',
      `
      CREATE TEMP TABLE bl (idx int PRIMARY KEY, id uuid NOT NULL, b int NOT NULL, n int NOT NULL, type text NOT NULL) ON COMMIT DROP;
      INSERT INTO bl SELECT (b - 1) * ${N} + n, gen_random_uuid(), b, n,
        CASE WHEN n <= 60 THEN 'Appartement' WHEN n <= 80 THEN 'Cave' WHEN n <= 95 THEN 'Parking' ELSE 'Local commercial' END
      FROM generate_series(1, ${B}) b, generate_series(1, ${N}) n;
      ANALYZE bl;
      INSERT INTO lots (agency_id, id, building_id, code, type, floor, surface, rooms)
      SELECT '${A}', bl.id, bb.id, bb.code || '/' || lpad(bl.n::text, 3, '0'), bl.type,
        CASE bl.type WHEN 'Appartement' THEN ((bl.n - 1) / 10)::text WHEN 'Cave' THEN '-1' WHEN 'Parking' THEN '-2' ELSE '0' END,
        CASE bl.type WHEN 'Appartement' THEN 25 + ${h('bl.idx', 13)} % 90 WHEN 'Cave' THEN 4 + ${h('bl.idx', 13)} % 5
                     WHEN 'Parking' THEN 12 ELSE 60 + ${h('bl.idx', 13)} % 140 END,
        CASE WHEN bl.type = 'Appartement' THEN 1 + ${h('bl.idx', 14)} % 5 END
      FROM bl JOIN bb ON bb.idx = bl.b;
      INSERT INTO lot_shares (agency_id, allocation_key_id, lot_id, shares)
      SELECT '${A}', bb.key_id, bl.id, round((CASE bl.type WHEN 'Appartement' THEN 80 WHEN 'Cave' THEN 4 WHEN 'Parking' THEN 8 ELSE 120 END
        + (${h('bl.idx', 15)} % 6000000) / 100000.0)::numeric, 5)
      FROM bl JOIN bb ON bb.idx = bl.b;`,
    ],

    // Current co-owners: about 0.7 person a lot, so 1 or 2 neighbouring lots each; then the three
    // benchmark co-owners take their lots. One co-owner account (450…) per person and syndicate.
    [
      'ownerships',
      `
      CREATE TEMP TABLE bo (lot int PRIMARY KEY, person int NOT NULL) ON COMMIT DROP;
      INSERT INTO bo SELECT l, ${COOWNERS_FROM} + (l - 1) * 7 / 10 FROM generate_series(1, ${LOTS}) l;
      UPDATE bo SET person = s.person FROM (VALUES ${special.join(', ')}) AS s(lot, person) WHERE bo.lot = s.lot;
      ANALYZE bo;
      INSERT INTO accounts (agency_id, entity_id, person_id, number, label, kind)
      SELECT DISTINCT ON (bo.person, bb.entity_id) '${A}', bb.entity_id, bp.id, '450' || lpad(bo.person::text, 6, '0'), p.display_name, 'COOWNER'
      FROM bo JOIN bl ON bl.idx = bo.lot JOIN bb ON bb.idx = bl.b JOIN bp ON bp.idx = bo.person
      JOIN persons p ON p.agency_id = '${A}' AND p.id = bp.id;
      INSERT INTO ownerships (agency_id, lot_id, person_id, account_id, start_date)
      SELECT '${A}', bl.id, bp.id, a.id, date '2016-01-01' + (${h('bo.lot', 16)} % 3500)::int
      FROM bo JOIN bl ON bl.idx = bo.lot JOIN bb ON bb.idx = bl.b JOIN bp ON bp.idx = bo.person
      JOIN accounts a ON a.agency_id = '${A}' AND a.entity_id = bb.entity_id AND a.person_id = bp.id;
      INSERT INTO ownerships (agency_id, lot_id, person_id, start_date, end_date)
      SELECT '${A}', bl.id, bp.id, date '2005-03-01', date '2015-12-31'
      FROM generate_series(1, 2000) k JOIN bl ON bl.idx = 1 + (k - 1) * ${Math.floor(LOTS / 2000)} JOIN bp ON bp.idx = ${PAST_FROM} + k - 1;`,
    ],

    // Council: three co-owners of each building, the first one presides.
    [
      'council',
      `
      INSERT INTO council_memberships (agency_id, building_id, person_id, role, start_date)
      SELECT '${A}', bb.id, bp.id, CASE WHEN c = 0 THEN 'PRESIDENT'::council_role ELSE 'MEMBER'::council_role END, date '2023-06-15'
      FROM bb, generate_series(0, 2) c, bo, bp
      WHERE bo.lot = (bb.idx - 1) * ${N} + 11 + c * 2 AND bp.idx = bo.person;`,
    ],

    // Gérance: 1 000 owners under mandate (3 rented lots each, account 411…), 3 000 tenants (account 81…).
    [
      'mandates_leases',
      `
      CREATE TEMP TABLE br (r int PRIMARY KEY, lot int NOT NULL) ON COMMIT DROP;
      INSERT INTO br SELECT (b - 1) * ${RENTAL_PER_BUILDING} + k, (b - 1) * ${N} + ${RENTAL_FIRST_N} + k - 1
      FROM generate_series(1, ${B}) b, generate_series(1, ${RENTAL_PER_BUILDING}) k;
      ANALYZE br;
      INSERT INTO accounts (agency_id, entity_id, person_id, number, label, kind)
      SELECT '${A}', '${gerance}', bp.id, '411' || lpad(bp.idx::text, 6, '0'), p.display_name, 'OWNER'
      FROM bp JOIN persons p ON p.agency_id = '${A}' AND p.id = bp.id
      WHERE bp.idx BETWEEN ${MANDATE_OWNERS_FROM} AND ${MANDATE_OWNERS_FROM} + (SELECT (max(r) + 2) / 3 FROM br) - 1;
      INSERT INTO management_mandates (agency_id, code, owner_person_id, account_id, start_date)
      SELECT '${A}', 'M' || lpad(bp.idx::text, 6, '0'), bp.id, a.id, date '2012-01-01' + (${h('bp.idx', 17)} % 4000)::int
      FROM bp JOIN accounts a ON a.agency_id = '${A}' AND a.entity_id = '${gerance}' AND a.person_id = bp.id AND a.kind = 'OWNER';
      INSERT INTO mandate_lots (agency_id, mandate_id, lot_id)
      SELECT '${A}', m.id, bl.id FROM br JOIN bl ON bl.idx = br.lot
      JOIN bp ON bp.idx = ${MANDATE_OWNERS_FROM} + (br.r - 1) / 3
      JOIN management_mandates m ON m.agency_id = '${A}' AND m.owner_person_id = bp.id;
      INSERT INTO accounts (agency_id, entity_id, person_id, number, label, kind)
      SELECT '${A}', '${gerance}', bp.id, '81' || lpad(bp.idx::text, 6, '0'), p.display_name, 'TENANT'
      FROM br JOIN bp ON bp.idx = ${TENANTS_FROM} + br.r - 1 JOIN persons p ON p.agency_id = '${A}' AND p.id = bp.id;
      INSERT INTO leases (agency_id, lot_id, tenant_person_id, account_id, start_date, notice_date, departure_date)
      SELECT '${A}', bl.id, bp.id, a.id, date '2019-01-01' + (${h('br.r', 18)} % 2000)::int,
        CASE WHEN br.r % 10 = 0 THEN date '2024-01-15' END, CASE WHEN br.r % 10 = 0 THEN date '2024-04-15' END
      FROM br JOIN bl ON bl.idx = br.lot JOIN bp ON bp.idx = ${TENANTS_FROM} + br.r - 1
      JOIN accounts a ON a.agency_id = '${A}' AND a.entity_id = '${gerance}' AND a.person_id = bp.id AND a.kind = 'TENANT';`,
    ],

    // Staff and sign-ins: the four known ones, plus 10 000 co-owners and 1 000 tenants with access,
    // so that the login lookup searches a realistic identities table; and four past (ended)
    // sessions each, so that the per-request session lookup is planned on a table of real size.
    [
      'identities',
      `
      INSERT INTO staff_members (agency_id, person_id) SELECT '${A}', id FROM bp WHERE idx = ${MANAGER};
      INSERT INTO identities (agency_id, person_id, login, password_hash, must_change_password)
      SELECT '${A}', bp.id, CASE WHEN bp.idx = ${MANAGER} THEN ${lit(LOGINS.manager)} WHEN bp.idx = ${CO3} THEN ${lit(LOGINS.coOwner3)}
        WHEN bp.idx = ${CO8} THEN ${lit(LOGINS.coOwner8)} WHEN bp.idx = ${CO20} THEN ${lit(LOGINS.coOwner20)}
        WHEN bp.idx = ${HOLDER} THEN ${lit(LOGINS.holder)} WHEN bp.idx = ${COUNCIL} THEN ${lit(LOGINS.council)}
        WHEN bp.idx >= ${TENANTS_FROM} THEN 'LOC' || lpad(bp.idx::text, 6, '0') ELSE 'COPRO' || lpad(bp.idx::text, 6, '0') END,
        ${lit(passwordHash)}, false
      FROM bp WHERE bp.idx IN (${MANAGER}, ${CO3}, ${CO8}, ${CO20}, ${HOLDER}, ${COUNCIL})
        OR bp.idx BETWEEN ${COOWNERS_FROM} AND ${COOWNERS_FROM + 9999} OR bp.idx BETWEEN ${TENANTS_FROM} AND ${TENANTS_FROM + 999};
      INSERT INTO sessions (agency_id, token_hash, identity_id, created_at, last_seen_at, revoked_at)
      SELECT '${A}', md5(i.id::text || k) || md5(k || i.id::text), i.id, c.at, c.at + interval '25 minutes',
        CASE WHEN k % 2 = 0 THEN c.at + interval '25 minutes' END
      FROM identities i, generate_series(1, 4) k,
        LATERAL (SELECT timestamptz '2025-01-01' + (${h('hashtext(i.id::text) + k', 21)} % 400) * interval '1 day' AS at) c
      WHERE i.agency_id = '${A}';`,
    ],

    // Ledger: E entries spread evenly over every account, as (call or rent, payment) pairs about a
    // month apart; one payment in eight is partial so that balances are not all zero.
    [
      'ledger_entries',
      `
      WITH a AS (
        SELECT id, kind, row_number() OVER (ORDER BY number, id) AS rn, count(*) OVER () AS total
        FROM accounts WHERE agency_id = '${A}'
      )
      INSERT INTO ledger_entries (agency_id, account_id, entry_date, label, debit, credit, is_treasury)
      SELECT '${A}', a.id, date '2021-01-01' + (g / 2) * 30 + (g % 2) * 9,
        CASE WHEN g % 2 = 1 THEN 'Règlement' WHEN a.kind = 'COOWNER' THEN 'Appel de fonds ' || (g / 2 + 1)
             WHEN a.kind = 'TENANT' THEN 'Loyer et provisions ' || (g / 2 + 1) ELSE 'Reversement ' || (g / 2 + 1) END,
        CASE WHEN g % 2 = 0 THEN amount ELSE 0 END,
        CASE WHEN g % 2 = 0 THEN 0 WHEN ${h('a.rn * 1000 + g', 20)} % 8 = 0 THEN round(amount / 2, 2) ELSE amount END,
        g % 2 = 1
      FROM a, LATERAL generate_series(0, (${Math.floor(E)} / a.total - 1 + CASE WHEN a.rn <= ${Math.floor(E)} % a.total THEN 1 ELSE 0 END)::int) g,
        LATERAL (SELECT round((40 + ${h('a.rn * 1000 + g / 2', 19)} % 90000 / 100.0)::numeric, 2) AS amount) m;`,
    ],

    // The invariants appendEntries maintains: balance = Σ debit − Σ credit, and monthly totals
    // per account; one statement each instead of per-batch deltas.
    // Statement accounts: one owner account of 100 000 entries over 10 years (~27 a day) and one of
    // 100, held by a person with a sign-in. Before 'balances', which derives their invariants.
    [
      'statement_accounts',
      `
      INSERT INTO accounts (agency_id, entity_id, person_id, number, label, kind)
      SELECT '${A}', '${gerance}', bp.id, n.number, p.display_name, 'OWNER'
      FROM bp JOIN persons p ON p.agency_id = '${A}' AND p.id = bp.id, (VALUES ('${BIG_ACCOUNT}'), ('${SMALL_ACCOUNT}')) n(number)
      WHERE bp.idx = ${HOLDER};
      INSERT INTO ledger_entries (agency_id, account_id, entry_date, label, debit, credit, is_treasury)
      SELECT '${A}', a.id, date '2016-01-01' + (g::bigint * 3652 / n.total)::int,
        CASE WHEN g % 3 = 2 THEN 'Règlement ' || g ELSE 'Loyer encaissé ' || g END,
        CASE WHEN g % 3 = 2 THEN round((100 + ${h('g', 22)} % 150000 / 100.0)::numeric, 2) ELSE 0 END,
        CASE WHEN g % 3 = 2 THEN 0 ELSE round((40 + ${h('g', 23)} % 90000 / 100.0)::numeric, 2) END,
        g % 3 = 2
      FROM (VALUES ('${BIG_ACCOUNT}', ${STATEMENT_ENTRIES}), ('${SMALL_ACCOUNT}', 100)) n(number, total)
      JOIN accounts a ON a.agency_id = '${A}' AND a.entity_id = '${gerance}' AND a.number = n.number,
      LATERAL generate_series(0, n.total - 1) g;`,
    ],

    [
      'balances',
      `
      UPDATE accounts a SET balance = s.balance
      FROM (SELECT account_id, sum(debit) - sum(credit) AS balance FROM ledger_entries WHERE agency_id = '${A}' GROUP BY account_id) s
      WHERE a.agency_id = '${A}' AND a.id = s.account_id;
      INSERT INTO account_month_totals (agency_id, account_id, month, debit, credit, not_paid_back_debit, not_paid_back_credit)
      SELECT '${A}', account_id, date_trunc('month', entry_date)::date, sum(debit), sum(credit),
        coalesce(sum(debit) FILTER (WHERE is_analytic_not_paid_back), 0), coalesce(sum(credit) FILTER (WHERE is_analytic_not_paid_back), 0)
      FROM ledger_entries WHERE agency_id = '${A}' GROUP BY account_id, date_trunc('month', entry_date);`,
    ],

    // Works funds: every lot has its 105 line (ALUR fund), one in three a second 105 line, one in
    // four a 102 line (not published by default), one in ten a line at zero.
    [
      'works_funds',
      `
      INSERT INTO works_fund_lines (agency_id, lot_id, account_number, label, amount)
      SELECT '${A}', bl.id, w.number, w.label, w.amount
      FROM bl, LATERAL (VALUES
        ('105000', 'Fonds travaux loi ALUR', CASE WHEN bl.idx % 10 = 0 THEN 0 ELSE round((50 + ${h('bl.idx', 24)} % 200000 / 100.0)::numeric, 2) END, true),
        ('105100', 'Fonds travaux ravalement', round((20 + ${h('bl.idx', 25)} % 80000 / 100.0)::numeric, 2), bl.idx % 3 = 0),
        ('102000', 'Provisions travaux votés', round((10 + ${h('bl.idx', 26)} % 50000 / 100.0)::numeric, 2), bl.idx % 4 = 0)
      ) w(number, label, amount, present)
      WHERE w.present;`,
    ],

    // Fiscal years: 2025 (closed) and 2026 (open) for every syndicate; 5 000 expenses in one
    // building's open year over 16 expense accounts, and 20 a year in every other building.
    [
      'expenses',
      `
      INSERT INTO fiscal_years (agency_id, entity_id, code, start_date, end_date, is_open)
      SELECT '${A}', bb.entity_id, y.code, y.s, y.e, y.open FROM bb,
        (VALUES ('2025', date '2025-01-01', date '2025-12-31', false), ('2026', date '2026-01-01', date '2026-12-31', true)) y(code, s, e, open);
      INSERT INTO expenses (agency_id, external_id, fiscal_year_id, building_id, allocation_key_id, account_number, account_label, expense_date, label, amount, vat)
      SELECT '${A}', 'EXP-' || bb.idx || '-' || f.code || '-' || k, f.id, bb.id, bb.key_id,
        '6' || (10000 + (${h('bb.idx * 100000 + k', 27)} % 16) * 100)::text, 'Compte de charges ' || (${h('bb.idx * 100000 + k', 27)} % 16),
        f.start_date + (${h('bb.idx * 100000 + k', 28)} % 365)::int, 'Facture fournisseur ' || k,
        round((15 + ${h('bb.idx * 100000 + k', 29)} % 300000 / 100.0)::numeric, 2), round((${h('bb.idx * 100000 + k', 30)} % 50000 / 100.0)::numeric, 2)
      FROM bb JOIN fiscal_years f ON f.agency_id = '${A}' AND f.entity_id = bb.entity_id,
        LATERAL generate_series(1, CASE WHEN bb.idx = ${EXPENSE_BUILDING} AND f.is_open THEN ${EXPENSES} ELSE 20 END) k;
      INSERT INTO council_memberships (agency_id, building_id, person_id, role, start_date)
      SELECT '${A}', bb.id, bp.id, 'MEMBER'::council_role, date '2024-06-15' FROM bb, bp WHERE bb.idx = ${EXPENSE_BUILDING} AND bp.idx = ${COUNCIL};`,
    ],
  ];

  let personIdByLogin = {} as Generated['personIdByLogin'];
  let reports = {} as Generated['reports'];
  await database.db.transaction(async (tx) => {
    for (const [step, text] of statements) {
      const started = performance.now();
      // One statement at a time: PGlite's query() takes a single statement (extended protocol).
      for (const statement of text
        .split(/;\s*(?:\n|$)/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        await tx.execute(sql.raw(statement));
      }
      steps.push({ step, ms: Math.round(performance.now() - started) });
    }
    const rows = rowsOf<{ login: string; person_id: string }>(
      await tx.execute(sql.raw(`SELECT login, person_id FROM identities WHERE agency_id = '${A}' AND login IN (${Object.values(LOGINS).map(lit).join(',')})`)),
    );
    const byLogin = new Map(rows.map((row) => [row.login, row.person_id]));
    personIdByLogin = Object.fromEntries(Object.entries(LOGINS).map(([key, login]) => [key, byLogin.get(login)!])) as Generated['personIdByLogin'];
    const q = async <T>(text: string) => rowsOf<T>(await tx.execute(sql.raw(text)));
    const statementAccounts = await q<{ id: string; number: string }>(
      `SELECT id, number FROM accounts WHERE agency_id = '${A}' AND number IN ('${BIG_ACCOUNT}', '${SMALL_ACCOUNT}')`,
    );
    const bigAccountId = statementAccounts.find((a) => a.number === BIG_ACCOUNT)!.id;
    // The cursor the API would hand out after the entry 90 % into the account: (date, id, raw
    // running balance debit − credit after it, all earlier entries included).
    const [deep] = await q<{ d: string; id: number | string; b: string }>(`
      SELECT entry_date::text AS d, id, (sum(debit - credit) OVER (ORDER BY entry_date, id))::text AS b
      FROM ledger_entries WHERE agency_id = '${A}' AND account_id = '${bigAccountId}' ORDER BY entry_date, id OFFSET ${Math.floor(STATEMENT_ENTRIES * 0.9) - 1} LIMIT 1`);
    const [building] = await q<{ id: string }>(`SELECT id FROM bb WHERE idx = ${EXPENSE_BUILDING}`);
    const importAccounts = await q<{ entityCode: string; accountNumber: string; accountId: string }>(`
      SELECT e.code AS "entityCode", a.number AS "accountNumber", a.id AS "accountId"
      FROM accounts a JOIN entities e ON e.agency_id = a.agency_id AND e.id = a.entity_id
      WHERE a.agency_id = '${A}' AND a.kind = 'COOWNER' AND a.number >= '450${String(COOWNERS_FROM).padStart(6, '0')}' ORDER BY a.number, e.code LIMIT 300`);
    const smallAccountId = statementAccounts.find((a) => a.number === SMALL_ACCOUNT)!.id;
    // The API seals its cursors (HMAC of the server secret over the account, range and view): the
    // binding is computed by the API's own function from the account row and the agency's settings.
    const [settingsRow] = await tx.select({ values: agencySettings.values }).from(agencySettings).where(eq(agencySettings.agencyId, A));
    const settings = readSettings(settingsRow?.values);
    const accountRows = await tx
      .select()
      .from(accounts)
      .where(and(eq(accounts.agencyId, A), inArray(accounts.id, [bigAccountId, smallAccountId])));
    const cursorBindings = Object.fromEntries(accountRows.map((account) => [account.id, cursorBinding(account, accountView(account, settings), STATEMENT_RANGE)]));
    reports = {
      bigAccountId,
      smallAccountId,
      deepCursor: sealCursor(BENCH_CURSOR_SECRET, cursorBindings[bigAccountId], { d: deep.d, i: Number(deep.id), b: new Decimal(deep.b).toFixed(2) }),
      cursorBindings,
      expenseBuildingId: building.id,
      importAccounts,
    };
  });

  const counts: Record<string, number> = {};
  const tables = [
    'persons',
    'buildings',
    'lots',
    'lot_shares',
    'ownerships',
    'accounts',
    'ledger_entries',
    'account_month_totals',
    'management_mandates',
    'leases',
    'identities',
    'sessions',
    'council_memberships',
    'works_fund_lines',
    'fiscal_years',
    'expenses',
  ];
  const countRows = rowsOf<Record<string, number | string>>(
    await database.db.execute(sql.raw(`SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t} WHERE agency_id = '${A}') AS ${t}`).join(', ')}`)),
  )[0];
  for (const t of tables) counts[t] = Number(countRows[t]);
  const [check] = rowsOf<{ bad: number | string }>(
    await database.db.execute(
      sql.raw(`
    SELECT count(*) AS bad FROM accounts a WHERE a.agency_id = '${A}' AND a.balance <>
      (SELECT coalesce(sum(debit) - sum(credit), 0) FROM ledger_entries e WHERE e.agency_id = a.agency_id AND e.account_id = a.id)`),
    ),
  );
  if (Number(check.bad) !== 0) throw new Error(`${check.bad} accounts break balance = Σ debit − Σ credit`);
  const [months] = rowsOf<{ bad: number | string }>(
    await database.db.execute(
      sql.raw(`
    SELECT count(*) AS bad FROM accounts a WHERE a.agency_id = '${A}' AND a.balance <>
      (SELECT coalesce(sum(debit) - sum(credit), 0) FROM account_month_totals t WHERE t.agency_id = a.agency_id AND t.account_id = a.id)`),
    ),
  );
  if (Number(months.bad) !== 0) throw new Error(`${months.bad} accounts whose monthly totals do not add up to the balance`);
  return { agencyId: A, personIdByLogin, counts, steps, reports };
}

/**
 * Planner statistics, and on PostgreSQL a VACUUM too: after a bulk load the visibility map is
 * empty, so index-only scans would visit the heap until autovacuum runs; a steady-state
 * database has been vacuumed, so the benchmark measures that state.
 */
export async function analyze(database: Database): Promise<void> {
  await database.db.execute(sql.raw(database.driver === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE'));
}
