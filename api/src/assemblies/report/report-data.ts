import { attendanceOf, computeResults, isPostalFormValid, type AssemblyState, type ResolutionRow } from '../assembly-state';
import type { AttendanceSummary } from '../engine/attendance-summary';
import type { ResolutionResult } from '../engine/resolution-result';
import type { Article, AttendanceStatus } from '../engine/vocabulary';

/** One line of the attendance recap (the feuille de présence), in the minutes' order (by name). */
export interface ReportAttendee {
  participantId: string;
  displayName: string;
  accountNumber: string | null;
  status: AttendanceStatus;
  /** Shares under the AG's attendance key. */
  shares: string;
  /** Who holds the proxy of a represented co-owner: the participant's name or the named third party. */
  proxyHolderName: string | null;
  /** The day the postal form was registered (C). */
  postalFormReceivedOn: string | null;
  /** Null unless postal; false for a late form (the holder counts as absent). */
  postalFormValid: boolean | null;
  arrival: ReportMovement | null;
  departure: ReportMovement | null;
}

/** An arrival or a departure during the AG ("à 11:51, résolution 6"). */
export interface ReportMovement {
  displayName: string;
  resolutionNumber: string;
  time: string;
  /** For an arrival: in the room or remotely. */
  status: 'PRESENT' | 'REMOTE' | null;
}

export interface ReportResolution {
  resolution: ResolutionRow;
  result: ResolutionResult;
  /** The minutes' words. */
  verdict: 'ACCEPTÉE' | 'REJETÉE';
  /** "Article 25-1", as printed. */
  articleLabel: string;
  hasSecondVote: boolean;
}

/** The minutes as data ("Calculer le rapport"): what the procès-verbal and the feuille de présence print. */
export interface AssemblyReportData {
  state: AssemblyState;
  attendance: AttendanceSummary;
  attendees: ReportAttendee[];
  remoteVoters: string[];
  postalVoters: ReportAttendee[];
  absentees: string[];
  represented: ReportAttendee[];
  arrivals: ReportMovement[];
  departures: ReportMovement[];
  resolutions: ReportResolution[];
}

const ARTICLE_LABELS: Record<Article, string> = {
  ARTICLE_24: 'Article 24',
  ARTICLE_25: 'Article 25',
  ARTICLE_25_1: 'Article 25-1',
  ARTICLE_26: 'Article 26',
  ARTICLE_26_1: 'Article 26-1',
  UNANIMITY: 'Unanimité',
};
export const articleLabel = (article: Article) => ARTICLE_LABELS[article];

/**
 * Builds the report from one AG's state (read in a constant number of statements) and its
 * computed results: no statement of its own, so the minutes cost what the tallies cost. The
 * attendance codes are those entered (a late postal form stays under C, flagged); the arrivals and
 * departures are listed in agenda order then time.
 */
export function buildReport(state: AssemblyState, results: Map<string, ResolutionResult> = computeResults(state)): AssemblyReportData {
  const byId = new Map(state.participants.map((participant) => [participant.id, participant]));
  const attendees: ReportAttendee[] = state.participants.map((participant) => {
    const holder = participant.proxyHolderParticipantId ? byId.get(participant.proxyHolderParticipantId) : undefined;
    return {
      participantId: participant.id,
      displayName: participant.displayName,
      accountNumber: participant.accountNumber,
      status: participant.status,
      shares: state.shares.get(participant.id)?.get(state.assembly.attendanceKeyId) ?? '0.00000',
      proxyHolderName: holder?.displayName ?? participant.proxyHolderName,
      postalFormReceivedOn: participant.postalFormReceivedOn,
      postalFormValid: participant.status === 'POSTAL' ? isPostalFormValid(participant, state.assembly) : null,
      arrival:
        participant.arrivalResolutionNumber && participant.arrivalTime
          ? {
              displayName: participant.displayName,
              resolutionNumber: participant.arrivalResolutionNumber,
              time: participant.arrivalTime,
              status: participant.arrivalStatus === 'REMOTE' ? 'REMOTE' : 'PRESENT',
            }
          : null,
      departure:
        participant.departureResolutionNumber && participant.departureTime
          ? { displayName: participant.displayName, resolutionNumber: participant.departureResolutionNumber, time: participant.departureTime, status: null }
          : null,
    };
  });
  const agendaIndex = new Map(state.resolutions.map((resolution, index) => [resolution.number, index]));
  const inOrder = (a: ReportMovement, b: ReportMovement) => (agendaIndex.get(a.resolutionNumber) ?? 0) - (agendaIndex.get(b.resolutionNumber) ?? 0) || a.time.localeCompare(b.time);
  const withStatus = (status: AttendanceStatus) => attendees.filter((attendee) => attendee.status === status);
  return {
    state,
    attendance: attendanceOf(state),
    attendees,
    remoteVoters: withStatus('REMOTE').map((attendee) => attendee.displayName),
    postalVoters: withStatus('POSTAL'),
    absentees: withStatus('ABSENT').map((attendee) => attendee.displayName),
    represented: withStatus('REPRESENTED'),
    arrivals: attendees.flatMap((attendee) => (attendee.arrival ? [attendee.arrival] : [])).sort(inOrder),
    departures: attendees.flatMap((attendee) => (attendee.departure ? [attendee.departure] : [])).sort(inOrder),
    resolutions: state.resolutions.map((resolution) => {
      const result = results.get(resolution.id)!;
      return {
        resolution,
        result,
        verdict: result.outcome === 'ADOPTED' ? 'ACCEPTÉE' : 'REJETÉE',
        articleLabel: articleLabel(result.decidingArticle),
        hasSecondVote: result.secondVote !== null,
      };
    }),
  };
}

/**
 * Who the minutes are notified to (art. 42 of the law of 1965: the opposing and the défaillant
 * co-owners, i.e. absent and not represented): per resolution, its opponents, its absentees (a
 * late postal form, a co-owner who left or had not arrived yet) and its défaillants (favourable
 * postal votes fallen with an amendment); plus every co-owner marked absent. Participant ids,
 * each once. The engine names people by their display name, unique per AG in practice (one
 * participant per co-owner account); a shared name notifies both, never neither.
 */
export function minutesRecipients(report: AssemblyReportData): string[] {
  const idsByName = new Map<string, string[]>();
  for (const attendee of report.attendees) idsByName.set(attendee.displayName, [...(idsByName.get(attendee.displayName) ?? []), attendee.participantId]);
  const ids = new Set(report.attendees.filter((attendee) => attendee.status === 'ABSENT').map((attendee) => attendee.participantId));
  for (const { result } of report.resolutions) {
    for (const name of [...result.opponents, ...result.absentees, ...result.defaillants]) for (const id of idsByName.get(name) ?? []) ids.add(id);
  }
  return report.attendees.map((attendee) => attendee.participantId).filter((id) => ids.has(id));
}
