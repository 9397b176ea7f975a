import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../graphql/scalars/decimal';
import { LocalDateScalar } from '../graphql/scalars/local-date';
import { Node } from '../graphql/node';
import { Connection } from '../graphql/connection';

export enum AccountKind {
  COOWNER = 'COOWNER',
  OWNER = 'OWNER',
  TENANT = 'TENANT',
  OTHER = 'OTHER',
}
registerEnumType(AccountKind, { name: 'AccountKind', description: 'Copropriétaire (450…), propriétaire (411…), locataire, other.' });

export enum BalancePresentation {
  CREDIT_MINUS_DEBIT = 'CREDIT_MINUS_DEBIT',
  DEBIT_MINUS_CREDIT = 'DEBIT_MINUS_CREDIT',
}
registerEnumType(BalancePresentation, { name: 'BalancePresentation', description: 'Agency setting: sign of presented balances.' });

@ObjectType({ implements: Node, description: "A client's ledger account: 411ALOXECO, 450TRILLON, 81ELLOCATA." })
export class Account extends Node {
  @Field(() => String) number!: string;
  @Field(() => String) label!: string;
  @Field(() => AccountKind) kind!: AccountKind;
  @Field(() => Boolean, { description: "Published to the client's extranet." }) isPublished!: boolean;
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
