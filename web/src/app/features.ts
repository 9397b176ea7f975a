import { accountsFeature } from '../features/accounts/feature';
import { administrationFeature } from '../features/administration/feature';
import { agencyContactsFeature } from '../features/agency-contacts/feature';
import { announcementsFeature } from '../features/announcements/feature';
import { assembliesFeature } from '../features/assemblies/feature';
import { authFeature } from '../features/auth/feature';
import { clientHomeFeature } from '../features/client-home/feature';
import { documentsFeature } from '../features/documents/feature';
import { expensesFeature } from '../features/expenses/feature';
import { importFeature } from '../features/import/feature';
import { legalFeature } from '../features/legal/feature';
import { newsFeedFeature } from '../features/news-feed/feature';
import { partnersFeature } from '../features/partners/feature';
import { photosFeature } from '../features/photos/feature';
import { portfolioFeature } from '../features/portfolio/feature';
import { recordsFeature } from '../features/records/feature';
import { requestsFeature } from '../features/requests/feature';
import { settingsFeature } from '../features/settings/feature';
import { spacesFeature } from '../features/spaces/feature';
import { worksFundsFeature } from '../features/works-funds/feature';
import { regularisationFeature } from '../features/regularisation/feature';
import type { FeatureManifest } from './feature-manifest';

/**
 * Every feature of the SPA, once: the router and the space menus are built from this list only
 * (a menu is sorted by each entry's `order`, so the position here does not reorder menus). A new
 * feature adds its `features/<feature>/feature.tsx` and one line here.
 */
export const FEATURES: readonly FeatureManifest[] = [
  authFeature,
  legalFeature,
  spacesFeature,
  clientHomeFeature,
  accountsFeature,
  expensesFeature,
  worksFundsFeature,
  documentsFeature,
  photosFeature,
  requestsFeature,
  portfolioFeature,
  importFeature,
  administrationFeature,
  recordsFeature,
  settingsFeature,
  announcementsFeature,
  agencyContactsFeature,
  newsFeedFeature,
  assembliesFeature,
  partnersFeature,
  regularisationFeature,
];
