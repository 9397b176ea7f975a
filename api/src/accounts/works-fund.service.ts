import { sql } from 'drizzle-orm';
import { assertCan, scope } from '../auth/policy';
import { scopeValues } from '../auth/scope-helpers';
import { runCompiled } from '../db/compiled';
import { rowsOf } from '../db/client';
import * as t from '../db/schema';
import type { Ctx } from '../graphql/context';
import { rowReader } from '../graphql/loaders';
import { centsOf, formatCents } from './cents';

export interface WorksFundLine {
  accountNumber: string;
  label: string;
  amount: string;
  updatedAt: Date;
}

// The loaders' row readers, keyed "lots.<column>" and "buildings.<column>" (two tables share column names).
const LOT = rowReader(t.lots, 'lots.');
const BUILDING = rowReader(t.buildings, 'buildings.');

interface Row {
  lot_visible: boolean;
  building_visible: boolean;
  account_number: string | null;
  label: string | null;
  amount: string | null;
  updated_at: string | Date | null;
  [column: string]: unknown;
}

/** A building's fund being summed, in exact cents, from rows ordered by lot then account. */
interface FundSum {
  buildingId: string;
  lots: Map<string, { lotId: string; lines: WorksFundLine[]; total: bigint }>;
  total: bigint;
  asOf: Date | null;
}

function newFund(buildingId: string): FundSum {
  return { buildingId, lots: new Map(), total: 0n, asOf: null };
}

/** Adds a row's lot, and its line when it has one (a lot without lines still shows); true when the lot is new. */
function addRow(fund: FundSum, lotId: string, row: Row): boolean {
  let lot = fund.lots.get(lotId);
  const isNew = !lot;
  if (!lot) {
    lot = { lotId, lines: [], total: 0n };
    fund.lots.set(lotId, lot);
  }
  if (row.account_number && row.amount) {
    // PGlite returns a Date, postgres.js a string for a raw timestamptz.
    const updatedAt = new Date(row.updated_at ?? 0);
    const cents = centsOf(row.amount);
    lot.lines.push({ accountNumber: row.account_number, label: row.label ?? '', amount: formatCents(cents), updatedAt });
    if (!fund.asOf || updatedAt > fund.asOf) fund.asOf = updatedAt;
    lot.total += cents;
    fund.total += cents;
  }
  return isNew;
}

/** The fund as the API answers it: totals printed to the cent. */
function printed(fund: FundSum) {
  return {
    buildingId: fund.buildingId,
    total: formatCents(fund.total),
    asOf: fund.asOf,
    lots: [...fund.lots.values()].map((l) => ({ lotId: l.lotId, lines: l.lines, total: formatCents(l.total) })),
  };
}

/** The works-fund accounts shown: 105xxx, and 102xxx when the agency publishes them. */
function fundAccounts(includes102: boolean) {
  return includes102 ? sql`(w.account_number LIKE '105%' OR w.account_number LIKE '102%')` : sql`w.account_number LIKE '105%'`;
}

/**
 * The works funds of a co-owner's current lots (manual: "Fonds travaux", "Publier le fonds
 * travaux attaché au lot (compte 105)", "Publier les comptes 102xxx"): 105xxx lines, plus 102xxx
 * when the agency enables them; lines at zero are not shown; totals per lot and per building.
 * One statement, which also reads the lot and building rows and primes the by-id loaders with
 * those the viewer may see (each loader's own row scope, evaluated in the same statement), so
 * `building { … }` and `lot { … }` cost no statement. The caller has checked that the viewer may
 * read this person's finances. The figures are dated by the latest load among the lines shown.
 */
export async function worksFundsOf(ctx: Ctx, agencyId: string, personId: string) {
  // Whose funds is the field guard's (person.readFinancials); whether the module is on is this rule's.
  assertCan(ctx.actor, 'worksFund.read');
  const includes102 = ctx.settings.worksFundIncludes102;
  const [lotShape, buildingShape] = [scope.lots.shapeOf(ctx.actor), scope.buildings.shapeOf(ctx.actor)];
  // Compiled once per scope shapes and setting (runCompiled); tables keep their own names (no alias): the row scopes name them so.
  const rows = await runCompiled<Row>(
    ctx.db,
    `worksFundsOf|${lotShape}|${buildingShape}|${includes102}`,
    () => sql`
    SELECT ${LOT.list}, ${BUILDING.list}, (${scope.lots.template(lotShape)}) AS lot_visible, (${scope.buildings.template(buildingShape)}) AS building_visible,
      w.account_number, w.label, w.amount::text AS amount, w.updated_at
    FROM ${t.ownerships} o
    JOIN ${t.lots} ON lots.agency_id = o.agency_id AND lots.id = o.lot_id
    JOIN ${t.buildings} ON buildings.agency_id = lots.agency_id AND buildings.id = lots.building_id
    LEFT JOIN ${t.worksFundLines} w ON w.agency_id = lots.agency_id AND w.lot_id = lots.id AND w.amount <> 0
      AND ${fundAccounts(includes102)}
    WHERE o.agency_id = ${sql.placeholder('agencyId')} AND o.person_id = ${sql.placeholder('personId')} AND (o.end_date IS NULL OR o.end_date > current_date) -- the current-ownership rule (db/current.ts), on the alias
    ORDER BY buildings.code, lots.code, w.account_number`,
    { ...scopeValues(ctx.actor), agencyId, personId },
  );
  const buildings = new Map<string, FundSum>();
  for (const row of rows) {
    const buildingId = row['buildings.id'] as string;
    let building = buildings.get(buildingId);
    if (!building) {
      building = newFund(buildingId);
      buildings.set(buildingId, building);
      if (row.building_visible) ctx.loaders.buildingById.prime(buildingId, BUILDING.read(row));
    }
    const lotId = row['lots.id'] as string;
    if (addRow(building, lotId, row) && row.lot_visible) ctx.loaders.lotById.prime(lotId, LOT.read(row));
  }
  return [...buildings.values()].map(printed);
}

/**
 * The works funds of a whole building (the manager's building page): the lots holding a fund line
 * not at zero, their lines and totals, and the building's total. One statement, which primes
 * `lotById` like `worksFundsOf`. The caller has checked `building.readWorksFund`.
 */
export async function worksFundOfBuilding(ctx: Ctx, building: typeof t.buildings.$inferSelect) {
  ctx.loaders.buildingById.prime(building.id, building); // `fund.building` is the parent itself
  const prefixes = fundAccounts(ctx.settings.worksFundIncludes102);
  const result = await ctx.db.execute(sql`
    SELECT ${LOT.list}, w.account_number, w.label, w.amount::text AS amount, w.updated_at
    FROM ${t.lots}
    JOIN ${t.worksFundLines} w ON w.agency_id = lots.agency_id AND w.lot_id = lots.id AND w.amount <> 0 AND ${prefixes}
    WHERE lots.agency_id = ${building.agencyId} AND lots.building_id = ${building.id} AND ${scope.lots(ctx.actor)}
    ORDER BY lots.code, w.account_number`);
  const fund = newFund(building.id);
  for (const row of rowsOf<Row>(result)) {
    const lotId = row['lots.id'] as string;
    if (addRow(fund, lotId, row)) ctx.loaders.lotById.prime(lotId, LOT.read(row));
  }
  return printed(fund);
}
