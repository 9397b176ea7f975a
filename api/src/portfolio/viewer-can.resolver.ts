import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { PersonActor } from '../auth/actor';
import { can } from '../auth/policy';
import { ViewerCan } from '../identity/identity.types';

type ViewerCanRoot = { actor: PersonActor };

/** The portfolio module's part of `Viewer.can`: the same rules as the pages' queries. */
@Resolver(() => ViewerCan)
export class PortfolioViewerCanResolver {
  @FieldResolver(() => Boolean, { description: 'The contact cards on the home ("Contact agence"): false when the agency switched the module off.' })
  readAgencyContact(@Root() { actor }: ViewerCanRoot): boolean {
    return can(actor, 'agency.readContact', { id: actor.agencyId });
  }

  @FieldResolver(() => Boolean, { description: 'The lots with their tantièmes ("Mes biens"): false when the agency switched the module off.' })
  readProperties(@Root() { actor }: ViewerCanRoot): boolean {
    return can(actor, 'lot.readShares');
  }
}
