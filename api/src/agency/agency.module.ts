import { agencyRules } from '../auth/rules/agency';
import { agencyInfoSettings } from '../db/schema';
import type { ModuleManifest } from '../module-manifest';
import { agencyLoaders } from './agency.loaders';
import { AnnouncementResolver, AnnouncementsViewerCanResolver, ViewerAnnouncementsResolver } from './announcement.resolver';
import { AgencyOfficeResolver } from './office.resolver';
import { NewsFeedResolver, NewsFeedViewerCanResolver, ViewerNewsItemsResolver } from './news-feed.resolver';

/** What the agency tells its clients: announcements ("Mes informations"), its offices ("Bureaux", in "Contacts agence") and its news feed ("Flux RSS"). */
export const agencyModule: ModuleManifest = {
  name: 'agency',
  resolvers: [
    AnnouncementResolver,
    ViewerAnnouncementsResolver,
    AnnouncementsViewerCanResolver,
    AgencyOfficeResolver,
    NewsFeedResolver,
    ViewerNewsItemsResolver,
    NewsFeedViewerCanResolver,
  ],
  loaders: agencyLoaders,
  nodes: {
    Announcement: (ctx, id) => ctx.loaders.announcementById.load(id),
    AgencyOffice: (ctx, id) => ctx.loaders.agencyOfficeById.load(id),
  },
  settings: agencyInfoSettings,
  rules: agencyRules,
};
