import type { ImportKindSpec } from '../import-kind';
import { leasesKind } from './leases.kind';
import { lotsKind } from './lots.kind';
import { ownershipsKind } from './ownerships.kind';
import { personsKind } from './persons.kind';
import { worksFundLinesKind } from './works-fund-lines.kind';

/**
 * Every CSV import kind, once: the GraphQL enum `ImportKind`, the page's list and the templates
 * come from here. A kind whose batch service is not written yet (`run: null`) is not offered.
 */
export const IMPORT_KIND_SPECS = {
  PERSONS: personsKind,
  LOTS: lotsKind,
  OWNERSHIPS: ownershipsKind,
  LEASES: leasesKind,
  WORKS_FUND_LINES: worksFundLinesKind,
} satisfies Record<string, ImportKindSpec<never>>;

export type ImportKindName = keyof typeof IMPORT_KIND_SPECS;

export function specOf(kind: ImportKindName): ImportKindSpec {
  return IMPORT_KIND_SPECS[kind] as unknown as ImportKindSpec;
}

/** The kinds offered: those whose service exists. */
export const AVAILABLE_KINDS = (Object.keys(IMPORT_KIND_SPECS) as ImportKindName[]).filter((kind) => specOf(kind).run !== null);
