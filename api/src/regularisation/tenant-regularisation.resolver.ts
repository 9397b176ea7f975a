import type { Decimal } from 'decimal.js';
import { Arg, Ctx as Context, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Policy } from '../auth/declarations';
import type { Ctx } from '../graphql/context';
import { toGlobalId } from '../graphql/node';
import { DecimalScalar } from '../graphql/scalars/decimal';
import { Person } from '../identity/identity.types';
import { Lease } from '../leasing/leasing.types';
import { billTenantRegularisations } from './bill-regularisations.service';
import { computeRecord, type RecordRow } from './record-figures';
import type { TenantResult } from './regularisation-computation';
import {
  ChargeRegularisation,
  RegularisationCharge,
  RegularisationLine,
  RegularisationLineShare,
  RegularisationWaterLine,
  TenantRegularisation,
  UpdateTenantRegularisationInput,
} from './regularisation.types';
import { statementPreviewUrlOf } from './regularisation.routes';
import { updateTenantRegularisation } from './update-tenant-regularisation.service';
import { validateTenantRegularisations } from './validate-regularisations.service';

const money = (value: Decimal) => value.toFixed(2);
/** Shares and indexes keep their decimals, at least two ("1.00", "0.33333"). */
const quantity = (value: Decimal) => value.toFixed(Math.max(2, value.decimalPlaces()));

/** The computed figures of a record, once per record and request whatever the number of fields asked. */
const computed = new WeakMap<RecordRow, Promise<TenantResult>>();
function figuresOf(record: RecordRow, ctx: Ctx): Promise<TenantResult> {
  let result = computed.get(record);
  if (!result) {
    result = ctx.loaders.chargeRegularisationById.load(record.regularisationId).then((regularisation) => {
      if (!regularisation) throw new Error('unreachable: a visible record has a visible regularisation');
      return computeRecord(regularisation, record);
    });
    computed.set(record, result);
  }
  return result;
}

@Resolver(() => TenantRegularisation)
export class TenantRegularisationResolver {
  @FieldResolver(() => ID)
  id(@Root() record: RecordRow) {
    return toGlobalId('TenantRegularisation', record.id);
  }

  @FieldResolver(() => ChargeRegularisation, { description: 'The regularisation of the lot this record belongs to.' })
  async chargeRegularisation(@Root() record: RecordRow, @Context() ctx: Ctx) {
    return ctx.loaders.chargeRegularisationById.loadNow(record.regularisationId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The tenant, when the caller may read people (an integrator needs people:read too).' })
  tenant(@Root() record: RecordRow, @Context() ctx: Ctx) {
    return ctx.loaders.personById.loadNow(record.tenantPersonId);
  }

  @FieldResolver(() => Lease, { nullable: true, description: 'The lease, when the caller may read it (an integrator needs portfolio:read too).' })
  lease(@Root() record: RecordRow, @Context() ctx: Ctx) {
    return ctx.loaders.leaseById.loadNow(record.leaseId);
  }

  @FieldResolver(() => DecimalScalar, { description: 'The share of every line unless a line says otherwise (1.00 by default).' })
  share(@Root() record: RecordRow) {
    return record.share;
  }

  @FieldResolver(() => [RegularisationLine], { description: "The regularisation's lines, then the tenant's own; only lines with an amount are printed." })
  async lines(@Root() record: RecordRow, @Context() ctx: Ctx) {
    return (await figuresOf(record, ctx)).lines.map((line) => ({ ...line, share: quantity(line.share), totalAmount: money(line.totalAmount), amountDue: money(line.amountDue) }));
  }

  @FieldResolver(() => [RegularisationCharge], { description: "The lines for this tenant only, as entered (also among `lines`, after the regularisation's)." })
  extraCharges(@Root() record: RecordRow) {
    return record.extraCharges;
  }

  @FieldResolver(() => [RegularisationLineShare], { description: 'Shares of single lines, as entered (by label).' })
  lineShares(@Root() record: RecordRow) {
    return record.lineShares;
  }

  @FieldResolver(() => [RegularisationWaterLine])
  async water(@Root() record: RecordRow, @Context() ctx: Ctx) {
    return (await figuresOf(record, ctx)).water.map((line) => ({
      label: line.label,
      indexStart: quantity(line.indexStart),
      indexEnd: quantity(line.indexEnd),
      consumption: quantity(line.consumption),
      unitPrice: quantity(line.unitPrice),
      amountDue: money(line.amountDue),
    }));
  }

  @FieldResolver(() => DecimalScalar)
  async chargesTotal(@Root() record: RecordRow, @Context() ctx: Ctx) {
    return money((await figuresOf(record, ctx)).chargesTotal);
  }

  @FieldResolver(() => DecimalScalar)
  async waterTotal(@Root() record: RecordRow, @Context() ctx: Ctx) {
    return money((await figuresOf(record, ctx)).waterTotal);
  }

  @FieldResolver(() => DecimalScalar, { description: 'The sum of the printed lines.' })
  async total(@Root() record: RecordRow, @Context() ctx: Ctx) {
    return money((await figuresOf(record, ctx)).total);
  }

  @FieldResolver(() => DecimalScalar, { description: '"Provisions sur charges" called on the period (prefilled from the ledger).' })
  provisions(@Root() record: RecordRow) {
    return record.provisions;
  }

  @FieldResolver(() => Boolean, { description: 'The provisions were typed by the manager: a change of period keeps them instead of prefilling them again from the ledger.' })
  isProvisionsEntered(@Root() record: RecordRow) {
    return record.isProvisionsEntered;
  }

  @FieldResolver(() => DecimalScalar, { description: '"Réintroduction retenue avant décompte".' })
  retained(@Root() record: RecordRow) {
    return record.retained;
  }

  @FieldResolver(() => DecimalScalar, { description: 'total − provisions − retained: positive, the tenant owes; negative, they are owed.' })
  async regularisation(@Root() record: RecordRow, @Context() ctx: Ctx) {
    return money((await figuresOf(record, ctx)).regularisation);
  }

  @FieldResolver(() => Boolean, { description: "The regularisation is in the tenant's favour: one instalment." })
  async isCreditor(@Root() record: RecordRow, @Context() ctx: Ctx) {
    return (await figuresOf(record, ctx)).isCreditor;
  }

  @FieldResolver(() => Boolean, { description: 'A departed tenant under the threshold: nothing is billed nor printed.' })
  async isSkipped(@Root() record: RecordRow, @Context() ctx: Ctx) {
    return (await figuresOf(record, ctx)).isSkipped;
  }

  @FieldResolver(() => Int, { description: '"La régularisation sera quittancée en N fois": 1 for a departed or creditor tenant.' })
  async instalments(@Root() record: RecordRow, @Context() ctx: Ctx) {
    return (await figuresOf(record, ctx)).instalments;
  }

  @FieldResolver(() => Int, { description: 'The instalments the manager asked for (kept should the tenant stop being creditor).' })
  instalmentsRequested(@Root() record: RecordRow) {
    return record.instalments;
  }

  @FieldResolver(() => DecimalScalar, { description: '"Provisions actuelles" (the last call of the fiscal code, editable).' })
  currentMonthlyProvision(@Root() record: RecordRow) {
    return record.currentMonthlyProvision;
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: '"Nouvelles provisions"; null for a departed tenant.' })
  async newMonthlyProvision(@Root() record: RecordRow, @Context() ctx: Ctx) {
    const provision = (await figuresOf(record, ctx)).newMonthlyProvision;
    return provision && money(provision);
  }

  @FieldResolver(() => Boolean, { description: 'The new provisions were typed by the manager (not computed from the rate).' })
  isNewMonthlyProvisionEntered(@Root() record: RecordRow) {
    return record.newMonthlyProvision !== null;
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'What billing put on the account (0.00 when skipped); null until billed.' })
  billedAmount(@Root() record: RecordRow) {
    return record.billedAmount;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The statement ("décompte de charges locatives"): the published document once billed, the preview before; null for a skipped record.',
  })
  async statementPdfUrl(@Root() record: RecordRow, @Context() ctx: Ctx) {
    if ((await figuresOf(record, ctx)).isSkipped) return null;
    // The documents module's download path (document.routes.ts), authorised there like the document.
    if (record.statementDocumentId) return `/files/documents/${toGlobalId('Document', record.statementDocumentId)}`;
    return statementPreviewUrlOf(record);
  }

  @FieldResolver(() => Boolean, { description: 'The statement is published to the tenant (in "Relevés de gérance").' })
  isStatementPublished(@Root() record: RecordRow) {
    return record.statementDocumentId !== null;
  }

  @Policy('regularisation.update')
  @Mutation(() => TenantRegularisation, { description: "Changes a tenant's figures; fields left out keep their value; CONFLICT REGULARISATION_BILLED once billed." })
  updateTenantRegularisation(@Arg('input', () => UpdateTenantRegularisationInput) input: UpdateTenantRegularisationInput, @Context() ctx: Ctx) {
    return updateTenantRegularisation(ctx, input);
  }

  @Policy('regularisation.validate')
  @Mutation(() => [TenantRegularisation], { description: '"Validé": pending records become validated (the others are left as they are).' })
  validateTenantRegularisations(@Arg('recordIds', () => [ID]) recordIds: string[], @Context() ctx: Ctx) {
    return validateTenantRegularisations(ctx, recordIds);
  }

  @Policy('regularisation.bill')
  @Mutation(() => [TenantRegularisation], {
    description:
      '"Quittancer": bills validated records on the tenants\' accounts in one transaction; billed ones are left as they are; CONFLICT REGULARISATION_NOT_VALIDATED for a pending one.',
  })
  billTenantRegularisations(@Arg('recordIds', () => [ID]) recordIds: string[], @Context() ctx: Ctx) {
    return billTenantRegularisations(ctx, recordIds);
  }
}
