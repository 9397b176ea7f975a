import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '../graphql/scalars/local-date';
import { AssemblyKind, AttendanceStatus, Ballot, Majority, PostalChoice, PresenceMode, VoteChoice } from './assembly.types';

/** The names below are a contract with integrators and remote-voting providers (issue 10): keep them verbatim. */

@InputType({ description: "A new AG; its participants are the building's co-owners on its date." })
export class CreateGeneralAssemblyInput {
  @Field(() => ID) buildingId!: string;
  @Field(() => String) title!: string;
  @Field(() => AssemblyKind) kind!: AssemblyKind;
  @Field(() => Date) startsAt!: Date;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true }) reference?: string | null;
  @Field(() => ID, { nullable: true, description: "The key of the attendance sheet; the building's general key (010) by default." })
  attendanceKeyId?: string | null;
}

@InputType({ description: 'Changes to an AG; omitted fields stay. Its date moves only while nothing was voted.' })
export class UpdateGeneralAssemblyInput {
  @Field(() => ID) assemblyId!: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => AssemblyKind, { nullable: true }) kind?: AssemblyKind | null;
  @Field(() => Date, { nullable: true }) startsAt?: Date | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true }) reference?: string | null;
  @Field(() => String, { nullable: true }) chairName?: string | null;
  @Field(() => String, { nullable: true }) secretaryName?: string | null;
  @Field(() => [String], { nullable: true }) scrutineerNames?: string[] | null;
}

@InputType({ description: 'A resolution of the agenda; "5.1" makes a sub-resolution of "5".' })
export class AddResolutionInput {
  @Field(() => ID) assemblyId!: string;
  @Field(() => String) number!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => Majority) majority!: Majority;
  @Field(() => ID) allocationKeyId!: string;
}

@InputType({ description: "One participant's attendance code, with the proxy holder for REPRESENTED." })
export class AttendanceEntryInput {
  @Field(() => ID) participantId!: string;
  @Field(() => AttendanceStatus) status!: AttendanceStatus;
  @Field(() => ID, { nullable: true, description: 'Another participant, present or remote.' }) proxyHolderParticipantId?: string | null;
  @Field(() => String, { nullable: true, description: 'A named third party (never the syndic or its staff).' }) proxyHolderName?: string | null;
}

@InputType({ description: 'Attendance codes for some participants, checked together (art. 22 proxy limit) and written in one transaction.' })
export class SetAttendanceInput {
  @Field(() => ID) assemblyId!: string;
  @Field(() => [AttendanceEntryInput]) entries!: AttendanceEntryInput[];
}

@InputType({ description: 'One answer of a postal form.' })
export class PostalChoiceInput {
  @Field(() => ID) resolutionId!: string;
  @Field(() => PostalChoice) choice!: PostalChoice;
}

@InputType({ description: 'A paper postal form entered by a manager; a resolution left out is "not voting".' })
export class RecordPostalVoteInput {
  @Field(() => ID) participantId!: string;
  @Field(() => LocalDateScalar) receivedOn!: string;
  @Field(() => [PostalChoiceInput]) choices!: PostalChoiceInput[];
}

@InputType({ description: "The signed-in co-owner's own postal vote, online, until the deadline." })
export class CastPostalVoteInput {
  @Field(() => ID) assemblyId!: string;
  @Field(() => [PostalChoiceInput]) choices!: PostalChoiceInput[];
}

@InputType({ description: 'A co-owner arriving during the AG: they vote from that resolution on (a postal form is set aside).' })
export class RecordArrivalInput {
  @Field(() => ID) participantId!: string;
  @Field(() => String) fromResolutionNumber!: string;
  @Field(() => String, { description: 'HH:MM.' }) time!: string;
  @Field(() => PresenceMode) status!: PresenceMode;
}

@InputType({ description: 'A co-owner leaving during the AG: absent from that resolution on.' })
export class RecordDepartureInput {
  @Field(() => ID) participantId!: string;
  @Field(() => String) fromResolutionNumber!: string;
  @Field(() => String, { description: 'HH:MM.' }) time!: string;
}

@InputType({ description: "One participant's vote." })
export class VoteInput {
  @Field(() => ID) participantId!: string;
  @Field(() => VoteChoice) choice!: VoteChoice;
}

@InputType({ description: 'Votes of the room (or of a remote-voting provider) on one ballot; send only what changes.' })
export class RecordVotesInput {
  @Field(() => ID) resolutionId!: string;
  @Field(() => Ballot) ballot!: Ballot;
  @Field(() => [VoteInput]) votes!: VoteInput[];
}

@InputType({ description: 'The unanimity buttons: one choice for everyone voting in the room or remotely; postal choices untouched.' })
export class RecordUnanimousVoteInput {
  @Field(() => ID) resolutionId!: string;
  @Field(() => Ballot) ballot!: Ballot;
  @Field(() => VoteChoice) choice!: VoteChoice;
}
