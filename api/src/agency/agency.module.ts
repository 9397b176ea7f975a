import { agencyRules } from '../auth/rules/agency';
import { announcementSettings } from '../db/schema';
import type { ModuleManifest } from '../module-manifest';
import { agencyLoaders } from './agency.loaders';
import { AnnouncementResolver, AnnouncementsViewerCanResolver, ViewerAnnouncementsResolver } from './announcement.resolver';
import { AgencyOfficeResolver } from './office.resolver';

/** What the agency tells its clients: announcements ("Mes informations") and its offices ("Bureaux", in "Contacts agence"). */
export const agencyModule: ModuleManifest = {
  name: 'agency',
  resolvers: [AnnouncementResolver, ViewerAnnouncementsResolver, AnnouncementsViewerCanResolver, AgencyOfficeResolver],
  loaders: agencyLoaders,
  nodes: {
    Announcement: (ctx, id) => ctx.loaders.announcementById.load(id),
    AgencyOffice: (ctx, id) => ctx.loaders.agencyOfficeById.load(id),
  },
  settings: announcementSettings,
  rules: agencyRules,
};
