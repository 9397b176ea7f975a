import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { PersonActor } from '../auth/actor';
import { can } from '../auth/policy';
import { ViewerCan } from '../identity/identity.types';

type ViewerCanRoot = { actor: PersonActor };

/** The regularisation module's part of `Viewer.can`: the same rules as its queries. */
@Resolver(() => ViewerCan)
export class RegularisationViewerCanResolver {
  @FieldResolver(() => Boolean, { description: 'The manager\'s "Régularisation des charges" (lots isolés, gérance).' })
  regulariseCharges(@Root() { actor }: ViewerCanRoot): boolean {
    return can(actor, 'regularisation.read') && can(actor, 'regularisation.create');
  }
}
