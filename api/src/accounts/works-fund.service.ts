import { Decimal } from 'decimal.js';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/client';
import type { Ctx } from '../graphql/context';

export interface WorksFundLine {
  accountNumber: string;
  label: string;
  amount: string;
}

interface Row {
  building_id: string;
  lot_id: string;
  account_number: string | null;
  label: string | null;
  amount: string | null;
}

/**
 * The works funds of a co-owner's current lots (manual: "Fonds travaux", "Publier le fonds
 * travaux attaché au lot (compte 105)", "Publier les comptes 102xxx"): 105xxx lines, plus 102xxx
 * when the agency enables them; lines at zero are not shown; totals per lot and per building.
 * One statement; the caller has checked that the viewer may read this person's finances.
 */
export async function worksFundsOf(ctx: Ctx, agencyId: string, personId: string) {
  const prefixes = ctx.settings.worksFundIncludes102 ? sql`(w.account_number LIKE '105%' OR w.account_number LIKE '102%')` : sql`w.account_number LIKE '105%'`;
  const result = await ctx.db.execute(sql`
    SELECT l.building_id, l.id AS lot_id, w.account_number, w.label, w.amount::text AS amount
    FROM ownerships o
    JOIN lots l ON l.agency_id = o.agency_id AND l.id = o.lot_id
    JOIN buildings b ON b.agency_id = l.agency_id AND b.id = l.building_id
    LEFT JOIN works_fund_lines w ON w.agency_id = l.agency_id AND w.lot_id = l.id AND w.amount <> 0 AND ${prefixes}
    WHERE o.agency_id = ${agencyId} AND o.person_id = ${personId} AND (o.end_date IS NULL OR o.end_date > current_date)
    ORDER BY b.code, l.code, w.account_number`);
  const buildings = new Map<string, { buildingId: string; lots: Map<string, { lotId: string; lines: WorksFundLine[]; total: Decimal }>; total: Decimal }>();
  for (const row of rowsOf<Row>(result)) {
    const building = buildings.get(row.building_id) ?? { buildingId: row.building_id, lots: new Map(), total: new Decimal(0) };
    buildings.set(row.building_id, building);
    const lot = building.lots.get(row.lot_id) ?? { lotId: row.lot_id, lines: [], total: new Decimal(0) };
    building.lots.set(row.lot_id, lot);
    if (row.account_number && row.amount) {
      lot.lines.push({ accountNumber: row.account_number, label: row.label ?? '', amount: new Decimal(row.amount).toFixed(2) });
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
