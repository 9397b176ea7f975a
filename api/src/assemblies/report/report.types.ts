import { Field, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars/local-date';
import { DecimalScalar } from '../../graphql/scalars/decimal';
import { AttendanceStatus, AttendanceSummary, PresenceMode, Resolution, ResolutionResult } from '../assembly.types';

@ObjectType({ description: 'An arrival or a departure during the AG, with whom ("à 11:51, résolution 6").' })
export class ReportMovement {
  @Field(() => String) displayName!: string;
  @Field(() => String) resolutionNumber!: string;
  @Field(() => String, { description: 'HH:MM.' }) time!: string;
  @Field(() => PresenceMode, { nullable: true, description: 'For an arrival: in the room or remotely.' }) status!: PresenceMode | null;
}

@ObjectType({ description: 'One line of the feuille de présence.' })
export class ReportAttendee {
  @Field(() => String) displayName!: string;
  @Field(() => String, { nullable: true }) accountNumber!: string | null;
  @Field(() => AttendanceStatus, { description: 'The code entered (a late postal form stays C, flagged by postalFormValid).' }) status!: AttendanceStatus;
  @Field(() => DecimalScalar, { description: "Shares under the AG's attendance key." }) shares!: string;
  @Field(() => String, { nullable: true, description: "A represented co-owner's proxy holder: the participant's name or the named third party." })
  proxyHolderName!: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the postal form was registered ("VOTE PAR CORRESPONDANCE enregistré le …").' })
  postalFormReceivedOn!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Postal voters only: false for a late form (counted absent).' }) postalFormValid!: boolean | null;
  @Field(() => ReportMovement, { nullable: true }) arrival!: ReportMovement | null;
  @Field(() => ReportMovement, { nullable: true }) departure!: ReportMovement | null;
  @Field(() => String, { description: 'As the feuille de présence prints it: "PRÉSENT", "REPRÉSENTÉ par …", "VOTE PAR CORRESPONDANCE enregistré le 06/07/2020", …' })
  attendanceText!: string;
}

@ObjectType({ description: 'A resolution in the minutes: its result and the words "ACCEPTÉE"/"REJETÉE" with the deciding article.' })
export class ReportResolution {
  @Field(() => Resolution) resolution!: unknown;
  @Field(() => ResolutionResult) result!: unknown;
  @Field(() => String, { description: '"ACCEPTÉE" or "REJETÉE".' }) verdict!: string;
  @Field(() => String, { description: 'The deciding article as printed: "Article 24", "Article 25-1", "Unanimité".' }) articleLabel!: string;
  @Field(() => Boolean, { description: 'An immediate second vote (art. 25-1, 26-1) was held.' }) hasSecondVote!: boolean;
}

@ObjectType({ description: 'The minutes as data ("Calculer le rapport"): the attendance recap and every result; what the PDFs print.' })
export class AssemblyReport {
  @Field(() => Date, { nullable: true, description: 'Null until published (managers read a draft).' }) publishedAt!: Date | null;
  @Field(() => AttendanceSummary) attendance!: unknown;
  @Field(() => [ReportAttendee], { description: 'Every co-owner called, by name.' }) attendees!: unknown[];
  @Field(() => [String], { description: 'Who took part remotely (D).' }) remoteVoters!: string[];
  @Field(() => [ReportAttendee], { description: 'Who voted by post (C), with the date each form was registered.' }) postalVoters!: unknown[];
  @Field(() => [ReportAttendee], { description: 'Who was represented (R) and by whom.' }) represented!: unknown[];
  @Field(() => [String], { description: 'Who was absent (N).' }) absentees!: string[];
  @Field(() => [ReportMovement], { description: 'Arrivals, in agenda order.' }) arrivals!: unknown[];
  @Field(() => [ReportMovement], { description: 'Departures, in agenda order.' }) departures!: unknown[];
  @Field(() => [ReportResolution], { description: 'In agenda order.' }) resolutions!: unknown[];
}
