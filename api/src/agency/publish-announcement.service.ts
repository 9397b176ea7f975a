import { and, eq, sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { announcements, buildings } from '../db/schema';
import { assertText, writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput, notFound } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import type { AnnouncementRow } from './announcement-list.service';
import type { PublishAnnouncementInput } from './announcement.types';

/** A body is a short article, not a document: longer texts belong in "Mes documents". */
const BODY_LIMIT = 10_000;

/**
 * Publishes an announcement ("Mes informations"): title and body required, the building (when
 * given) of the writer's agency — UNKNOWN_REFERENCE otherwise, in the same words for another
 * agency's — and the publication day today unless given. One statement.
 */
export async function publishAnnouncement(ctx: Ctx, input: PublishAnnouncementInput): Promise<AnnouncementRow> {
  assertCan(ctx.actor, 'announcement.publish');
  const agencyId = writerAgencyId(ctx.actor);
  const title = assertText('title', input.title);
  const body = assertText('body', input.body, BODY_LIMIT);
  let buildingId: string | null = null;
  if (input.buildingId != null) {
    const id = expectGlobalId(input.buildingId, 'Building', 'buildingId');
    const [building] = await ctx.db
      .select({ id: buildings.id })
      .from(buildings)
      .where(and(eq(buildings.agencyId, agencyId), eq(buildings.id, id)));
    if (!building) throw badInput('buildingId', 'UNKNOWN_REFERENCE', 'No such building in the agency');
    buildingId = building.id;
  }
  const [row] = await ctx.db
    .insert(announcements)
    .values({
      agencyId,
      title,
      body,
      audience: input.audience,
      buildingId,
      publishOn: input.publishOn ? sql`${input.publishOn}::date` : sql`current_date`,
      authorPersonId: ctx.actor.kind === 'person' ? ctx.actor.personId : null,
    })
    .returning();
  return row;
}

/** Withdraws an announcement of the writer's agency; NOT_FOUND for any other id (another agency's included). */
export async function deleteAnnouncement(ctx: Ctx, announcementId: string): Promise<boolean> {
  assertCan(ctx.actor, 'announcement.delete');
  const agencyId = writerAgencyId(ctx.actor);
  const id = expectGlobalId(announcementId, 'Announcement', 'announcementId');
  const deleted = await ctx.db
    .delete(announcements)
    .where(and(eq(announcements.agencyId, agencyId), eq(announcements.id, id)))
    .returning({ id: announcements.id });
  if (!deleted.length) throw notFound('Announcement');
  return true;
}
