import { Arg, Ctx as Context, Mutation, Resolver } from 'type-graphql';
import { Policy } from '../../auth/declarations';
import { ImportResult } from '../../graphql/batch';
import type { Ctx } from '../../graphql/context';
import { CouncilMembershipInput, OwnershipInput } from './relation-inputs.types';
import { upsertCouncilMemberships } from './upsert-council-memberships.service';
import { upsertOwnerships } from './upsert-ownerships.service';

/** Back-office loading of the portfolio's relations (managers and `portfolio:write` integrators): batches, idempotent, all or nothing. */
@Resolver()
export class RelationsImportResolver {
  @Policy('ownership.upsert')
  @Mutation(() => ImportResult, { description: 'Upserts up to 5 000 ownerships by (lotCode, personExternalId, startDate); an endDate is a sale.' })
  upsertOwnerships(@Arg('ownerships', () => [OwnershipInput]) ownerships: OwnershipInput[], @Context() ctx: Ctx) {
    return upsertOwnerships(ctx, ownerships);
  }

  @Policy('council.upsert')
  @Mutation(() => ImportResult, { description: 'Upserts up to 5 000 council seats by (buildingCode, personExternalId, startDate); one president at a time per building.' })
  upsertCouncilMemberships(@Arg('memberships', () => [CouncilMembershipInput]) memberships: CouncilMembershipInput[], @Context() ctx: Ctx) {
    return upsertCouncilMemberships(ctx, memberships);
  }
}
