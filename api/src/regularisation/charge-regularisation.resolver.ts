import { Arg, Args, Ctx as Context, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Guarded, Policy } from '../auth/declarations';
import type { lots } from '../db/schema';
import { PageArgs } from '../graphql/connection';
import type { Ctx } from '../graphql/context';
import type { Row } from '../graphql/loaders';
import { toGlobalId } from '../graphql/node';
import { LocalDateScalar } from '../graphql/scalars/local-date';
import { Lot } from '../portfolio/portfolio.types';
import { createChargeRegularisation, createChargeRegularisations } from './create-regularisation.service';
import { deleteChargeRegularisation } from './delete-regularisation.service';
import type { RegularisationRow } from './record-figures';
import { regularisationPage } from './regularisation-list.service';
import { daysBetween } from './regularisation-computation';
import {
  ChargeRegularisation,
  ChargeRegularisationConnection,
  CreateChargeRegularisationInput,
  RegularisationCharge,
  RegularisationStatus,
  TenantRegularisation,
  UpdateChargeRegularisationInput,
} from './regularisation.types';
import { updateChargeRegularisation } from './update-regularisation.service';

@Resolver(() => ChargeRegularisation)
export class ChargeRegularisationResolver {
  @FieldResolver(() => ID)
  id(@Root() regularisation: RegularisationRow) {
    return toGlobalId('ChargeRegularisation', regularisation.id);
  }

  @FieldResolver(() => Lot, { nullable: true, description: 'The lot, when the caller may read it (an integrator needs portfolio:read too).' })
  lot(@Root() regularisation: RegularisationRow, @Context() ctx: Ctx) {
    return ctx.loaders.lotById.loadNow(regularisation.lotId);
  }

  @FieldResolver(() => Int, { description: 'Days in the period, both ends included (366 for 2020).' })
  periodDays(@Root() regularisation: RegularisationRow) {
    return daysBetween(regularisation.periodStart, regularisation.periodEnd);
  }

  @FieldResolver(() => [RegularisationCharge], { description: 'The charge lines given for the lot ("Charges établies par le syndic"…).' })
  charges(@Root() regularisation: RegularisationRow) {
    return regularisation.charges;
  }

  @FieldResolver(() => [TenantRegularisation], { description: 'One record per tenant whose lease overlaps the period, the earliest arrival first.' })
  records(@Root() regularisation: RegularisationRow, @Context() ctx: Ctx) {
    return ctx.loaders.recordsOfRegularisation.load(regularisation.id);
  }

  @FieldResolver(() => RegularisationStatus, { description: 'The least advanced of its records: pending while one is, billed once all are.' })
  async status(@Root() regularisation: RegularisationRow, @Context() ctx: Ctx) {
    const statuses = new Set((await ctx.loaders.recordsOfRegularisation.load(regularisation.id)).map((record) => record.status));
    if (statuses.has('PENDING')) return RegularisationStatus.PENDING;
    if (statuses.has('VALIDATED')) return RegularisationStatus.VALIDATED;
    return RegularisationStatus.BILLED;
  }
}

@Resolver()
export class ChargeRegularisationRootResolver {
  @Policy('regularisation.read')
  @Query(() => ChargeRegularisationConnection, { description: 'The agency\'s charge regularisations ("Régularisation des lots isolés"), the latest period first.' })
  chargeRegularisations(@Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return regularisationPage(ctx, args);
  }

  @Policy('regularisation.create')
  @Mutation(() => ChargeRegularisation, {
    description: '"Ajouter": a regularisation of one lot over one period, with a record per tenant concerned (NO_TENANT_IN_PERIOD when none).',
  })
  createChargeRegularisation(@Arg('input', () => CreateChargeRegularisationInput) input: CreateChargeRegularisationInput, @Context() ctx: Ctx) {
    return createChargeRegularisation(ctx, input);
  }

  @Policy('regularisation.create')
  @Mutation(() => [ChargeRegularisation], {
    description:
      '"Ajouter" for up to 1 000 lots at once (all or none, errors naming inputs[i].…): the yearly round of an agency in a few calls, its statements independent of the number of lots.',
  })
  createChargeRegularisations(@Arg('inputs', () => [CreateChargeRegularisationInput]) inputs: CreateChargeRegularisationInput[], @Context() ctx: Ctx) {
    return createChargeRegularisations(ctx, inputs);
  }

  @Policy('regularisation.update')
  @Mutation(() => ChargeRegularisation, {
    description:
      'Changes the period, charge lines or settings: days recomputed, records added or removed with the leases, entered figures kept; CONFLICT REGULARISATION_BILLED once one is billed, REGULARISATION_ENTERED_FIGURES before removing typed figures.',
  })
  updateChargeRegularisation(@Arg('input', () => UpdateChargeRegularisationInput) input: UpdateChargeRegularisationInput, @Context() ctx: Ctx) {
    return updateChargeRegularisation(ctx, input);
  }

  @Policy('regularisation.delete')
  @Mutation(() => Boolean, { description: '"Supprimer": deletes a regularisation and its records; CONFLICT REGULARISATION_BILLED once one is billed.' })
  deleteChargeRegularisation(@Arg('id', () => ID) id: string, @Context() ctx: Ctx) {
    return deleteChargeRegularisation(ctx, id);
  }
}

/** The lot's "Régularisation le" (manual: "Fiche LOT"), on the portfolio's Lot. */
@Resolver(() => Lot)
export class LotRegularisationResolver {
  @Guarded('regularisation.read')
  @FieldResolver(() => LocalDateScalar, { nullable: true, description: '"Régularisation le": the last day a charge regularisation of the lot was billed (managers).' })
  regularisedOn(@Root() lot: Row<typeof lots>, @Context() ctx: Ctx) {
    return ctx.loaders.lastRegularisedOnOfLot.load(lot.id);
  }
}
