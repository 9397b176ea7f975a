import { Field, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../graphql/scalars/decimal';

@ObjectType({ description: 'An amount a lot holds on a works-fund account (105xxx, or 102xxx when published).' })
export class WorksFundLine {
  @Field(() => String) accountNumber!: string;
  @Field(() => String) label!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => Date, { description: 'When the back-office last loaded a change to this line.' }) updatedAt!: Date;
}

@ObjectType({ description: 'The works funds of one lot.' })
export class LotWorksFund {
  @Field(() => [WorksFundLine]) lines!: WorksFundLine[];
  @Field(() => DecimalScalar) total!: string;
}

@ObjectType({ description: "The works funds of a co-owner's lots in one building, with the co-owner's total there." })
export class BuildingWorksFund {
  @Field(() => [LotWorksFund]) lots!: LotWorksFund[];
  @Field(() => DecimalScalar, { description: "The co-owner's own share of the building's works fund: the sum of their lots' lines (not the syndicate's whole fund)." })
  total!: string;
  @Field(() => Date, { nullable: true, description: 'The date of the figures: the latest load among the lines shown; null when no line is shown.' }) asOf!: Date | null;
}
