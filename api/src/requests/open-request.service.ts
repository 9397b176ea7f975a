import { assertCan } from '../auth/policy';
import { clientRequests, requestMessages } from '../db/schema';
import { assertText, TEXT_LIMITS, writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import { checkedUploads, insertAttachments, withCheckedFiles } from './request-files';
import type { ClientRequestRow } from './request-list.service';
import { queueRequestNotification } from './request-notifications';
import type { OpenRequestInput } from './request.types';

/**
 * A client opens a request (manual: "Mes demandes", "Nouvelle demande") about one of their lots
 * or buildings, or neither: the request, its first message (the text) and its attachments in one
 * transaction, then the managers are told. A lot gives its building, so the inbox filters by
 * building; a lot and a building that disagree are refused.
 */
export async function openRequest(ctx: Ctx, input: OpenRequestInput): Promise<ClientRequestRow> {
  const lotId = input.lotId ? expectGlobalId(input.lotId, 'Lot', 'lotId') : null;
  const buildingId = input.buildingId ? expectGlobalId(input.buildingId, 'Building', 'buildingId') : null;
  assertCan(ctx.actor, 'request.open');
  assertCan(ctx.actor, 'request.openAbout', { lotId, buildingId });
  const agencyId = writerAgencyId(ctx.actor);
  const authorPersonId = ctx.actor.kind === 'person' ? ctx.actor.personId : '';
  const title = assertText('title', input.title);
  const text = assertText('text', input.text, TEXT_LIMITS.note);
  const lot = lotId ? await ctx.loaders.lotById.load(lotId) : null;
  if (lotId && !lot) throw badInput('lotId', 'UNKNOWN_REFERENCE', 'No such lot');
  if (lot && buildingId && lot.buildingId !== buildingId) throw badInput('buildingId', 'INVALID_VALUE', 'The lot is in another building');
  const files = await checkedUploads(ctx, input.uploadIds, `requests/${agencyId}`);

  const request = await withCheckedFiles(ctx, files, async (tx) => {
    const [inserted] = await tx
      .insert(clientRequests)
      .values({ agencyId, authorPersonId, title, category: input.category, lotId, buildingId: lot?.buildingId ?? buildingId })
      .returning();
    const [first] = await tx.insert(requestMessages).values({ agencyId, requestId: inserted.id, authorPersonId, text, postedAt: inserted.openedAt }).returning();
    await insertAttachments(tx, agencyId, inserted.id, first.id, files);
    await queueRequestNotification(ctx, tx, inserted, { kind: 'MESSAGE', byClient: true });
    return inserted;
  });
  void ctx.mailer.deliverPending(ctx.db);
  return request;
}
