import { Arg, Ctx as Context, Mutation, Query, Resolver } from 'type-graphql';
import { Policy } from '../auth/declarations';
import type { Ctx } from '../graphql/context';
import { AgencySettingsInput, AgencySettingsObject } from '../settings/settings.graphql';
import { AgencyProfile, AgencyProfileInput } from './agency-profile.types';
import { agencyProfile, updateAgencyProfile } from './agency-profile.service';
import { agencySettingsOf, updateAgencySettings } from './agency-settings.service';

/** The agency's settings ("Paramètres") and legal profile ("Mentions légales"). */
@Resolver()
export class AgencyResolver {
  @Policy('agency.readSettings')
  @Query(() => AgencySettingsObject, { description: "The signed-in manager's agency settings." })
  agencySettings(@Context() ctx: Ctx) {
    return agencySettingsOf(ctx);
  }

  @Policy('agency.updateSettings')
  @Mutation(() => AgencySettingsObject, { description: "Changes some of the agency's settings (managers); fields left out are unchanged; effective from the next request." })
  updateAgencySettings(@Arg('input', () => AgencySettingsInput) input: AgencySettingsInput, @Context() ctx: Ctx) {
    return updateAgencySettings(ctx, input);
  }

  @Policy('agency.readProfile')
  @Query(() => AgencyProfile, {
    nullable: true,
    description: "An agency's legal profile, public: the agency `code` names, else the viewer's own, else the deployment's (the legal notice without a session).",
  })
  agencyProfile(@Arg('code', () => String, { nullable: true }) code: string | null | undefined, @Context() ctx: Ctx) {
    return agencyProfile(ctx, code);
  }

  @Policy('agency.updateProfile')
  @Mutation(() => AgencyProfile, { description: "Changes the agency's legal profile (managers); fields left out are unchanged." })
  updateAgencyProfile(@Arg('input', () => AgencyProfileInput) input: AgencyProfileInput, @Context() ctx: Ctx) {
    return updateAgencyProfile(ctx, input);
  }
}
