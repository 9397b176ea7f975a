import { Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Policy } from '../auth/declarations';
import type { buildings } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { PageArgs } from '../graphql/connection';
import { toGlobalId } from '../graphql/node';
import { childKey } from '../graphql/page-args';
import { PostalAddress } from '../identity/identity.types';
import { AllocationKey, Building, BuildingConnection, CouncilMembershipConnection, LotConnection, Syndicate } from './portfolio.types';
import { listBuildings } from './building.service';

type BuildingRow = typeof buildings.$inferSelect;

@ArgsType()
class BuildingsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words found, in any order, accents and case ignored, in the code, name, street or town.' })
  search?: string | null;
}

@Resolver(() => Building)
export class BuildingResolver {
  @Policy('building.list')
  @Query(() => BuildingConnection, { description: 'Every building of the agency (managers, integrators).' })
  buildings(@Args(() => BuildingsArgs) args: BuildingsArgs, @Context() ctx: Ctx) {
    return listBuildings(ctx, args);
  }

  @FieldResolver(() => ID)
  id(@Root() building: BuildingRow) {
    return toGlobalId('Building', building.id);
  }

  @FieldResolver(() => PostalAddress)
  postalAddress(@Root() building: BuildingRow): PostalAddress {
    return { line1: building.addressLine1, line2: building.addressLine2, postalCode: building.postalCode, city: building.city };
  }

  @FieldResolver(() => Syndicate, { nullable: true })
  async syndicate(@Root() building: BuildingRow, @Context() ctx: Ctx) {
    if (!building.syndicateEntityId) return null;
    const entity = await ctx.loaders.entityById.load(building.syndicateEntityId);
    return entity && { ...entity, hideBankDetails: ctx.settings.hideSyndicateBankDetails };
  }

  @FieldResolver(() => LotConnection, { description: 'The lots of the building that the viewer may see.' })
  lots(@Root() building: BuildingRow, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return ctx.loaders.lotsOfBuilding.load(childKey(building.id, args));
  }

  @FieldResolver(() => [AllocationKey])
  allocationKeys(@Root() building: BuildingRow, @Context() ctx: Ctx) {
    return ctx.loaders.allocationKeysOfBuilding.load(building.id);
  }

  @FieldResolver(() => CouncilMembershipConnection, { description: 'Conseil syndical: visible to its members and managers.' })
  council(@Root() building: BuildingRow, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return ctx.loaders.councilOfBuilding.load(childKey(building.id, args));
  }
}
