import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Policy } from '../auth/declarations';
import type { Ctx } from '../graphql/context';
import { PageArgs } from '../graphql/connection';
import { expectGlobalId } from '../graphql/node';
import { AccessGrant, AddCollaboratorInput, Person, PersonConnection } from './identity.types';
import { addCollaborator, listCollaborators, removeCollaborator } from './collaborator.service';

/** "Collaborateurs": the agency's managers, added and removed by managers. */
@Resolver()
export class CollaboratorResolver {
  @Policy('collaborator.list')
  @Query(() => PersonConnection, { description: "The agency's managers, by name (managers only)." })
  collaborators(@Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return listCollaborators(ctx, args);
  }

  @Policy('collaborator.add')
  @Mutation(() => AccessGrant, { description: 'Adds a manager to the agency: their identifier and first password (valid once), shown once, e-mailed when asked.' })
  addCollaborator(@Arg('input', () => AddCollaboratorInput) input: AddCollaboratorInput, @Context() ctx: Ctx) {
    return addCollaborator(ctx, input, { sendByEmail: input.delivery?.sendByEmail ?? false });
  }

  @Policy('collaborator.remove')
  @Mutation(() => Person, {
    description:
      "Ends another manager's staff membership (CONFLICT CANNOT_REMOVE_SELF for oneself): sessions end, their API tokens are revoked, sign-in off unless they are a client.",
  })
  removeCollaborator(@Arg('personId', () => ID) personId: string, @Context() ctx: Ctx) {
    return removeCollaborator(ctx, expectGlobalId(personId, 'Person', 'personId'));
  }
}
