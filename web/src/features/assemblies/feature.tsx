import type { FeatureManifest } from '../../app/feature-manifest';
import { AssembliesPage } from './routes/AssembliesPage';
import { AssemblyPage } from './routes/AssemblyPage';
import { MyAssembliesPage } from './routes/MyAssembliesPage';
import { MyAssemblyPage } from './routes/MyAssemblyPage';

/**
 * General assemblies (issue 10). The API exposes no `ViewerCan` ability for reading AGs: every
 * co-owner of a building may read its AGs (rule `assembly.list`), so the syndic entry is always
 * shown and a refusal comes back as the query's FORBIDDEN answer, like other features. Managers:
 * every staff member may run an AG (`assembly.manage`), the same people as `managePortfolio`.
 */
export const assembliesFeature: FeatureManifest = {
  name: 'assemblies',
  spaces: {
    SYNDIC: {
      routes: [
        { path: 'assemblees', element: <MyAssembliesPage /> },
        { path: 'assemblees/:assemblyId', element: <MyAssemblyPage /> },
      ],
      menu: [{ path: 'assemblees', labelId: 'assemblies.nav.mine', shortLabelId: 'assemblies.nav.short.mine', icon: 'calendar', order: 45 }],
    },
    MANAGEMENT: {
      routes: [
        { path: 'assemblees', element: <AssembliesPage /> },
        { path: 'assemblees/:assemblyId', element: <AssemblyPage /> },
      ],
      menu: [{ path: 'assemblees', labelId: 'assemblies.nav.manage', shortLabelId: 'assemblies.nav.short.manage', icon: 'calendar', order: 22, requires: 'managePortfolio' }],
    },
  },
};
