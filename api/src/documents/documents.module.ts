import { documentRules } from '../auth/rules/documents';
import { documentSettings } from '../db/schema';
import type { ModuleManifest } from '../module-manifest';
import { BinderResolver, BinderRootResolver, ViewerDocumentsResolver } from './binder.resolver';
import { documentLoaders } from './document.loaders';
import { DocumentResolver } from './document.resolver';
import { documentRoutes } from './document.routes';
import { documentJobs } from './documents.jobs';
import { DocumentsViewerCanResolver } from './viewer-can.resolver';

/** Binders with their rights, documents (personal, generic, agency-wide), staged uploads and downloads. */
export const documentsModule: ModuleManifest = {
  name: 'documents',
  resolvers: [BinderResolver, ViewerDocumentsResolver, BinderRootResolver, DocumentResolver, DocumentsViewerCanResolver],
  loaders: documentLoaders,
  nodes: {
    Binder: (ctx, id) => ctx.loaders.binderById.load(id),
    Document: (ctx, id) => ctx.loaders.documentById.load(id),
  },
  routes: documentRoutes,
  background: documentJobs,
  settings: documentSettings,
  rules: documentRules,
};
