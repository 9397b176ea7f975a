import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { PersonActor } from '../auth/actor';
import { can } from '../auth/policy';
import { ViewerCan } from '../identity/identity.types';

type ViewerCanRoot = { actor: PersonActor };

/** The documents module's part of `Viewer.can`: the same rules as the pages' queries. */
@Resolver(() => ViewerCan)
export class DocumentsViewerCanResolver {
  @FieldResolver(() => Boolean, { description: '"Mes documents": false when the agency switched the module off.' })
  readDocuments(@Root() { actor }: ViewerCanRoot): boolean {
    return can(actor, 'document.list');
  }

  @FieldResolver(() => Boolean, { description: 'The manager\'s "Documents": publish, unpublish, delete documents and manage binders.' })
  manageDocuments(@Root() { actor }: ViewerCanRoot): boolean {
    return can(actor, 'document.publish') && can(actor, 'binder.manage');
  }
}
