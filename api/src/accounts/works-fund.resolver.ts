import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import { Guarded } from '../auth/declarations';
import type { buildings, persons } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { Person } from '../identity/identity.types';
import { Building, Lot } from '../portfolio/portfolio.types';
import { BuildingWorksFund, LotWorksFund } from './works-fund.types';
import { worksFundOfBuilding, worksFundsOf } from './works-fund.service';

type PersonRow = typeof persons.$inferSelect;

@Resolver(() => Person)
export class PersonWorksFundResolver {
  @Guarded('person.readFinancials')
  @FieldResolver(() => [BuildingWorksFund], { nullable: true, description: "Works funds of the co-owner's current lots, per building (the person, managers, ledger readers)." })
  worksFunds(@Root() person: PersonRow, @Context() ctx: Ctx) {
    return worksFundsOf(ctx, person.agencyId, person.id);
  }
}

@Resolver(() => Building)
export class BuildingWorksFundExtensionResolver {
  @Guarded('building.readWorksFund')
  @FieldResolver(() => BuildingWorksFund, { nullable: true, description: 'Works funds of every lot of the building (managers, ledger readers; null for others).' })
  worksFund(@Root() building: typeof buildings.$inferSelect, @Context() ctx: Ctx) {
    return worksFundOfBuilding(ctx, building);
  }
}

@Resolver(() => BuildingWorksFund)
export class BuildingWorksFundResolver {
  @FieldResolver(() => Building, { nullable: true })
  building(@Root() fund: { buildingId: string }, @Context() ctx: Ctx) {
    return ctx.loaders.buildingById.loadNow(fund.buildingId);
  }
}

@Resolver(() => LotWorksFund)
export class LotWorksFundResolver {
  @FieldResolver(() => Lot, { nullable: true })
  lot(@Root() fund: { lotId: string }, @Context() ctx: Ctx) {
    return ctx.loaders.lotById.loadNow(fund.lotId);
  }
}
