import { Field, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../graphql/scalars/decimal';

@ObjectType({ description: 'An amount a lot holds on a works-fund account (105xxx, or 102xxx when published).' })
export class WorksFundLine {
  @Field(() => String) accountNumber!: string;
  @Field(() => String) label!: string;
  @Field(() => DecimalScalar) amount!: string;
}

@ObjectType({ description: 'The works funds of one lot.' })
export class LotWorksFund {
  @Field(() => [WorksFundLine]) lines!: WorksFundLine[];
  @Field(() => DecimalScalar) total!: string;
}

@ObjectType({ description: "The works funds of a co-owner's lots in one building, with the building total." })
export class BuildingWorksFund {
  @Field(() => [LotWorksFund]) lots!: LotWorksFund[];
  @Field(() => DecimalScalar) total!: string;
}
