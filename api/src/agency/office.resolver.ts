import { Arg, Args, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Policy } from '../auth/declarations';
import type { Ctx } from '../graphql/context';
import { PageArgs } from '../graphql/connection';
import { toGlobalId } from '../graphql/node';
import { createAgencyOffice, deleteAgencyOffice, officePage, updateAgencyOffice, type AgencyOfficeRow } from './office.service';
import { AgencyOffice, AgencyOfficeConnection, AgencyOfficeInput } from './office.types';

const orNull = (value: string) => (value.trim() ? value : null);

@Resolver(() => AgencyOffice)
export class AgencyOfficeResolver {
  @FieldResolver(() => ID)
  id(@Root() office: AgencyOfficeRow) {
    return toGlobalId('AgencyOffice', office.id);
  }

  // The columns are empty when not filled in; the API answers null (as the agency profile does).
  @FieldResolver(() => String, { nullable: true }) address(@Root() o: AgencyOfficeRow) {
    return orNull(o.address);
  }
  @FieldResolver(() => String, { nullable: true }) phone(@Root() o: AgencyOfficeRow) {
    return orNull(o.phone);
  }
  @FieldResolver(() => String, { nullable: true }) email(@Root() o: AgencyOfficeRow) {
    return orNull(o.email);
  }
  @FieldResolver(() => String, { nullable: true }) openingHours(@Root() o: AgencyOfficeRow) {
    return orNull(o.openingHours);
  }
  @FieldResolver(() => String, { nullable: true }) legalForm(@Root() o: AgencyOfficeRow) {
    return orNull(o.legalForm);
  }
  @FieldResolver(() => String, { nullable: true }) siret(@Root() o: AgencyOfficeRow) {
    return orNull(o.siret);
  }
  @FieldResolver(() => String, { nullable: true }) apeCode(@Root() o: AgencyOfficeRow) {
    return orNull(o.apeCode);
  }

  @Policy('agencyOffice.list')
  @Query(() => AgencyOfficeConnection, { description: 'The agency\'s offices ("Bureaux") by name: what clients see under "Contacts agence" / "Contacts syndic".' })
  agencyOffices(@Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return officePage(ctx, args);
  }

  @Policy('agencyOffice.manage')
  @Mutation(() => AgencyOffice, { description: 'Adds an office to the agency ("Agence" → "Bureaux").' })
  createAgencyOffice(@Arg('input', () => AgencyOfficeInput) input: AgencyOfficeInput, @Context() ctx: Ctx) {
    return createAgencyOffice(ctx, input);
  }

  @Policy('agencyOffice.manage')
  @Mutation(() => AgencyOffice, { description: "Replaces an office's details." })
  updateAgencyOffice(@Arg('officeId', () => ID) officeId: string, @Arg('input', () => AgencyOfficeInput) input: AgencyOfficeInput, @Context() ctx: Ctx) {
    return updateAgencyOffice(ctx, officeId, input);
  }

  @Policy('agencyOffice.manage')
  @Mutation(() => Boolean, { description: 'Deletes an office of the agency.' })
  deleteAgencyOffice(@Arg('officeId', () => ID) officeId: string, @Context() ctx: Ctx) {
    return deleteAgencyOffice(ctx, officeId);
  }
}
