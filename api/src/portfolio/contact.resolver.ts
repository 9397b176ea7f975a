import { Arg, Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PersonActor } from '../auth/actor';
import type { Ctx } from '../graphql/context';
import { passwordChangeRequired } from '../graphql/errors';
import { Space, Viewer } from '../identity/identity.types';
import { Building } from './portfolio.types';
import { ContactCard } from './contact.types';
import { contactCards } from './contact.service';

/** The contact card and the councils of a client's home: portfolio fields on identity's Viewer. */
@Resolver(() => Viewer)
export class ViewerContactResolver {
  @FieldResolver(() => [ContactCard], { description: "Who to contact about the viewer's buildings in a space: their managers in charge, else the agency." })
  contacts(@Root() viewer: { actor: PersonActor }, @Arg('space', () => Space) space: Space, @Context() ctx: Ctx) {
    if (viewer.actor.mustChangePassword) throw passwordChangeRequired();
    return contactCards(ctx, viewer.actor, space);
  }

  @FieldResolver(() => [Building], { description: 'Buildings whose conseil syndical the viewer sits on (their composition is under `council`).' })
  async councilBuildings(@Root() viewer: { actor: PersonActor }, @Context() ctx: Ctx) {
    if (viewer.actor.mustChangePassword) throw passwordChangeRequired();
    const rows = await ctx.loaders.buildingById.loadMany(viewer.actor.councilBuildingIds);
    return rows.filter((row) => row && !(row instanceof Error));
  }
}
