import { assertText, TEXT_LIMITS } from '../graphql/batch';
import { foldersOf, FOLDER_SEPARATOR } from './default-binders';
import type { BinderRow } from './binder-list.service';
import { SyndicLevel } from './document.types';

/** A binder name: trimmed, bounded, its sub-folders (" / ") trimmed and none empty. */
export function binderName(value: string): string {
  const name = assertText('name', value, TEXT_LIMITS.name);
  return foldersOf(name).join(FOLDER_SEPARATOR) || assertText('name', '', TEXT_LIMITS.name);
}

/**
 * The stored rights for a module: a syndic binder has a level (null: nobody) and no owner/tenant
 * columns; a gérance binder the two columns and no level (DESIGN.md "Syndic binder rights").
 */
export function rightsFor(module: BinderRow['module'], input: { syndicLevel?: SyndicLevel | null; owner?: boolean | null; tenant?: boolean | null }) {
  return module === 'SYNDIC'
    ? { syndicLevel: input.syndicLevel ?? null, ownerAccess: false, tenantAccess: false }
    : { syndicLevel: null, ownerAccess: input.owner ?? false, tenantAccess: input.tenant ?? false };
}
