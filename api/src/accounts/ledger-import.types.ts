import { Field, ID, InputType } from 'type-graphql';
import { DecimalScalar } from '../graphql/scalars/decimal';
import { LocalDateScalar } from '../graphql/scalars/local-date';
import { AccountKind } from './account.types';

@InputType({ description: 'An account of the back-office, identified by entity code and number.' })
export class AccountInput {
  @Field(() => String, { description: 'G001, S001…' }) entityCode!: string;
  @Field(() => String) number!: string;
  @Field(() => String) label!: string;
  @Field(() => AccountKind) kind!: AccountKind;
  @Field(() => ID, { nullable: true, description: 'The holder (Person id).' }) personId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Publish to the client; unchanged when omitted (new accounts: published).' }) isPublished?: boolean | null;
}

@InputType({ description: 'A ledger entry; `externalId` makes loading idempotent.' })
export class LedgerEntryInput {
  @Field(() => String) externalId!: string;
  @Field(() => String) entityCode!: string;
  @Field(() => String) accountNumber!: string;
  @Field(() => LocalDateScalar) date!: string;
  @Field(() => String) label!: string;
  @Field(() => DecimalScalar, { nullable: true }) debit?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) credit?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'A treasury movement (règlement).' }) isTreasury?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'On an analytic account not paid back to owners.' }) isAnalyticNotPaidBack?: boolean | null;
  @Field(() => String, { nullable: true, description: '"Code fiscalité" of a rent-call line (`30`: provisions on charges, which the charge regularisation sums).' })
  fiscalCode?: string | null;
}

@InputType()
export class FiscalYearInput {
  @Field(() => String) entityCode!: string;
  @Field(() => String) code!: string;
  @Field(() => LocalDateScalar) startDate!: string;
  @Field(() => LocalDateScalar) endDate!: string;
  @Field(() => Boolean) isOpen!: boolean;
}

@InputType()
export class ExpenseInput {
  @Field(() => String) externalId!: string;
  @Field(() => String) buildingCode!: string;
  @Field(() => String) fiscalYearCode!: string;
  @Field(() => String) allocationKeyCode!: string;
  @Field(() => String) accountNumber!: string;
  @Field(() => String) accountLabel!: string;
  @Field(() => LocalDateScalar) date!: string;
  @Field(() => String) label!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => DecimalScalar, { nullable: true }) vat?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) deductible?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) recoverable?: string | null;
  @Field(() => String, { nullable: true, description: 'The invoice as a base64 PDF.' }) invoicePdfBase64?: string | null;
}

@InputType()
export class WorksFundLineInput {
  @Field(() => String, { description: 'GILBERT/069' }) lotCode!: string;
  @Field(() => String, { description: '105999, 102001…' }) accountNumber!: string;
  @Field(() => String) label!: string;
  @Field(() => DecimalScalar) amount!: string;
}
