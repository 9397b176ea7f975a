import { Arg, Args, Ctx as Context, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PersonActor } from '../auth/actor';
import { Policy } from '../auth/declarations';
import { can } from '../auth/policy';
import type { buildings } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { PageArgs } from '../graphql/connection';
import { passwordChangeRequired } from '../graphql/errors';
import { expectGlobalId, toGlobalId } from '../graphql/node';
import { childKey } from '../graphql/page-args';
import { ViewerCan, Viewer } from '../identity/identity.types';
import { Building } from '../portfolio/portfolio.types';
import { deletePhotos } from './delete-photos.service';
import { assertPublicationCursor } from './document-list.service';
import { photoPage, type PhotoRow } from './photo-list.service';
import { Photo, PhotoConnection, PublishPhotoInput } from './photo.types';
import { publishPhoto } from './publish-photo.service';

type BuildingRow = typeof buildings.$inferSelect;
type ViewerRoot = { actor: PersonActor };

/** Where a photo and its thumbnail download; authorised like the photo itself (photo.routes.ts). */
export const photoUrlOf = (photo: PhotoRow) => `/files/photos/${toGlobalId('Photo', photo.id)}`;

@Resolver(() => Photo)
export class PhotoResolver {
  @FieldResolver(() => ID)
  id(@Root() photo: PhotoRow) {
    return toGlobalId('Photo', photo.id);
  }

  @FieldResolver(() => Building, { nullable: true, description: 'Its building; null when the viewer may not read buildings (an integrator without portfolio:read).' })
  building(@Root() photo: PhotoRow, @Context() ctx: Ctx) {
    return ctx.loaders.buildingById.loadNow(photo.buildingId);
  }

  @FieldResolver(() => String, { description: 'The image (same-origin), refused to anyone who may not see the photo.' })
  url(@Root() photo: PhotoRow) {
    return photoUrlOf(photo);
  }

  @FieldResolver(() => String, { description: 'Its thumbnail, a JPEG within 320 × 320 pixels, authorised like the image.' })
  thumbnailUrl(@Root() photo: PhotoRow) {
    return `${photoUrlOf(photo)}/thumbnail`;
  }

  @Policy('photo.publish')
  @Mutation(() => Photo, { description: 'Publishes a photo of a building ("Mes photos"); its thumbnail is made on upload. Inline (base64, up to 10 MB) or from POST /uploads.' })
  publishPhoto(@Arg('input', () => PublishPhotoInput) input: PublishPhotoInput, @Context() ctx: Ctx) {
    return publishPhoto(ctx, input);
  }

  @Policy('photo.delete')
  @Mutation(() => Int, { description: 'Deletes a selection of photos (all of the agency or none); answers how many.' })
  deletePhotos(@Arg('photoIds', () => [ID]) photoIds: string[], @Context() ctx: Ctx) {
    return deletePhotos(ctx, photoIds);
  }

  @Policy('photo.list')
  @Query(() => PhotoConnection, { description: 'Photos visible to the caller, newest first, of one building or all (integrators; the SPA reads Viewer.photos).' })
  photos(@Arg('buildingId', () => ID, { nullable: true }) buildingId: string | null, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return photoPage(ctx, { ...args, buildingId: buildingId ? expectGlobalId(buildingId, 'Building', 'buildingId') : null });
  }
}

/** "Photos" of a building page: the building's photos the viewer may see, for many buildings in one statement. */
@Resolver(() => Building)
export class BuildingPhotosResolver {
  @FieldResolver(() => PhotoConnection, { description: 'Its photos the viewer may see ("Mes photos"), newest first; empty for whoever the photo scope denies.' })
  photos(@Root() building: BuildingRow, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    // The photo scope is the guard (module switch, the client's buildings), ANDed in the loader's SQL.
    const key = childKey(building.id, args);
    assertPublicationCursor(key.after);
    return ctx.loaders.photosOfBuilding.load(key);
  }
}

@Resolver(() => Viewer)
export class ViewerPhotosResolver {
  @FieldResolver(() => PhotoConnection, { description: '"Mes photos": the photos of the viewer\'s buildings, newest first (of one building when given).' })
  photos(@Root() viewer: ViewerRoot, @Arg('buildingId', () => ID, { nullable: true }) buildingId: string | null, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    if (viewer.actor.mustChangePassword) throw passwordChangeRequired();
    return photoPage(ctx, { ...args, buildingId: buildingId ? expectGlobalId(buildingId, 'Building', 'buildingId') : null });
  }
}

/** The photos' part of `Viewer.can`: the same rules as the pages' queries. */
@Resolver(() => ViewerCan)
export class PhotosViewerCanResolver {
  @FieldResolver(() => Boolean, { description: '"Mes photos": false when the agency switched the module off.' })
  readPhotos(@Root() { actor }: { actor: PersonActor }): boolean {
    return can(actor, 'photo.list');
  }

  @FieldResolver(() => Boolean, { description: "The manager's photos per building: publish and delete photos." })
  managePhotos(@Root() { actor }: { actor: PersonActor }): boolean {
    return can(actor, 'photo.publish') && can(actor, 'photo.delete');
  }
}
