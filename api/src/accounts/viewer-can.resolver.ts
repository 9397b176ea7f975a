import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { PersonActor } from '../auth/actor';
import { can } from '../auth/policy';
import { ViewerCan } from '../identity/identity.types';

type ViewerCanRoot = { actor: PersonActor };

/** The accounts module's part of `Viewer.can`: the same rules as the pages' queries. */
@Resolver(() => ViewerCan)
export class AccountsViewerCanResolver {
  @FieldResolver(() => Boolean, { description: 'The account pages ("Mon compte"): false when the agency switched the module off.' })
  readAccounts(@Root() { actor }: ViewerCanRoot): boolean {
    return can(actor, 'account.readStatement');
  }

  @FieldResolver(() => Boolean, { description: 'The works funds page ("Fonds de travaux"): false when the agency switched the module off.' })
  readWorksFunds(@Root() { actor }: ViewerCanRoot): boolean {
    return can(actor, 'worksFund.read') && can(actor, 'person.readFinancials', { agencyId: actor.agencyId, id: actor.personId });
  }

  @FieldResolver(() => Boolean, { description: 'At least one building\'s expense list (whom the "Factures" binder opens to, the council by default; when the module is on).' })
  readExpenseLists(@Root() { actor }: ViewerCanRoot): boolean {
    return [...actor.councilBuildingIds, ...actor.coOwnedBuildingIds].some((id) => can(actor, 'expense.list', { agencyId: actor.agencyId, id }));
  }
}
