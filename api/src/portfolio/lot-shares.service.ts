import { assertCan } from '../auth/policy';
import type { Ctx } from '../graphql/context';

/** A lot's tantièmes per key, the heart of "Mes biens": refused to clients while the agency switched the module off. */
export function sharesOfLot(ctx: Ctx, lotId: string) {
  assertCan(ctx.actor, 'lot.readShares');
  return ctx.loaders.sharesOfLot.load(lotId);
}
