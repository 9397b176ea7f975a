import { identityRules } from '../auth/rules/identity';
import type { ModuleManifest } from '../module-manifest';
import { AccessResolver, ApiTokenResolver } from './access.resolver';
import { CollaboratorResolver } from './collaborator.resolver';
import { AgencyResolver } from './agency.resolver';
import { apiTokenById } from './api-token.service';
import { personLoaders } from './person.loaders';
import { PersonResolver } from './person.resolver';
import { PersonImportResolver } from './import/person-import.resolver';
import { ViewerResolver } from './viewer.resolver';

/** Persons, sign-in and sessions, passwords, extranet access, integrator tokens, the agency's settings and profile. */
export const identityModule: ModuleManifest = {
  name: 'identity',
  resolvers: [ViewerResolver, PersonResolver, AccessResolver, ApiTokenResolver, PersonImportResolver, CollaboratorResolver, AgencyResolver],
  loaders: personLoaders,
  nodes: {
    Person: (ctx, id) => ctx.loaders.personById.load(id),
    ApiToken: apiTokenById,
  },
  rules: identityRules,
};
