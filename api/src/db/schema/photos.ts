import { date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { flag, type SettingsSlice } from '../../settings/setting';
import { buildings } from './portfolio';

/**
 * A photo of a building (manual: "Mes photos": "les photos que vous publiez depuis LSC, classées
 * par immeuble"), shown to the people of that building. The original and its thumbnail (made on
 * upload) are FileStore keys named by their SHA-256; the thumbnail fits THUMBNAIL_SIZE.
 */
export const photos = pgTable(
  'photos',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    buildingId: uuid('building_id').notNull(),
    caption: text('caption').notNull(),
    /** The day the picture was taken, when the publisher says so. */
    takenOn: date('taken_on'),
    publishedOn: date('published_on').notNull(),
    fileName: text('file_name').notNull(),
    /** image/jpeg, image/png or image/webp, as the bytes decoded. */
    contentType: text('content_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    /** SHA-256 of the original's bytes, hex. */
    sha256: text('sha256').notNull(),
    /** `photos/<agency>/<sha256>.<ext>` */
    storageKey: text('storage_key').notNull(),
    /** `photos/<agency>/<sha256 of the thumbnail>.jpg` */
    thumbnailKey: text('thumbnail_key').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    thumbnailWidth: integer('thumbnail_width').notNull(),
    thumbnailHeight: integer('thumbnail_height').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    index('photos_building_published').on(t.agencyId, t.buildingId, t.publishedOn, t.id),
    index('photos_published').on(t.agencyId, t.publishedOn, t.id),
    index('photos_storage').on(t.storageKey),
    index('photos_thumbnail').on(t.thumbnailKey),
    foreignKey({ columns: [t.agencyId, t.buildingId], foreignColumns: [buildings.agencyId, buildings.id] }),
  ],
);

/** "Mes photos" switches (manual: "Parties « Mes documents » et « Mes photos »"). */
export const photoSettings = {
  photosEnabled: flag(true, '"Activation du module" of "Mes photos": clients see the photos of their buildings.', 'DOCUMENTS'),
  photosForGerance: flag(true, '"Photos métier gestion": owners and tenants see the photos of the buildings of their lots.', 'DOCUMENTS'),
  photosForSyndic: flag(true, '"Photos métier syndic": co-owners and council members see the photos of their buildings.', 'DOCUMENTS'),
} satisfies SettingsSlice;
