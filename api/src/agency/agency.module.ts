import { agencyRules } from '../auth/rules/agency';
import { announcementSettings } from '../db/schema';
import type { ModuleManifest } from '../module-manifest';
import { announcementLoaders } from './announcement.loaders';
import { AnnouncementResolver, AnnouncementsViewerCanResolver, ViewerAnnouncementsResolver } from './announcement.resolver';

/** What the agency tells its clients: announcements ("Mes informations"). */
export const agencyModule: ModuleManifest = {
  name: 'agency',
  resolvers: [AnnouncementResolver, ViewerAnnouncementsResolver, AnnouncementsViewerCanResolver],
  loaders: announcementLoaders,
  nodes: {
    Announcement: (ctx, id) => ctx.loaders.announcementById.load(id),
  },
  settings: announcementSettings,
  rules: agencyRules,
};
