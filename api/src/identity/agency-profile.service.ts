import { asc, eq, type SQL } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { agencies } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { TEXT_LIMITS } from '../graphql/batch';
import { badInput } from '../graphql/errors';
import { isPlausibleEmail, isValidSiret, normalizeApeCode, profileOf } from './agency-profile';
import type { AgencyProfile, AgencyProfileInput } from './agency-profile.types';

/**
 * The agency whose legal notice is asked for: the one a code names, else the actor's own, else
 * the deployment's (PUBLIC_AGENCY_CODE, or the first agency created). Across agencies on
 * purpose: a legal notice is public by law, and nothing else of the agency is read here.
 */
export async function agencyProfile(ctx: Ctx, code?: string | null): Promise<AgencyProfile | null> {
  assertCan(ctx.actor, 'agency.readProfile');
  let where: SQL | undefined;
  if (code) where = eq(agencies.code, code);
  else if (ctx.actor.kind !== 'anonymous') where = eq(agencies.id, ctx.actor.agencyId);
  else if (ctx.config.publicAgencyCode) where = eq(agencies.code, ctx.config.publicAgencyCode);
  const [row] = await ctx.db.select().from(agencies).where(where).orderBy(asc(agencies.createdAt), asc(agencies.id)).limit(1);
  return row ? profileOf(row) : null;
}

type ProfileField = keyof AgencyProfileInput;

/** Each field's longest text (TEXT_LIMITS): a card number is a code, names are names, the rest labels. */
const LIMITS: Record<ProfileField, number> = {
  name: TEXT_LIMITS.name,
  legalName: TEXT_LIMITS.name,
  legalForm: TEXT_LIMITS.label,
  siret: TEXT_LIMITS.code,
  apeCode: TEXT_LIMITS.code,
  representativeName: TEXT_LIMITS.name,
  professionalCardNumber: TEXT_LIMITS.code,
  professionalCardIssuer: TEXT_LIMITS.name,
  financialGuarantee: TEXT_LIMITS.label,
  address: TEXT_LIMITS.label,
  phone: TEXT_LIMITS.code,
  email: TEXT_LIMITS.name,
};

/** The columns to write, validated; a field left out (undefined) is not among them. */
function profileChanges(input: AgencyProfileInput): Partial<typeof agencies.$inferInsert> {
  const changes: Record<string, string | null> = {};
  for (const field of Object.keys(LIMITS) as ProfileField[]) {
    const raw = input[field];
    if (raw === undefined) continue;
    const value = (raw ?? '').trim();
    if (value.length > LIMITS[field]) throw badInput(field, 'TEXT_TOO_LONG', `At most ${LIMITS[field]} characters`);
    if (field === 'name' && !value) throw badInput(field, 'INVALID_VALUE', "The agency's name is required");
    if (field === 'siret' && value) {
      const digits = value.replace(/\s/g, '');
      if (!isValidSiret(digits)) throw badInput(field, 'INVALID_SIRET', 'A SIRET is 14 digits passing the Luhn check');
      changes.siret = digits;
      continue;
    }
    if (field === 'apeCode' && value) {
      const code = normalizeApeCode(value);
      if (!code) throw badInput(field, 'INVALID_VALUE', 'A code APE is 4 digits and a letter (68.32A)');
      changes.apeCode = code;
      continue;
    }
    if (field === 'email' && value && !isPlausibleEmail(value)) throw badInput(field, 'INVALID_EMAIL', 'A malformed e-mail address');
    if (field === 'phone' && value && !/\d/.test(value)) throw badInput(field, 'INVALID_VALUE', 'A phone number has digits');
    // phone and email are nullable columns; the others are empty when not filled in.
    changes[field] = value || (field === 'phone' || field === 'email' ? null : '');
  }
  return changes;
}

/** Changes the actor's own agency's profile (managers): validated first, one statement; only the fields given. */
export async function updateAgencyProfile(ctx: Ctx, input: AgencyProfileInput): Promise<AgencyProfile> {
  assertCan(ctx.actor, 'agency.updateProfile');
  if (ctx.actor.kind === 'anonymous') throw new Error('unreachable: the rule admits managers only');
  const agencyId = ctx.actor.agencyId;
  const changes = profileChanges(input);
  const [row] = Object.keys(changes).length
    ? await ctx.db.update(agencies).set(changes).where(eq(agencies.id, agencyId)).returning()
    : await ctx.db.select().from(agencies).where(eq(agencies.id, agencyId));
  return profileOf(row);
}
