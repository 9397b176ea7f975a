import type { FeatureManifest } from '../../app/feature-manifest';
import { LegalNoticePage } from './routes/LegalNoticePage';

/** "Mentions légales", linked from every footer and open without a session. */
export const legalFeature: FeatureManifest = {
  name: 'legal',
  publicRoutes: [{ path: 'mentions-legales', element: <LegalNoticePage /> }],
};
