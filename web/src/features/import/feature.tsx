import type { FeatureManifest } from '../../app/feature-manifest';
import { ImportPage } from './routes/ImportPage';

/** The console's "Import CSV": persons, lots with shares, ownerships, leases, works funds from a file. */
export const importFeature: FeatureManifest = {
  name: 'import',
  spaces: {
    MANAGEMENT: {
      routes: [{ path: 'import', element: <ImportPage /> }],
      // Loading the portfolio is the portfolio managers' act: the same ability as its pages.
      menu: [{ path: 'import', labelId: 'import.nav.import', shortLabelId: 'import.nav.short.import', icon: 'file', order: 30, requires: 'managePortfolio' }],
    },
  },
};
