import type { FeatureManifest } from '../../app/feature-manifest';
import { NewsFeedPage } from './routes/NewsFeedPage';

/** "Flux RSS": the manager sets the feed's address; clients read its latest items on their home (public.ts). */
export const newsFeedFeature: FeatureManifest = {
  name: 'news-feed',
  spaces: {
    MANAGEMENT: {
      routes: [{ path: 'flux-rss', element: <NewsFeedPage /> }],
      menu: [{ path: 'flux-rss', labelId: 'newsFeed.nav.manage', shortLabelId: 'newsFeed.nav.short.manage', icon: 'globe', order: 87, requires: 'manageAgency' }],
    },
  },
};
