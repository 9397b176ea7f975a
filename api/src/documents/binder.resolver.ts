import { Arg, Args, Ctx as Context, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PersonActor } from '../auth/actor';
import { Guarded, Policy } from '../auth/declarations';
import { assertCan } from '../auth/policy';
import type { Ctx } from '../graphql/context';
import { PageArgs } from '../graphql/connection';
import { passwordChangeRequired } from '../graphql/errors';
import { expectGlobalId, toGlobalId } from '../graphql/node';
import { childKey } from '../graphql/page-args';
import { Space, Viewer } from '../identity/identity.types';
import { viewerBinders, type BinderRow } from './binder-list.service';
import { createBinder } from './create-binder.service';
import { foldersOf } from './default-binders';
import { deleteBinder } from './delete-binder.service';
import { assertPublicationCursor, documentPage } from './document-list.service';
import { Binder, BinderRights, CreateBinderInput, DocumentConnection, SetBinderRightsInput, SyndicLevel } from './document.types';
import { renameBinder } from './rename-binder.service';
import { setBinderRights } from './set-binder-rights.service';

type ViewerRoot = { actor: PersonActor };

function signedIn(viewer: ViewerRoot): PersonActor {
  if (viewer.actor.mustChangePassword) throw passwordChangeRequired();
  return viewer.actor;
}

@Resolver(() => Binder)
export class BinderResolver {
  @FieldResolver(() => ID)
  id(@Root() binder: BinderRow) {
    return toGlobalId('Binder', binder.id);
  }

  @FieldResolver(() => [String], { description: 'The name split at " / ": the binder, then its sub-folders ("Courriers", "Locataires").' })
  folders(@Root() binder: BinderRow) {
    return foldersOf(binder.name);
  }

  @FieldResolver(() => Boolean, { description: '"Documents du syndic" (loi ÉLAN): the one binder that takes agency-wide documents.' })
  isAgencyWide(@Root() binder: BinderRow) {
    return binder.key === 'SYNDIC_DOCUMENTS';
  }

  @Guarded('binder.readRights')
  @FieldResolver(() => BinderRights, { nullable: true, description: 'Who it opens to (managers and document readers; null for clients).' })
  rights(@Root() binder: BinderRow): BinderRights {
    return { syndicLevel: (binder.syndicLevel as SyndicLevel | null) ?? null, owner: binder.ownerAccess, tenant: binder.tenantAccess, notifyByDefault: binder.notifyByDefault };
  }

  @FieldResolver(() => Int, { description: 'Documents in it the viewer may see (all of them for managers), counted in SQL.' })
  documentCount(@Root() binder: BinderRow, @Context() ctx: Ctx) {
    return ctx.loaders.documentCountOfBinder.load(binder.id);
  }

  @FieldResolver(() => DocumentConnection, { description: 'Its documents the viewer may see, newest first.' })
  documents(@Root() binder: BinderRow, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    // The document scope is the guard, ANDed in the loader's SQL (one statement for every binder of the response).
    assertCan(ctx.actor, 'document.list');
    const key = childKey(binder.id, args);
    assertPublicationCursor(key.after);
    return ctx.loaders.documentsOfBinder.load(key);
  }
}

/** "Mes documents" on the viewer, and the same lists as root fields for integrators (who have no viewer). */
@Resolver(() => Viewer)
export class ViewerDocumentsResolver {
  @FieldResolver(() => [Binder], {
    description: 'The binders the viewer may open in that space, with their counts; empty ones only when the agency lists them ("Afficher les classeurs vides").',
  })
  binders(@Root() viewer: ViewerRoot, @Arg('space', () => Space) space: Space, @Context() ctx: Ctx) {
    signedIn(viewer);
    return viewerBinders(ctx, space);
  }

  @FieldResolver(() => DocumentConnection, { description: 'Every document visible to the viewer (in a space, a binder), newest first.' })
  documents(
    @Root() viewer: ViewerRoot,
    @Arg('space', () => Space, { nullable: true }) space: Space | null,
    @Arg('binderId', () => ID, { nullable: true }) binderId: string | null,
    @Arg('search', () => String, { nullable: true, description: 'Words of the title, in any order, accents and case ignored.' }) search: string | null,
    @Args(() => PageArgs) args: PageArgs,
    @Context() ctx: Ctx,
  ) {
    signedIn(viewer);
    return documentPage(ctx, { ...args, space, search, binderId: binderId ? expectGlobalId(binderId, 'Binder', 'binderId') : null });
  }
}

@Resolver()
export class BinderRootResolver {
  @Policy('binder.list')
  @Query(() => [Binder], { description: 'The binders of a space with their counts (integrators with documents:read; the SPA reads Viewer.binders).' })
  binders(@Arg('space', () => Space) space: Space, @Context() ctx: Ctx) {
    return viewerBinders(ctx, space);
  }

  @Policy('document.list')
  @Query(() => DocumentConnection, { description: 'Documents visible to the caller, newest first (integrators with documents:read; the SPA reads Viewer.documents).' })
  documents(
    @Arg('space', () => Space, { nullable: true }) space: Space | null,
    @Arg('binderId', () => ID, { nullable: true }) binderId: string | null,
    @Arg('search', () => String, { nullable: true, description: 'Words of the title, in any order, accents and case ignored.' }) search: string | null,
    @Args(() => PageArgs) args: PageArgs,
    @Context() ctx: Ctx,
  ) {
    return documentPage(ctx, { ...args, space, search, binderId: binderId ? expectGlobalId(binderId, 'Binder', 'binderId') : null });
  }

  @Policy('binder.manage')
  @Mutation(() => Binder, { description: 'Adds a binder with its rights ("Classeurs").' })
  createBinder(@Arg('input', () => CreateBinderInput) input: CreateBinderInput, @Context() ctx: Ctx) {
    return createBinder(ctx, input);
  }

  @Policy('binder.manage')
  @Mutation(() => Binder, { description: 'Renames a binder; " / " makes sub-folders.' })
  renameBinder(@Arg('binderId', () => ID) binderId: string, @Arg('name', () => String) name: string, @Context() ctx: Ctx) {
    return renameBinder(ctx, binderId, name);
  }

  @Policy('binder.manage')
  @Mutation(() => Boolean, {
    description: 'Deletes an empty binder; CONFLICT BINDER_NOT_EMPTY while it holds documents, BINDER_RESERVED for "Factures" and "Documents du syndic".',
  })
  deleteBinder(@Arg('binderId', () => ID) binderId: string, @Context() ctx: Ctx) {
    return deleteBinder(ctx, binderId);
  }

  @Policy('binder.manage')
  @Mutation(() => Binder, { description: "Changes a binder's rights: a syndic level (null: nobody) or the gérance owner and tenant columns." })
  setBinderRights(@Arg('input', () => SetBinderRightsInput) input: SetBinderRightsInput, @Context() ctx: Ctx) {
    return setBinderRights(ctx, input);
  }
}
