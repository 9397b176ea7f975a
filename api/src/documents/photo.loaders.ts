import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import type { Db } from '../db/client';
import { photos } from '../db/schema';
import { byId, childPages } from '../graphql/loaders';

/** Photos through their row scope: by id, and a page per building (newest first) for many buildings in one statement. */
export function photoLoaders(db: Db, actor: Actor) {
  return {
    photoById: byId(db, actor, photos, scope.photos),
    photosOfBuilding: childPages(db, actor, {
      table: photos,
      parentColumn: photos.buildingId,
      sortColumn: photos.publishedOn,
      idColumn: photos.id,
      scope: scope.photos,
      cursorOf: (row) => [row.publishedOn, row.id],
      descending: true,
    }),
  };
}

type PhotoLoaders = ReturnType<typeof photoLoaders>;
declare module '../graphql/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this module's loaders
  interface Loaders extends PhotoLoaders {}
}
