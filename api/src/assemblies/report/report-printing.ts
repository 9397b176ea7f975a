import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { agencies, allocationKeys, buildings } from '../../db/schema';
import { renderPdf } from '../../files/document-renderer';
import { formatFrenchDate } from '../../regularisation/french-format';
import type { AssemblyRow } from '../assembly-state';
import type { ResolutionResult, VoteTally } from '../engine/resolution-result';
import type { AttendanceSheetDocument } from './attendance-sheet-pdf';
import type { MinutesDocument, MinutesVote } from './minutes-pdf';
import { articleLabel, type AssemblyReportData, type ReportAttendee } from './report-data';

/** Rendered in a worker thread (files/document-renderer.ts). */
const MINUTES_PDF = new URL('./minutes-pdf.ts', import.meta.url);
const ATTENDANCE_SHEET_PDF = new URL('./attendance-sheet-pdf.ts', import.meta.url);

/** What the AG's PDFs print about the agency, the building and the attendance key. */
export interface PrintedAssembly {
  agencyName: string;
  buildingCode: string;
  buildingLine: string;
  keyLabel: string;
  /** "13/07/2020 à 10:00", Paris time. */
  heldAt: string;
}

const parisDay = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' });
const parisTime = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });
export const frenchDay = (at: Date) => parisDay.format(at);
export const frenchDateTime = (at: Date) => `${parisDay.format(at)} à ${parisTime.format(at)}`;

/** The agency, building and key of an AG: one statement. */
export async function printedAssembly(db: Executor, assembly: AssemblyRow): Promise<PrintedAssembly> {
  const [row] = await db
    .select({
      agencyName: agencies.name,
      code: buildings.code,
      name: buildings.name,
      line1: buildings.addressLine1,
      postalCode: buildings.postalCode,
      city: buildings.city,
      keyCode: allocationKeys.code,
      keyLabel: allocationKeys.label,
    })
    .from(buildings)
    .innerJoin(agencies, eq(agencies.id, buildings.agencyId))
    .innerJoin(allocationKeys, and(eq(allocationKeys.agencyId, buildings.agencyId), eq(allocationKeys.id, assembly.attendanceKeyId)))
    .where(and(eq(buildings.agencyId, assembly.agencyId), eq(buildings.id, assembly.buildingId)));
  return {
    agencyName: row.agencyName,
    buildingCode: row.code,
    buildingLine: [`${row.code} – ${row.name}`, row.line1, `${row.postalCode} ${row.city}`.trim()].filter(Boolean).join(', '),
    keyLabel: `${row.keyCode}-${row.keyLabel}`,
    heldAt: frenchDateTime(assembly.startsAt),
  };
}

/** The attendance code as the feuille de présence prints it. */
export function attendanceWords(attendee: ReportAttendee): string {
  switch (attendee.status) {
    case 'PRESENT':
      return 'PRÉSENT';
    case 'REMOTE':
      return 'PRÉSENT À DISTANCE';
    case 'REPRESENTED':
      return `REPRÉSENTÉ par ${attendee.proxyHolderName ?? '?'}`;
    case 'POSTAL': {
      const registered = `VOTE PAR CORRESPONDANCE enregistré le ${attendee.postalFormReceivedOn ? formatFrenchDate(attendee.postalFormReceivedOn) : '?'}`;
      return attendee.postalFormValid === false ? `${registered} (hors délai : compté absent)` : registered;
    }
    default:
      return 'ABSENT';
  }
}

const movementNotes = (attendee: ReportAttendee) => [
  ...(attendee.arrival
    ? [`Arrivé${attendee.arrival.status === 'REMOTE' ? ' à distance' : ''} à ${attendee.arrival.time} (à partir de la résolution ${attendee.arrival.resolutionNumber})`]
    : []),
  ...(attendee.departure ? [`Parti à ${attendee.departure.time} (à partir de la résolution ${attendee.departure.resolutionNumber})`] : []),
];

const MAJORITY_LABELS = { ARTICLE_24: 'Article 24', ARTICLE_25: 'Article 25', ARTICLE_26: 'Article 26', UNANIMITY: 'Unanimité' } as const;

function printedVote(vote: VoteTally): MinutesVote {
  return {
    article: articleLabel(vote.article),
    adopted: vote.adopted,
    yes: vote.yes,
    no: vote.no,
    abstain: vote.abstain,
    notVoting: vote.notVoting,
    absent: vote.absent,
    opponents: vote.opponents,
    abstainers: vote.abstainers,
    nonVoters: vote.nonVoters,
  };
}

export function minutesDocument(report: AssemblyReportData, printed: PrintedAssembly): MinutesDocument {
  const { assembly } = report.state;
  const names = new Map(report.attendees.map((attendee) => [attendee.participantId, attendee.displayName]));
  const attendance = report.attendance;
  return {
    agencyName: printed.agencyName,
    title: assembly.title,
    buildingLine: printed.buildingLine,
    heldAt: printed.heldAt,
    place: assembly.place,
    chairName: assembly.chairName,
    secretaryName: assembly.secretaryName,
    scrutineerNames: assembly.scrutineerNames,
    attendance: [
      { label: 'Présents', count: attendance.present },
      { label: 'Présents à distance', count: attendance.remote },
      { label: 'Représentés', count: attendance.represented },
      { label: 'Votes par correspondance', count: attendance.postal },
      { label: 'Absents', count: attendance.absent },
      { label: 'Total', count: attendance.total },
    ],
    movements: [
      ...report.arrivals.map((m) => `Arrivée de ${m.displayName} à ${m.time}, à partir de la résolution ${m.resolutionNumber}.`),
      ...report.departures.map((m) => `Départ de ${m.displayName} à ${m.time}, à partir de la résolution ${m.resolutionNumber}.`),
    ],
    resolutions: report.resolutions.map(({ resolution, result, verdict, articleLabel: decidingArticle }) => ({
      number: resolution.number,
      title: resolution.title,
      text: resolution.text,
      majority: MAJORITY_LABELS[resolution.majority],
      amended: resolution.amended,
      members: result.members,
      firstVote: printedVote(result.firstVote),
      secondVote: result.secondVote && printedVote(result.secondVote),
      defaillants: result.defaillants,
      verdict,
      decidingArticle,
      art22: art22Line(result, names),
    })),
  };
}

const art22Line = (result: ResolutionResult, names: Map<string, string>) =>
  result.art22 && { name: names.get(result.art22.participantId) ?? '', shares: result.art22.shares, reducedTo: result.art22.reducedTo };

export function attendanceSheetDocument(report: AssemblyReportData, printed: PrintedAssembly): AttendanceSheetDocument {
  const a = report.attendance;
  return {
    agencyName: printed.agencyName,
    title: report.state.assembly.title,
    buildingLine: printed.buildingLine,
    heldAt: printed.heldAt,
    keyLabel: printed.keyLabel,
    lines: report.attendees.map((attendee) => ({
      displayName: attendee.displayName,
      accountNumber: attendee.accountNumber,
      shares: attendee.shares,
      status: attendanceWords(attendee),
      notes: movementNotes(attendee),
    })),
    totals: [
      { label: 'Présents (O)', ...a.present },
      { label: 'Présents à distance (D)', ...a.remote },
      { label: 'Représentés (R)', ...a.represented },
      { label: 'Votes par correspondance (C)', ...a.postal },
      { label: 'Absents (N)', ...a.absent },
      { label: 'Total', ...a.total },
    ],
  };
}

export interface RenderedReport {
  minutes: Buffer;
  attendanceSheet: Buffer;
}

/** Both PDFs of the minutes, rendered off the event loop. */
export async function renderReport(report: AssemblyReportData, printed: PrintedAssembly): Promise<RenderedReport> {
  const [minutes, attendanceSheet] = await Promise.all([
    renderPdf(MINUTES_PDF, 'minutesPdf', minutesDocument(report, printed)),
    renderPdf(ATTENDANCE_SHEET_PDF, 'attendanceSheetPdf', attendanceSheetDocument(report, printed)),
  ]);
  return { minutes, attendanceSheet };
}
