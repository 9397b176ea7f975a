import { Decimal } from 'decimal.js';
import { and, eq, isNull, like, ne, or, sql } from 'drizzle-orm';
import { scope } from '../auth/policy';
import * as t from '../db/schema';
import type { Ctx } from '../graphql/context';

export interface WorksFundLine {
  accountNumber: string;
  label: string;
  amount: string;
}

/**
 * The works funds of a co-owner's current lots (manual: "Fonds travaux", "Publier le fonds
 * travaux attaché au lot (compte 105)", "Publier les comptes 102xxx"): 105xxx lines, plus 102xxx
 * when the agency enables them; lines at zero are not shown; totals per lot and per building.
 * One statement, which also reads the lot and building rows and primes the by-id loaders with
 * those the viewer may see (each loader's own row scope, evaluated in the same statement), so
 * `building { … }` and `lot { … }` cost no statement. The caller has checked that the viewer may
 * read this person's finances.
 */
export async function worksFundsOf(ctx: Ctx, agencyId: string, personId: string) {
  const settings = await ctx.loaders.settings.load(agencyId);
  const w = t.worksFundLines;
  const prefixes = settings?.worksFundIncludes102 ? or(like(w.accountNumber, '105%'), like(w.accountNumber, '102%')) : like(w.accountNumber, '105%');
  const rows = await ctx.db
    .select({
      lot: t.lots,
      building: t.buildings,
      lotVisible: sql<boolean>`(${scope.lots(ctx.actor)})`,
      buildingVisible: sql<boolean>`(${scope.buildings(ctx.actor)})`,
      accountNumber: w.accountNumber,
      label: w.label,
      amount: sql<string | null>`${w.amount}::text`,
    })
    .from(t.ownerships)
    .innerJoin(t.lots, and(eq(t.lots.agencyId, t.ownerships.agencyId), eq(t.lots.id, t.ownerships.lotId)))
    .innerJoin(t.buildings, and(eq(t.buildings.agencyId, t.lots.agencyId), eq(t.buildings.id, t.lots.buildingId)))
    .leftJoin(w, and(eq(w.agencyId, t.lots.agencyId), eq(w.lotId, t.lots.id), ne(w.amount, '0'), prefixes))
    .where(and(eq(t.ownerships.agencyId, agencyId), eq(t.ownerships.personId, personId), or(isNull(t.ownerships.endDate), sql`${t.ownerships.endDate} > current_date`)))
    .orderBy(t.buildings.code, t.lots.code, w.accountNumber);
  const buildings = new Map<string, { buildingId: string; lots: Map<string, { lotId: string; lines: WorksFundLine[]; total: Decimal }>; total: Decimal }>();
  for (const row of rows) {
    let building = buildings.get(row.building.id);
    if (!building) {
      building = { buildingId: row.building.id, lots: new Map(), total: new Decimal(0) };
      buildings.set(row.building.id, building);
      if (row.buildingVisible) ctx.loaders.buildingById.prime(row.building.id, row.building);
    }
    let lot = building.lots.get(row.lot.id);
    if (!lot) {
      lot = { lotId: row.lot.id, lines: [], total: new Decimal(0) };
      building.lots.set(row.lot.id, lot);
      if (row.lotVisible) ctx.loaders.lotById.prime(row.lot.id, row.lot);
    }
    if (row.accountNumber && row.amount) {
      lot.lines.push({ accountNumber: row.accountNumber, label: row.label ?? '', amount: new Decimal(row.amount).toFixed(2) });
      lot.total = lot.total.plus(row.amount);
      building.total = building.total.plus(row.amount);
    }
  }
  return [...buildings.values()].map((b) => ({
    buildingId: b.buildingId,
    total: b.total.toFixed(2),
    lots: [...b.lots.values()].map((l) => ({ lotId: l.lotId, lines: l.lines, total: l.total.toFixed(2) })),
  }));
}
