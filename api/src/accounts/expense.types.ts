import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../graphql/scalars/decimal';
import { LocalDateScalar } from '../graphql/scalars/local-date';
import { Node } from '../graphql/node';
import { Connection } from '../graphql/connection';

@ObjectType({ implements: Node, description: 'Exercice: an open fiscal year of a syndicate.' })
export class FiscalYear extends Node {
  @Field(() => String) code!: string;
  @Field(() => LocalDateScalar) startDate!: string;
  @Field(() => LocalDateScalar) endDate!: string;
}

@ObjectType({ implements: Node, description: 'Dépense: an expense of the syndicate.' })
export class Expense extends Node {
  @Field(() => LocalDateScalar, { name: 'date' }) expenseDate!: string;
  @Field(() => String) label!: string;
  @Field(() => String) accountNumber!: string;
  @Field(() => String) accountLabel!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => DecimalScalar, { description: 'TVA.' }) vat!: string;
  @Field(() => DecimalScalar, { description: 'Part déductible.' }) deductible!: string;
  @Field(() => DecimalScalar, { description: 'Part récupérable (on tenants).' }) recoverable!: string;
}

@ObjectType({ description: 'The expenses of one allocation key and expense account, totalled.' })
export class ExpenseGroup {
  @Field(() => String) accountNumber!: string;
  @Field(() => String) accountLabel!: string;
  @Field(() => Int) count!: number;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => DecimalScalar) vat!: string;
  @Field(() => DecimalScalar) deductible!: string;
  @Field(() => DecimalScalar) recoverable!: string;
}

@ObjectType({ description: 'Liste des dépenses of a building for one open fiscal year.' })
export class ExpenseList {
  @Field(() => [FiscalYear], { description: 'The open fiscal years, latest first (the selector).' }) fiscalYears!: unknown[];
  @Field(() => FiscalYear, { nullable: true }) fiscalYear!: unknown;
  @Field(() => [ExpenseGroup], { description: 'Per allocation key then expense account.' }) groups!: ExpenseGroup[];
  @Field(() => DecimalScalar) total!: string;
}

export const ExpenseConnection = Connection(Expense, 'Expense');
