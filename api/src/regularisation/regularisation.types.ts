import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../graphql/connection';
import { Node } from '../graphql/node';
import { DecimalScalar } from '../graphql/scalars/decimal';
import { LocalDateScalar } from '../graphql/scalars/local-date';

export enum RegularisationStatus {
  PENDING = 'PENDING',
  VALIDATED = 'VALIDATED',
  BILLED = 'BILLED',
}
registerEnumType(RegularisationStatus, {
  name: 'RegularisationStatus',
  description: 'Pending ("en attente"), validated ("Validé"), billed ("Quittancer": on the account, never changed again).',
});

@ObjectType({ implements: Node, description: 'Régularisation des charges of one lot over one period (gérance), with one record per tenant concerned.' })
export class ChargeRegularisation extends Node {
  @Field(() => LocalDateScalar) periodStart!: string;
  @Field(() => LocalDateScalar) periodEnd!: string;
  @Field(() => String, { description: '"Code fiscalité utilisé pour les provisions" (default 30).' }) fiscalCode!: string;
  @Field(() => DecimalScalar, { description: '"Seuil minimum de régularisation pour les locataires partis" (default 10.00).' }) departedThreshold!: string;
  @Field(() => DecimalScalar, { description: "The fiscal code's rate for the new provisions: 0 keeps the current ones, 100 follows the real charges, 110 adds 10 %." })
  provisionRatePercent!: string;
}

@ObjectType({ description: 'A charge line of the regularisation: a label and the whole amount for the period.' })
export class RegularisationCharge {
  @Field(() => String) label!: string;
  @Field(() => DecimalScalar) amount!: string;
}

@ObjectType({ description: "A tenant's share of one line, by its label." })
export class RegularisationLineShare {
  @Field(() => String) label!: string;
  @Field(() => DecimalScalar) share!: string;
}

export const ChargeRegularisationConnection = Connection(ChargeRegularisation, 'ChargeRegularisation');

@ObjectType({ description: 'A charge line of a tenant: prorated by days and share, rounded half up to the cent.' })
export class RegularisationLine {
  @Field(() => String) label!: string;
  @Field(() => Int, { description: 'Days present in the period.' }) days!: number;
  @Field(() => Int, { description: 'Days in the period (366 in a leap year).' }) periodDays!: number;
  @Field(() => DecimalScalar, { description: '"Quote-part" (1.00 by default).' }) share!: string;
  @Field(() => DecimalScalar, { description: '"Montant total": the whole line.' }) totalAmount!: string;
  @Field(() => DecimalScalar, { description: '"Montant à payer": totalAmount × days / periodDays × share.' }) amountDue!: string;
}

@ObjectType({ description: 'A water line ("Eau froide", "Eau chaude", "Energie thermique"): consumption × unit price; a negative consumption is allowed.' })
export class RegularisationWaterLine {
  @Field(() => String) label!: string;
  @Field(() => DecimalScalar, { description: '"Index précédent".' }) indexStart!: string;
  @Field(() => DecimalScalar, { description: '"Index fin de période".' }) indexEnd!: string;
  @Field(() => DecimalScalar) consumption!: string;
  @Field(() => DecimalScalar, { description: '"Prix unitaire (€/m3)".' }) unitPrice!: string;
  @Field(() => DecimalScalar) amountDue!: string;
}

@ObjectType({ implements: Node, description: 'One tenant\'s regularisation ("Régularisation Elsa Locataire - 1/1"); amounts are decimal strings computed on the server.' })
export class TenantRegularisation extends Node {
  @Field(() => Int, { description: 'Days present in the period.' }) days!: number;
  @Field(() => Boolean, { description: "The tenant has left (by the period's end or since): one instalment, no new provisions, skipped under the threshold." })
  isDeparted!: boolean;
  @Field(() => RegularisationStatus) status!: RegularisationStatus;
}

@InputType({ description: 'A charge line: a label and the whole amount for the period.' })
export class ChargeLineInput {
  @Field(() => String) label!: string;
  @Field(() => DecimalScalar) amount!: string;
}

@InputType({ description: "A tenant's share of one line, by its label." })
export class LineShareInput {
  @Field(() => String) label!: string;
  @Field(() => DecimalScalar) share!: string;
}

@InputType({ description: 'A water line: indexes and the unit price.' })
export class WaterLineInput {
  @Field(() => String) label!: string;
  @Field(() => DecimalScalar) indexStart!: string;
  @Field(() => DecimalScalar) indexEnd!: string;
  @Field(() => DecimalScalar) unitPrice!: string;
}

@InputType({ description: 'A new regularisation ("ajouter"): the lot, the period, the real charges; the tenants concerned follow from their leases.' })
export class CreateChargeRegularisationInput {
  @Field(() => ID) lotId!: string;
  @Field(() => LocalDateScalar) periodStart!: string;
  @Field(() => LocalDateScalar) periodEnd!: string;
  @Field(() => [ChargeLineInput], { description: '"Montant des charges réelles sur la période" and other lines (up to 20).' }) charges!: ChargeLineInput[];
  @Field(() => DecimalScalar, { nullable: true, description: 'Default 10.00.' }) departedThreshold?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Default 100 (new provisions = total / 12).' }) provisionRatePercent?: string | null;
  @Field(() => String, { nullable: true, description: 'Default "30".' }) fiscalCode?: string | null;
}

@InputType({
  description: "A regularisation's new period, charge lines or settings; a field left out keeps its value. Days are recomputed, figures the manager entered are kept.",
})
export class UpdateChargeRegularisationInput {
  @Field(() => ID) id!: string;
  @Field(() => LocalDateScalar, { nullable: true }) periodStart?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) periodEnd?: string | null;
  @Field(() => [ChargeLineInput], { nullable: true, description: 'The charge lines (a list given replaces the previous one).' }) charges?: ChargeLineInput[] | null;
  @Field(() => DecimalScalar, { nullable: true }) departedThreshold?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) provisionRatePercent?: string | null;
  @Field(() => String, { nullable: true, description: 'Another fiscal code: the prefilled provisions follow it, typed ones stay.' }) fiscalCode?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Removes the records of tenants no longer concerned even when they hold figures the manager entered (otherwise CONFLICT REGULARISATION_ENTERED_FIGURES).',
  })
  isRemovalConfirmed?: boolean | null;
}

@InputType({ description: "A tenant's figures; a field left out keeps its value, a list given replaces the previous one." })
export class UpdateTenantRegularisationInput {
  @Field(() => ID) recordId!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'The share of every line (default 1.00).' }) share?: string | null;
  @Field(() => [LineShareInput], { nullable: true, description: 'Shares of single lines, by label.' }) lineShares?: LineShareInput[] | null;
  @Field(() => [ChargeLineInput], { nullable: true, description: 'Lines for this tenant only (e.g. "Ordures ménagères").' }) extraCharges?: ChargeLineInput[] | null;
  @Field(() => [WaterLineInput], { nullable: true }) water?: WaterLineInput[] | null;
  @Field(() => DecimalScalar, { nullable: true, description: '"Provisions sur charges" called on the period.' }) provisions?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: '"Réintroduction retenue avant décompte".' }) retained?: string | null;
  @Field(() => Int, { nullable: true, description: '"Quittancée en N fois" (1 to 12; always 1 for a departed or creditor tenant).' }) instalments?: number | null;
  @Field(() => DecimalScalar, { nullable: true, description: '"Provisions actuelles".' }) currentMonthlyProvision?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: '"Nouvelles provisions" typed by the manager, kept over the computed ones.' }) newMonthlyProvision?: string | null;
}

declare module '../graphql/node' {
  /** This module's node types. */
  interface NodeTypes {
    ChargeRegularisation: true;
    TenantRegularisation: true;
  }
}
