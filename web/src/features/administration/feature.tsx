import type { FeatureManifest } from '../../app/feature-manifest';
import { ApiTokensPage } from './routes/ApiTokensPage';
import { CollaboratorsPage } from './routes/CollaboratorsPage';

/** The console's administration of access: the agency's managers ("Collaborateurs") and integrator tokens. */
export const administrationFeature: FeatureManifest = {
  name: 'administration',
  spaces: {
    MANAGEMENT: {
      routes: [
        { path: 'collaborateurs', element: <CollaboratorsPage /> },
        { path: 'jetons-api', element: <ApiTokensPage /> },
      ],
      menu: [
        {
          path: 'collaborateurs',
          labelId: 'administration.nav.collaborators',
          shortLabelId: 'administration.nav.short.collaborators',
          icon: 'briefcase',
          order: 80,
          requires: 'manageCollaborators',
        },
        { path: 'jetons-api', labelId: 'administration.nav.tokens', shortLabelId: 'administration.nav.short.tokens', icon: 'key', order: 90, requires: 'manageApiTokens' },
      ],
    },
  },
};
