/**
 * The portfolio load of issue 8: 30 000 persons, 200 buildings (keys 010 and 020), 20 000 lots
 * with their two shares each, through the write API in batches of 5 000 as the manager, then the
 * same batches again (all unchanged). Each batch is timed and its SQL statements counted from the
 * server log, beside a floor: the same set-based statements sent directly (one INSERT … SELECT …
 * ON CONFLICT per table, references joined in), on other codes of the same agency.
 *
 *   BENCH_PORTFOLIO_SCALE=fraction of the sizes (1); 0 skips the scenario
 *
 * The floor runs before the server starts (PGlite allows one process a folder), the API after.
 */
import type { SqlClient } from './floor';
import type { BatchResult, DriverReport } from './report';
import { body, post, type ServerLog } from './scenarios';

const SCALE = Number(process.env.BENCH_PORTFOLIO_SCALE ?? 1);
export const PORTFOLIO_ENABLED = SCALE > 0;
const BATCH = 5_000;
const SIZES = { persons: Math.round(30_000 * SCALE), buildings: Math.max(1, Math.round(200 * SCALE)), lots: Math.round(20_000 * SCALE) };

const UPSERTS = {
  persons: `mutation BenchUpsertPersons($rows: [PersonInput!]!) { upsertPersons(persons: $rows) { created updated unchanged } }`,
  buildings: `mutation BenchUpsertBuildings($rows: [BuildingInput!]!) { upsertBuildings(buildings: $rows) { created updated unchanged } }`,
  keys: `mutation BenchUpsertKeys($rows: [AllocationKeyInput!]!) { upsertAllocationKeys(keys: $rows) { created updated unchanged } }`,
  lots: `mutation BenchUpsertLots($rows: [LotInput!]!) { upsertLots(lots: $rows) { created updated unchanged } }`,
};
type Kind = keyof typeof UPSERTS;
const FIELD: Record<Kind, string> = { persons: 'upsertPersons', buildings: 'upsertBuildings', keys: 'upsertAllocationKeys', lots: 'upsertLots' };
const ORDER: Kind[] = ['persons', 'buildings', 'keys', 'lots'];

const FIRST = ['Marie', 'Jean', 'Hélène', 'Luc', 'Chloé', 'Paul', 'Inès', 'Marc'];
const LAST = ['MARTIN', 'DUBOIS', 'LEFEBVRE', 'ROUX', 'CHEVALIER', 'GARNIER', 'NICOLAS', 'MOREAU'];

/** The batches of one side (`prefix` A: the API, F: the floor), in GraphQL input shape. */
function rows(prefix: string): Record<Kind, Record<string, unknown>[]> {
  const building = (b: number) => `${prefix}IMM${String(b).padStart(3, '0')}`;
  return {
    persons: Array.from({ length: SIZES.persons }, (_, i) => ({
      externalId: `${prefix}T${i}`,
      civility: i % 2 ? 'Madame' : 'Monsieur',
      displayName: `${LAST[i % LAST.length]}${i} ${FIRST[i % FIRST.length]}`,
      emails: [`tiers${i}@example.org`],
      phones: ['03 83 00 00 00'],
      postalAddress: { line1: `${i}, rue des Carmes`, line2: null, postalCode: '54000', city: 'NANCY' },
    })),
    buildings: Array.from({ length: SIZES.buildings }, (_, b) => ({
      code: building(b),
      name: `Résidence ${b}`,
      postalAddress: { line1: `${b}, rue Gilbert`, line2: null, postalCode: '54000', city: 'NANCY' },
      syndicateEntityCode: null,
    })),
    keys: Array.from({ length: SIZES.buildings }, (_, b) => [
      { buildingCode: building(b), code: '010', label: 'CHARGES COMMUNES GENERALES' },
      { buildingCode: building(b), code: '020', label: 'ASCENSEUR' },
    ]).flat(),
    lots: Array.from({ length: SIZES.lots }, (_, i) => {
      const b = i % SIZES.buildings;
      return {
        code: `${building(b)}/${String(i).padStart(5, '0')}`,
        buildingCode: building(b),
        type: i % 3 ? 'Appartement' : 'Cave',
        floor: String(i % 6),
        surface: '54.20',
        rooms: 2,
        shares: [
          { allocationKeyCode: '010', shares: `${(i % 97) + 1}.01420` },
          { allocationKeyCode: '020', shares: '10' },
        ],
      };
    }),
  };
}

const chunks = <T>(list: T[]): T[][] => Array.from({ length: Math.ceil(list.length / BATCH) }, (_, c) => list.slice(c * BATCH, (c + 1) * BATCH));

/** The floor's statements per kind: $1 the agency, $2 the batch as json (the API's own shapes, lookups joined in). */
const FLOOR_SQL: Record<Kind, string[]> = {
  persons: [
    `INSERT INTO persons (agency_id, external_id, civility, display_name, address_line1, address_line2, postal_code, city, emails, phones)
     SELECT $1, r."externalId", r.civility, r."displayName", x.a->>'line1', coalesce(x.a->>'line2', ''), x.a->>'postalCode', x.a->>'city', r.emails, r.phones
     FROM json_to_recordset($2::text::json) AS r("externalId" text, civility text, "displayName" text, "postalAddress" json, emails text[], phones text[])
     CROSS JOIN LATERAL (SELECT r."postalAddress" AS a) x
     ON CONFLICT (agency_id, external_id) DO UPDATE SET civility = excluded.civility, display_name = excluded.display_name, address_line1 = excluded.address_line1,
       address_line2 = excluded.address_line2, postal_code = excluded.postal_code, city = excluded.city, emails = excluded.emails, phones = excluded.phones
     WHERE (persons.civility, persons.display_name, persons.address_line1, persons.address_line2, persons.postal_code, persons.city, persons.emails, persons.phones)
       IS DISTINCT FROM (excluded.civility, excluded.display_name, excluded.address_line1, excluded.address_line2, excluded.postal_code, excluded.city, excluded.emails, excluded.phones)
     RETURNING (xmax = 0) AS inserted`,
  ],
  buildings: [
    `INSERT INTO buildings (agency_id, code, name, address_line1, address_line2, postal_code, city)
     SELECT $1, r.code, r.name, x.a->>'line1', coalesce(x.a->>'line2', ''), x.a->>'postalCode', x.a->>'city'
     FROM json_to_recordset($2::text::json) AS r(code text, name text, "postalAddress" json)
     CROSS JOIN LATERAL (SELECT r."postalAddress" AS a) x
     ON CONFLICT (agency_id, code) DO UPDATE SET name = excluded.name, address_line1 = excluded.address_line1, address_line2 = excluded.address_line2,
       postal_code = excluded.postal_code, city = excluded.city
     WHERE (buildings.name, buildings.address_line1, buildings.address_line2, buildings.postal_code, buildings.city)
       IS DISTINCT FROM (excluded.name, excluded.address_line1, excluded.address_line2, excluded.postal_code, excluded.city)
     RETURNING (xmax = 0) AS inserted`,
  ],
  keys: [
    `INSERT INTO allocation_keys (agency_id, building_id, code, label)
     SELECT $1, b.id, r.code, r.label FROM json_to_recordset($2::text::json) AS r("buildingCode" text, code text, label text)
     JOIN buildings b ON b.agency_id = $1 AND b.code = r."buildingCode"
     ON CONFLICT (agency_id, building_id, code) DO UPDATE SET label = excluded.label WHERE allocation_keys.label IS DISTINCT FROM excluded.label
     RETURNING (xmax = 0) AS inserted`,
  ],
  lots: [
    `INSERT INTO lots (agency_id, building_id, code, type, floor, surface, rooms)
     SELECT $1, b.id, r.code, r.type, r.floor, r.surface, r.rooms
     FROM json_to_recordset($2::text::json) AS r(code text, "buildingCode" text, type text, floor text, surface numeric, rooms int)
     JOIN buildings b ON b.agency_id = $1 AND b.code = r."buildingCode"
     ON CONFLICT (agency_id, code) DO UPDATE SET type = excluded.type, floor = excluded.floor, surface = excluded.surface, rooms = excluded.rooms
     WHERE (lots.type, lots.floor, lots.surface, lots.rooms) IS DISTINCT FROM (excluded.type, excluded.floor, excluded.surface, excluded.rooms)
     RETURNING (xmax = 0) AS inserted`,
    `INSERT INTO lot_shares (agency_id, allocation_key_id, lot_id, shares)
     SELECT $1, k.id, l.id, (s->>'shares')::numeric
     FROM json_to_recordset($2::text::json) AS r(code text, "buildingCode" text, shares json)
     CROSS JOIN LATERAL json_array_elements(r.shares) s
     JOIN lots l ON l.agency_id = $1 AND l.code = r.code
     JOIN allocation_keys k ON k.agency_id = $1 AND k.building_id = l.building_id AND k.code = s->>'allocationKeyCode'
     ON CONFLICT (agency_id, allocation_key_id, lot_id) DO UPDATE SET shares = excluded.shares WHERE lot_shares.shares IS DISTINCT FROM excluded.shares
     RETURNING lot_id`,
  ],
};

const scenarioOf = (kind: Kind, pass: number) => `${FIELD[kind]} (${pass === 0 ? 'new' : 'unchanged'})`;

function resultsFor(): Map<string, BatchResult> {
  const results = new Map<string, BatchResult>();
  for (let pass = 0; pass < 2; pass++) {
    for (const kind of ORDER) {
      const sizes = chunks(rows('A')[kind]).map((chunk) => chunk.length);
      results.set(scenarioOf(kind, pass), {
        scenario: scenarioOf(kind, pass),
        rows: Math.max(...sizes),
        seconds: [],
        statements: [],
        floorSeconds: [],
        floorStatements: FLOOR_SQL[kind].length,
      });
    }
  }
  return results;
}

/** The floor: every batch, twice, each in its own transaction, timed. */
export async function portfolioFloor(client: SqlClient, agencyId: string): Promise<Map<string, number[]>> {
  const seconds = new Map<string, number[]>();
  const data = rows('F');
  for (let pass = 0; pass < 2; pass++) {
    for (const kind of ORDER) {
      const times: number[] = [];
      for (const chunk of chunks(data[kind])) {
        const batch = JSON.stringify(chunk);
        const t0 = performance.now();
        await client.transaction(async (tx) => {
          for (const text of FLOOR_SQL[kind]) await tx.query(text, [agencyId, batch]);
        });
        times.push((performance.now() - t0) / 1000);
      }
      seconds.set(scenarioOf(kind, pass), times);
    }
  }
  return seconds;
}

/** The API: every batch, twice, as the manager; the second pass must answer all unchanged. */
export async function portfolioLoad(
  report: DriverReport,
  server: { baseUrl: string; log: ServerLog },
  cookie: string,
  floorSeconds: Map<string, number[]>,
): Promise<BatchResult[]> {
  const results = resultsFor();
  const data = rows('A');
  for (let pass = 0; pass < 2; pass++) {
    for (const kind of ORDER) {
      const result = results.get(scenarioOf(kind, pass))!;
      result.floorSeconds = floorSeconds.get(result.scenario) ?? [];
      for (const [c, chunk] of chunks(data[kind]).entries()) {
        const offset = server.log.size;
        const t0 = performance.now();
        const answer = await post(server.baseUrl, body(UPSERTS[kind], { rows: chunk }), cookie);
        result.seconds.push((performance.now() - t0) / 1000);
        const tally = answer.data?.[FIELD[kind]] as { created: number; updated: number; unchanged: number } | undefined;
        const expected = pass === 0 ? tally?.created : tally?.unchanged;
        if (answer.errors?.length || expected !== chunk.length) throw new Error(`${result.scenario} batch ${c}: ${JSON.stringify(answer.errors ?? answer.data).slice(0, 500)}`);
        result.statements.push(await server.log.statementsOf(answer.requestId, offset));
      }
    }
  }
  const batches = [...results.values()];
  const med = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  for (const batch of batches) {
    report.checks.push({
      check: `${batch.scenario}: SQL statements a batch do not depend on its size`,
      ok: new Set(batch.statements).size === 1,
      detail: `${[...new Set(batch.statements)].join(', ')} (floor ${batch.floorStatements}); ${batch.seconds.map((s) => s.toFixed(2)).join(' / ')} s, median ${med(batch.seconds).toFixed(2)} s vs floor ${med(batch.floorSeconds).toFixed(2)} s`,
    });
  }
  if (report.driver === 'postgres') {
    const news = batches.filter((b) => b.scenario.endsWith('(new)')).flatMap((b) => b.seconds);
    const unchanged = batches.filter((b) => b.scenario.endsWith('(unchanged)')).flatMap((b) => b.seconds);
    report.checks.push({
      check: 'target: each portfolio batch of 5 000 under 2 s on PostgreSQL',
      ok: Math.max(...news, ...unchanged) < 2,
      detail: `slowest ${Math.max(...news, ...unchanged).toFixed(2)} s`,
    });
    report.checks.push({
      check: 'target: an unchanged portfolio batch under 1 s on PostgreSQL',
      ok: Math.max(...unchanged) < 1,
      detail: `slowest ${Math.max(...unchanged).toFixed(2)} s`,
    });
  }
  return batches;
}
