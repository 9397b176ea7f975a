import { Field, ObjectType, registerEnumType } from 'type-graphql';
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

@ObjectType({ implements: Node, description: 'A client\'s ledger account: 411ALOXECO, 450TRILLON, 81ELLOCATA.' })
export class Account extends Node {
  @Field(() => String) number!: string;
  @Field(() => String) label!: string;
  @Field(() => AccountKind) kind!: AccountKind;
  @Field(() => Boolean, { description: 'Published to the client\'s extranet.' }) isPublished!: boolean;
}

export const AccountConnection = Connection(Account, 'Account');
