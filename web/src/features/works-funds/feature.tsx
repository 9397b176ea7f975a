import type { FeatureManifest } from '../../app/feature-manifest';
import { WorksFundsPage } from './routes/WorksFundsPage';

/** "Fonds de travaux" of the syndic space. */
export const worksFundsFeature: FeatureManifest = {
  name: 'works-funds',
  spaces: {
    SYNDIC: {
      routes: [{ path: 'fonds-travaux', element: <WorksFundsPage /> }],
      menu: [
        { path: 'fonds-travaux', labelId: 'worksFunds.nav.worksFunds', shortLabelId: 'worksFunds.nav.short.worksFunds', icon: 'coins', order: 50, requires: 'readWorksFunds' },
      ],
    },
  },
};
