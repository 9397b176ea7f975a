import type { FeatureManifest, MenuEntry } from '../../app/feature-manifest';
import { ManagerDocumentsPage } from './routes/ManagerDocumentsPage';
import { MyDocumentsPage } from './routes/MyDocumentsPage';
import { PublishDocumentsPage } from './routes/PublishDocumentsPage';

// Out of the menu where the agency switched "Mes documents" off (readDocuments: false).
const clientEntry: MenuEntry = { path: 'documents', labelId: 'documents.nav.mine', shortLabelId: 'documents.nav.short.mine', icon: 'folder', order: 35, requires: 'readDocuments' };

/**
 * "Mes documents" in both client spaces (each its module's binders), and the console's
 * "Documents" (manual, "Documents") with publication of new files.
 */
export const documentsFeature: FeatureManifest = {
  name: 'documents',
  spaces: {
    SYNDIC: { routes: [{ path: 'documents', element: <MyDocumentsPage space="SYNDIC" /> }], menu: [clientEntry] },
    GERANCE: { routes: [{ path: 'documents', element: <MyDocumentsPage space="GERANCE" /> }], menu: [clientEntry] },
    MANAGEMENT: {
      routes: [
        { path: 'documents', element: <ManagerDocumentsPage /> },
        { path: 'documents/publier', element: <PublishDocumentsPage /> },
      ],
      menu: [{ path: 'documents', labelId: 'documents.nav.manager', shortLabelId: 'documents.nav.short.manager', icon: 'folder', order: 25, requires: 'manageDocuments' }],
    },
  },
};
