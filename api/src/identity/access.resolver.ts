import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Policy } from '../auth/declarations';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { PageArgs } from '../graphql/connection';
import { expectGlobalId, toGlobalId } from '../graphql/node';
import {
  AccessGrant,
  ApiToken,
  ApiTokenConnection,
  BulkAccessGrantPayload,
  CreateApiTokenInput,
  CreateApiTokenPayload,
  Person,
  PersonConnection,
  PersonRole,
  TemporaryPasswordDelivery,
} from './identity.types';
import { accessLetterOf, accessLettersOf, disableAccess, enableAccess, issueTemporaryPassword, type AccessGrant as Grant } from './access.service';
import { searchPeople } from './people.service';
import { createApiToken, listApiTokens, revokeApiToken, type ApiTokenRow } from './api-token.service';

const MAX_BATCH = 100;
/**
 * An "activation par salve" or a bulk switch-off: at most 200 clients a call (the console's
 * "select all matching" stops there). One call, so one PDF of letters and one transaction; about
 * 200 argon2 hashes, a few seconds on two cores.
 */
export const MAX_BULK = 200;

function personIdsOf(ids: string[], field = 'personIds', max = MAX_BATCH): string[] {
  if (ids.length === 0 || ids.length > max) throw badInput(field, 'INVALID_VALUE', `Give 1 to ${max} persons`);
  return [...new Set(ids.map((id) => expectGlobalId(id, 'Person', field)))];
}

@ArgsType()
class PeopleArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Words found, in any order, accents and case ignored, in the name, an e-mail, the sign-in identifier, an account number or the code of a lot held, rented or under mandate.',
  })
  search?: string | null;

  @Field(() => PersonRole, { nullable: true, description: 'With buildingId: the role held in that building.' })
  role?: PersonRole | null;

  @Field(() => ID, { nullable: true, description: "Persons with a current relation in this building (with role: that role there). Another agency's building matches nobody." })
  buildingId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: extranet access switched on; false: no access yet, or switched off.' })
  hasAccess?: boolean | null;
}

@Resolver(() => AccessGrant)
export class AccessResolver {
  @FieldResolver(() => Person)
  person(@Root() grant: Grant, @Context() ctx: Ctx) {
    return ctx.loaders.personById.loadNow(grant.personId);
  }

  @FieldResolver(() => String, {
    description:
      'The letter to print or post (PDF, base64): identifier, temporary password and the address to open. Only in the payload that issued the password; never stored, so never downloadable again.',
  })
  async letterPdfBase64(@Root() grant: Grant, @Context() ctx: Ctx) {
    // The payload carries a password: no cache may keep it (Apollo sets no cache headers itself).
    ctx.res?.setHeader('cache-control', 'private, no-store');
    return (await accessLetterOf(ctx, grant)).toString('base64');
  }

  @Policy('person.search')
  @Query(() => PersonConnection, { description: 'Every person of the agency (managers, `people:read` integrators).' })
  people(@Args(() => PeopleArgs) args: PeopleArgs, @Context() ctx: Ctx) {
    return searchPeople(ctx, { ...args, buildingId: args.buildingId ? expectGlobalId(args.buildingId, 'Building', 'buildingId') : null });
  }

  @Policy('access.enable')
  @Mutation(() => [AccessGrant], { description: 'Switches extranet access on for up to 100 clients; each gets a password valid once.' })
  enableExtranetAccess(
    @Arg('personIds', () => [ID]) personIds: string[],
    @Arg('delivery', () => TemporaryPasswordDelivery, { nullable: true }) delivery: TemporaryPasswordDelivery | null,
    @Context() ctx: Ctx,
  ) {
    return enableAccess(ctx, personIdsOf(personIds), { sendByEmail: delivery?.sendByEmail ?? false });
  }

  @Policy('access.enable')
  @Mutation(() => BulkAccessGrantPayload, {
    description: '"Activation par salve": switches access on for up to 200 clients at once; the identifiers, first passwords and one PDF of letters, shown once.',
  })
  async enableExtranetAccessInBulk(
    @Arg('personIds', () => [ID]) personIds: string[],
    @Arg('delivery', () => TemporaryPasswordDelivery, { nullable: true }) delivery: TemporaryPasswordDelivery | null,
    @Context() ctx: Ctx,
  ) {
    const grants = await enableAccess(ctx, personIdsOf(personIds, 'personIds', MAX_BULK), { sendByEmail: delivery?.sendByEmail ?? false });
    ctx.loaders.identityOfPerson.clearAll();
    // The payload carries passwords: no cache may keep it.
    ctx.res?.setHeader('cache-control', 'private, no-store');
    return { grants, lettersPdfBase64: (await accessLettersOf(ctx, grants)).toString('base64') };
  }

  @Policy('access.disable')
  @Mutation(() => [Person], { description: 'Switches access off for up to 200 clients; their sessions end at once.' })
  async disableExtranetAccess(@Arg('personIds', () => [ID]) personIds: string[], @Context() ctx: Ctx) {
    const ids = await disableAccess(ctx, personIdsOf(personIds, 'personIds', MAX_BULK));
    ctx.loaders.identityOfPerson.clearAll();
    return ctx.loaders.personById.loadMany(ids);
  }

  @Policy('password.issueTemporary')
  @Mutation(() => AccessGrant, { description: '"Re-générer le mot de passe": a temporary password, shown once, e-mailed when asked.' })
  issueTemporaryPassword(
    @Arg('personId', () => ID) personId: string,
    @Arg('delivery', () => TemporaryPasswordDelivery, { nullable: true }) delivery: TemporaryPasswordDelivery | null,
    @Context() ctx: Ctx,
  ) {
    return issueTemporaryPassword(ctx, expectGlobalId(personId, 'Person', 'personId'), { sendByEmail: delivery?.sendByEmail ?? false });
  }
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @FieldResolver(() => ID)
  id(@Root() token: ApiTokenRow) {
    return toGlobalId('ApiToken', token.id);
  }

  @Policy('apiToken.manage')
  @Query(() => ApiTokenConnection, { description: "The agency's integrator tokens." })
  apiTokens(@Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return listApiTokens(ctx, args);
  }

  @Policy('apiToken.manage')
  @Mutation(() => CreateApiTokenPayload)
  createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Context() ctx: Ctx) {
    return createApiToken(ctx, input.name, input.scopes, input.expiresAt);
  }

  @Policy('apiToken.manage')
  @Mutation(() => ApiToken)
  revokeApiToken(@Arg('id', () => ID) id: string, @Context() ctx: Ctx) {
    return revokeApiToken(ctx, expectGlobalId(id, 'ApiToken'));
  }
}
