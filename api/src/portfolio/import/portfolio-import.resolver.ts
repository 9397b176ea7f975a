import { Arg, Ctx as Context, Mutation, Resolver } from 'type-graphql';
import { Policy } from '../../auth/declarations';
import { ImportResult } from '../../graphql/batch';
import type { Ctx } from '../../graphql/context';
import { AllocationKeyInput, BuildingInput, EntityInput, LotInput } from './portfolio-import.types';
import { upsertAllocationKeys } from './upsert-allocation-keys.service';
import { upsertBuildings } from './upsert-buildings.service';
import { upsertEntities } from './upsert-entities.service';
import { upsertLots } from './upsert-lots.service';

/** Back-office loading of the portfolio (managers and `portfolio:write` integrators): batches, idempotent, all or nothing. */
@Resolver()
export class PortfolioImportResolver {
  @Policy('entity.upsert')
  @Mutation(() => ImportResult, { description: 'Upserts up to 5 000 accounting entities by code (G001, S001).' })
  upsertEntities(@Arg('entities', () => [EntityInput]) entities: EntityInput[], @Context() ctx: Ctx) {
    return upsertEntities(ctx, entities);
  }

  @Policy('building.upsert')
  @Mutation(() => ImportResult, { description: 'Upserts up to 5 000 buildings by code.' })
  upsertBuildings(@Arg('buildings', () => [BuildingInput]) buildings: BuildingInput[], @Context() ctx: Ctx) {
    return upsertBuildings(ctx, buildings);
  }

  @Policy('allocationKey.upsert')
  @Mutation(() => ImportResult, { description: 'Upserts up to 5 000 allocation keys by (buildingCode, code).' })
  upsertAllocationKeys(@Arg('keys', () => [AllocationKeyInput]) keys: AllocationKeyInput[], @Context() ctx: Ctx) {
    return upsertAllocationKeys(ctx, keys);
  }

  @Policy('lot.upsert')
  @Mutation(() => ImportResult, { description: "Upserts up to 5 000 lots by code with their shares (the keys given replace the lot's shares under them)." })
  upsertLots(@Arg('lots', () => [LotInput]) lots: LotInput[], @Context() ctx: Ctx) {
    return upsertLots(ctx, lots);
  }
}
