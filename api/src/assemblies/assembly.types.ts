import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../graphql/connection';
import { Node } from '../graphql/node';
import { DecimalScalar } from '../graphql/scalars/decimal';
import { LocalDateScalar } from '../graphql/scalars/local-date';

export enum AssemblyKind {
  ORDINARY = 'ORDINARY',
  EXTRAORDINARY = 'EXTRAORDINARY',
}
registerEnumType(AssemblyKind, { name: 'AssemblyKind', description: 'Assemblée générale ordinaire or extraordinaire.' });

export enum AttendanceStatus {
  ABSENT = 'ABSENT',
  PRESENT = 'PRESENT',
  REPRESENTED = 'REPRESENTED',
  REMOTE = 'REMOTE',
  POSTAL = 'POSTAL',
}
registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: 'The manual\'s codes ("Saisie des présences"): N absent, O present, R represented, D remote, C postal vote.',
});

export enum PresenceMode {
  PRESENT = 'PRESENT',
  REMOTE = 'REMOTE',
}
registerEnumType(PresenceMode, { name: 'PresenceMode', description: 'In the room (O) or remotely (D).' });

export enum VoteChoice {
  YES = 'YES',
  NO = 'NO',
  ABSTAIN = 'ABSTAIN',
  NOT_VOTING = 'NOT_VOTING',
}
registerEnumType(VoteChoice, { name: 'VoteChoice', description: 'Pour, contre, abstention, non votant.' });

export enum PostalChoice {
  YES = 'YES',
  NO = 'NO',
  ABSTAIN = 'ABSTAIN',
}
registerEnumType(PostalChoice, { name: 'PostalChoice', description: 'The official postal form\'s boxes: pour, contre, abstention (a question left blank is "not voting").' });

export enum Majority {
  ARTICLE_24 = 'ARTICLE_24',
  ARTICLE_25 = 'ARTICLE_25',
  ARTICLE_26 = 'ARTICLE_26',
  UNANIMITY = 'UNANIMITY',
}
registerEnumType(Majority, { name: 'Majority', description: 'The majority a resolution is put to (law of 10 July 1965); the 25-1 and 26-1 passerelles apply automatically.' });

export enum MajorityArticle {
  ARTICLE_24 = 'ARTICLE_24',
  ARTICLE_25 = 'ARTICLE_25',
  ARTICLE_25_1 = 'ARTICLE_25_1',
  ARTICLE_26 = 'ARTICLE_26',
  ARTICLE_26_1 = 'ARTICLE_26_1',
  UNANIMITY = 'UNANIMITY',
}
registerEnumType(MajorityArticle, { name: 'MajorityArticle', description: 'The article that decided: ARTICLE_25_1 and ARTICLE_26_1 name the second vote of a passerelle.' });

export enum Ballot {
  FIRST = 'FIRST',
  SECOND = 'SECOND',
}
registerEnumType(Ballot, { name: 'Ballot', description: 'The first vote, or the immediate second vote of a passerelle (art. 25-1, 26-1).' });

export enum ResolutionOutcome {
  ADOPTED = 'ADOPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(ResolutionOutcome, { name: 'ResolutionOutcome', description: 'ACCEPTÉE or REJETÉE.' });

@ObjectType({ description: 'A headcount and its shares (tantièmes, exact decimal string).' })
export class Headcount {
  @Field(() => Int) count!: number;
  @Field(() => DecimalScalar) shares!: string;
}

@ObjectType({ description: "The attendance totals per code, in headcount and shares of the AG's attendance key." })
export class AttendanceSummary {
  @Field(() => Headcount) absent!: Headcount;
  @Field(() => Headcount) present!: Headcount;
  @Field(() => Headcount) represented!: Headcount;
  @Field(() => Headcount) remote!: Headcount;
  @Field(() => Headcount) postal!: Headcount;
  @Field(() => Headcount) total!: Headcount;
}

@ObjectType({ implements: Node, description: "Assemblée générale of a building's syndicate." })
export class GeneralAssembly extends Node {
  @Field(() => String) title!: string;
  @Field(() => AssemblyKind) kind!: AssemblyKind;
  @Field(() => Date) startsAt!: Date;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => String, { nullable: true }) reference!: string | null;
  @Field(() => String, { nullable: true, description: 'Président de séance.' }) chairName!: string | null;
  @Field(() => String, { nullable: true, description: 'Secrétaire de séance.' }) secretaryName!: string | null;
  @Field(() => [String], { description: 'Scrutateurs.' }) scrutineerNames!: string[];
  @Field(() => Date, { nullable: true, description: 'When the minutes were published; co-owners read the results from then on.' })
  reportPublishedAt!: Date | null;
}

@ObjectType({ description: 'An arrival or a departure during the AG: from which resolution on, and at what time ("à 11:51, résolution 6").' })
export class AttendanceChange {
  @Field(() => String) resolutionNumber!: string;
  @Field(() => String, { description: 'HH:MM.' }) time!: string;
}

@ObjectType({ implements: Node, description: "A co-owner of the building on the AG's date (a person, a couple, an indivision) and their attendance." })
export class AssemblyParticipant extends Node {
  @Field(() => String, { description: "The name on the attendance sheet, as on the AG's date." }) displayName!: string;
  @Field(() => String, { nullable: true, description: 'The co-owner account (450TRILLON).' }) accountNumber!: string | null;
  @Field(() => AttendanceStatus) status!: AttendanceStatus;
  @Field(() => String, { nullable: true, description: 'A named third party holding the proxy (never the syndic or its staff).' })
  proxyHolderName!: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the postal form was received (C).' })
  postalFormReceivedOn!: string | null;
}

@ObjectType({ description: 'One answer of a postal form.' })
export class PostalVoteEntry {
  @Field(() => PostalChoice) choice!: PostalChoice;
}

@ObjectType({ description: 'What a postal form said and when: the receipt of an online postal vote.' })
export class PostalVoteReceipt {
  @Field(() => LocalDateScalar) receivedOn!: string;
  @Field(() => Date, { nullable: true, description: 'When it was cast online; null for a paper form.' }) castAt!: Date | null;
}

@ObjectType({ implements: Node, description: 'A resolution of the agenda ("5", "5.1" for a sub-resolution).' })
export class Resolution extends Node {
  @Field(() => String) number!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => Majority) majority!: Majority;
  @Field(() => Boolean, { description: 'Amended during the AG: favourable postal votes became défaillants.' }) amended!: boolean;
}

@ObjectType({ description: "One vote's figures (shares after any art. 22 reduction) and names." })
export class VoteTally {
  @Field(() => MajorityArticle, { description: 'The majority it was judged by (ARTICLE_24 for a 25-1 second vote, ARTICLE_25 for 26-1).' })
  article!: MajorityArticle;
  @Field(() => Boolean) adopted!: boolean;
  @Field(() => Headcount) yes!: Headcount;
  @Field(() => Headcount) no!: Headcount;
  @Field(() => Headcount) abstain!: Headcount;
  @Field(() => Headcount, { description: 'Not voting, défaillants included.' }) notVoting!: Headcount;
  @Field(() => Headcount) absent!: Headcount;
  @Field(() => [String]) opponents!: string[];
  @Field(() => [String]) abstainers!: string[];
  @Field(() => [String]) nonVoters!: string[];
  @Field(() => [String]) absentees!: string[];
}

@ObjectType({ description: "Art. 22: a co-owner above half of the key votes with the sum of the others' shares." })
export class Art22Reduction {
  @Field(() => DecimalScalar) shares!: string;
  @Field(() => DecimalScalar) reducedTo!: string;
  @Field(() => DecimalScalar, { description: "The key's total for the resolution: twice the others' shares." }) keyTotal!: string;
}

@ObjectType({ description: "A resolution's result, computed on the server from its key; the deciding vote's figures at the top." })
export class ResolutionResult {
  @Field(() => ResolutionOutcome) outcome!: ResolutionOutcome;
  @Field(() => MajorityArticle) decidingArticle!: MajorityArticle;
  @Field(() => Headcount, { description: 'The co-owners holding shares under the key.' }) members!: Headcount;
  @Field(() => Headcount) yes!: Headcount;
  @Field(() => Headcount) no!: Headcount;
  @Field(() => Headcount) abstain!: Headcount;
  @Field(() => Headcount) notVoting!: Headcount;
  @Field(() => Headcount) absent!: Headcount;
  @Field(() => [String]) opponents!: string[];
  @Field(() => [String]) abstainers!: string[];
  @Field(() => [String]) nonVoters!: string[];
  @Field(() => [String]) absentees!: string[];
  @Field(() => [String], { description: 'Postal voters whose favourable vote fell with the amendment (not voting, notified as absent).' })
  defaillants!: string[];
  @Field(() => Art22Reduction, { nullable: true, description: 'The art. 22 reduction applied on this resolution, if any.' }) art22!: Art22Reduction | null;
  @Field(() => VoteTally) firstVote!: VoteTally;
  @Field(() => VoteTally, { nullable: true, description: 'The immediate second vote of a passerelle, when one was held.' }) secondVote!: VoteTally | null;
}

export const GeneralAssemblyConnection = Connection(GeneralAssembly, 'GeneralAssembly');
export const AssemblyParticipantConnection = Connection(AssemblyParticipant, 'AssemblyParticipant');

declare module '../graphql/node' {
  /** This module's node types. */
  interface NodeTypes {
    GeneralAssembly: true;
    AssemblyParticipant: true;
    Resolution: true;
  }
}
