import { Router } from 'express';
import { documentRules } from '../auth/rules/documents';
import { photoRules } from '../auth/rules/photos';
import { documentSettings, photoSettings } from '../db/schema';
import type { ModuleManifest } from '../module-manifest';
import { BinderResolver, BinderRootResolver, ViewerDocumentsResolver } from './binder.resolver';
import { documentLoaders } from './document.loaders';
import { DocumentResolver } from './document.resolver';
import { documentRoutes } from './document.routes';
import { PersonDocumentsResolver } from './person-documents.resolver';
import { photoLoaders } from './photo.loaders';
import { BuildingPhotosResolver, PhotoResolver, PhotosViewerCanResolver, ViewerPhotosResolver } from './photo.resolver';
import { photoRoutes } from './photo.routes';
import { documentJobs } from './documents.jobs';
import { DocumentsViewerCanResolver } from './viewer-can.resolver';

/** Binders with their rights, documents (personal, generic, agency-wide), photos per building, staged uploads and downloads. */
export const documentsModule: ModuleManifest = {
  name: 'documents',
  resolvers: [
    BinderResolver,
    ViewerDocumentsResolver,
    BinderRootResolver,
    DocumentResolver,
    PersonDocumentsResolver,
    DocumentsViewerCanResolver,
    PhotoResolver,
    BuildingPhotosResolver,
    ViewerPhotosResolver,
    PhotosViewerCanResolver,
  ],
  loaders: (db, actor) => ({ ...documentLoaders(db, actor), ...photoLoaders(db, actor) }),
  nodes: {
    Binder: (ctx, id) => ctx.loaders.binderById.load(id),
    Document: (ctx, id) => ctx.loaders.documentById.load(id),
    Photo: (ctx, id) => ctx.loaders.photoById.load(id),
  },
  routes: (deps) => Router().use(documentRoutes(deps), photoRoutes(deps)),
  background: documentJobs,
  settings: { ...documentSettings, ...photoSettings },
  rules: { ...documentRules, ...photoRules },
};
