import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../graphql/scalars/decimal';
import { LocalDateScalar } from '../graphql/scalars/local-date';
import { Node } from '../graphql/node';
import { Connection } from '../graphql/connection';
import { settingEnum } from '../settings/settings.graphql';

export enum AccountKind {
  COOWNER = 'COOWNER',
  OWNER = 'OWNER',
  TENANT = 'TENANT',
  OTHER = 'OTHER',
}
registerEnumType(AccountKind, { name: 'AccountKind', description: 'Copropriétaire (450…), propriétaire (411…), locataire, other.' });

/** The agency's balance presentation: the settings registry's enum, so the setting and the fields that show it are one type. */
export const BalancePresentation = settingEnum('balancePresentation');
export type BalancePresentation = (typeof BalancePresentation)[keyof typeof BalancePresentation];

export enum AccountDirection {
  OWING = 'OWING',
  IN_CREDIT = 'IN_CREDIT',
  SETTLED = 'SETTLED',
}
registerEnumType(AccountDirection, {
  name: 'AccountDirection',
  description: 'Which way the balance runs, whatever the presentation setting: the holder owes (debit balance), is in credit, or is settled.',
  valuesConfig: {
    OWING: { description: 'Debit exceeds credit: "Vous devez …".' },
    IN_CREDIT: { description: 'Credit exceeds debit: "Votre compte est créditeur de …".' },
    SETTLED: { description: 'Debit equals credit.' },
  },
});

@ObjectType({ description: 'The balance in plain words, as of today: an amount (never negative) and its direction.' })
export class AccountPosition {
  @Field(() => DecimalScalar, { description: 'What is owed or in credit, positive ("743.32"); "0.00" when settled.' }) amount!: string;
  @Field(() => AccountDirection) direction!: AccountDirection;
}

@ObjectType({ description: 'A dated amount of an account: a payment received, a call to come.' })
export class AccountMovement {
  @Field(() => LocalDateScalar) date!: string;
  @Field(() => DecimalScalar, { description: 'Positive; the sum of the entries of that day.' }) amount!: string;
}

@ObjectType({ implements: Node, description: "A client's ledger account: 411ALOXECO, 450TRILLON, 81ELLOCATA." })
export class Account extends Node {
  @Field(() => String) number!: string;
  @Field(() => String) label!: string;
  @Field(() => AccountKind) kind!: AccountKind;
  isPublished!: boolean;
}

export const AccountConnection = Connection(Account, 'Account');

@ObjectType({ description: 'A line of a statement: an entry, or the treasury entries of a day when the agency groups them.' })
export class StatementLine {
  @Field(() => LocalDateScalar) date!: string;
  @Field(() => String) label!: string;
  @Field(() => DecimalScalar) debit!: string;
  @Field(() => DecimalScalar) credit!: string;
  @Field(() => DecimalScalar, { description: "Running balance after the line, in the agency's presentation." }) balance!: string;
  @Field(() => Int, { description: 'Entries the line stands for (above 1 for grouped treasury entries).' }) entryCount!: number;
}

export const StatementLineConnection = Connection(StatementLine, 'StatementLine');

@ObjectType({ description: 'An account statement over a date range ("Situation du compte").' })
export class AccountStatement {
  @Field(() => LocalDateScalar) from!: string;
  @Field(() => LocalDateScalar) to!: string;
  @Field(() => DecimalScalar, { description: 'Balance of everything before `from` ("Solde antérieur").' }) openingBalance!: string;
  @Field(() => DecimalScalar, { description: 'Balance at the end of `to` ("Solde fin de période").' }) closingBalance!: string;
  @Field(() => DecimalScalar, { description: 'Sum of the debits of the entries in [from, to].' }) totalDebit!: string;
  @Field(() => DecimalScalar, { description: 'Sum of the credits of the entries in [from, to].' }) totalCredit!: string;
  @Field(() => BalancePresentation) presentation!: BalancePresentation;
}

@ObjectType({ description: 'End-of-day balance, for the balance chart.' })
export class BalancePoint {
  @Field(() => LocalDateScalar) date!: string;
  @Field(() => DecimalScalar) balance!: string;
}

declare module '../graphql/node' {
  /** This module's node types (global ids "Account:uuid"…). */
  interface NodeTypes {
    Account: true;
    Expense: true;
    FiscalYear: true;
  }
}
