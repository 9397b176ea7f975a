import type { FeatureManifest } from '../../app/feature-manifest';
import { NewRegularisationPage } from './routes/NewRegularisationPage';
import { RegularisationPage } from './routes/RegularisationPage';
import { RegularisationsPage } from './routes/RegularisationsPage';

/** The console's "Régularisation des lots isolés" (issue 11): the list, "Ajouter", one regularisation's tenants with validate, bill and delete. */
export const regularisationFeature: FeatureManifest = {
  name: 'regularisation',
  spaces: {
    MANAGEMENT: {
      routes: [
        { path: 'regularisations', element: <RegularisationsPage /> },
        // A static segment outranks `:regularisationId`.
        { path: 'regularisations/nouvelle', element: <NewRegularisationPage /> },
        { path: 'regularisations/:regularisationId', element: <RegularisationPage /> },
      ],
      menu: [
        {
          path: 'regularisations',
          labelId: 'regularisation.nav.regularisations',
          shortLabelId: 'regularisation.nav.short.regularisations',
          icon: 'coins',
          order: 32,
          requires: 'regulariseCharges',
        },
      ],
    },
  },
};
