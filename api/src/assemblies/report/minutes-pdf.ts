import { frenchAmount } from '../../regularisation/french-format';

/** Shares print with their five decimals ("66,01420"). */
const frenchShares = (value: string) => frenchAmount(value, 5);
import { LEFT, printable, startPdf } from './pdf-layout';

/** A headcount as printed: "3 copropriétaires, 293,00000 tantièmes". */
export interface PrintedCount {
  count: number;
  shares: string;
}

export interface MinutesVote {
  /** "Article 24" (the majority this vote was judged by). */
  article: string;
  adopted: boolean;
  yes: PrintedCount;
  no: PrintedCount;
  abstain: PrintedCount;
  notVoting: PrintedCount;
  absent: PrintedCount;
  opponents: string[];
  abstainers: string[];
  nonVoters: string[];
}

export interface MinutesResolution {
  number: string;
  title: string;
  text: string | null;
  /** "Article 25" (the majority it was put to). */
  majority: string;
  amended: boolean;
  members: PrintedCount;
  firstVote: MinutesVote;
  secondVote: MinutesVote | null;
  defaillants: string[];
  /** "ACCEPTÉE" or "REJETÉE". */
  verdict: string;
  /** "Article 25-1". */
  decidingArticle: string;
  art22: { name: string; shares: string; reducedTo: string } | null;
}

/** Everything the procès-verbal prints (plain data: it is copied to the render worker). */
export interface MinutesDocument {
  agencyName: string;
  title: string;
  buildingLine: string;
  /** "13/07/2020 à 10:00". */
  heldAt: string;
  place: string | null;
  chairName: string | null;
  secretaryName: string | null;
  scrutineerNames: string[];
  attendance: { label: string; count: PrintedCount }[];
  movements: string[];
  resolutions: MinutesResolution[];
}

const count = (value: PrintedCount) => `${value.count} copropriétaire${value.count > 1 ? 's' : ''}, ${frenchShares(value.shares)} tantièmes`;
const names = (label: string, list: string[]) => (list.length > 0 ? [`${label} : ${list.join(', ')}`] : []);

function voteLines(vote: MinutesVote): string[] {
  return [
    `Pour : ${count(vote.yes)}`,
    `Contre : ${count(vote.no)}`,
    `Abstention : ${count(vote.abstain)}`,
    `Non votants : ${count(vote.notVoting)}`,
    `Absents : ${count(vote.absent)}`,
    ...names('Ont voté contre', vote.opponents),
    ...names('Se sont abstenus', vote.abstainers),
    ...names('N’ont pas voté', vote.nonVoters),
  ];
}

/**
 * The procès-verbal ("Calculer le rapport", law of 1965 and decree of 1967 art. 17): the AG, its
 * bureau, the attendance in headcount and shares, the arrivals and departures, then per resolution
 * its text, majority, figures in headcount and shares, the names of those who opposed, abstained
 * or did not vote, the défaillants of an amended resolution, any second vote of a passerelle and
 * the result "ACCEPTÉE"/"REJETÉE" with its article. Display only: every figure arrives computed.
 */
export function minutesPdf(doc: MinutesDocument): Promise<Buffer> {
  const { pdf, done, para, rule } = startPdf({ Title: `Procès-verbal – ${doc.title}`, Author: doc.agencyName });
  pdf.font('Helvetica').fontSize(9).text(printable(doc.agencyName), LEFT, 50);
  pdf.y = 70;
  para('PROCÈS-VERBAL DE L’ASSEMBLÉE GÉNÉRALE', { bold: true, size: 14, align: 'center', gap: 6 });
  para(doc.title, { bold: true, size: 11, align: 'center' });
  para(doc.buildingLine, { align: 'center', gap: 10 });
  para(`Tenue le ${doc.heldAt}${doc.place ? `, ${doc.place}` : ''}.`);
  if (doc.chairName) para(`Président de séance : ${doc.chairName}`);
  if (doc.secretaryName) para(`Secrétaire de séance : ${doc.secretaryName}`);
  if (doc.scrutineerNames.length > 0) para(`Scrutateurs : ${doc.scrutineerNames.join(', ')}`);
  pdf.y += 8;
  para('Feuille de présence', { bold: true, size: 11 });
  for (const line of doc.attendance) para(`${line.label} : ${count(line.count)}`, { indent: 10 });
  for (const movement of doc.movements) para(movement, { indent: 10 });
  pdf.y += 8;
  for (const resolution of doc.resolutions) {
    rule();
    para(`Résolution ${resolution.number} : ${resolution.title}`, { bold: true, size: 10.5 });
    if (resolution.text) para(resolution.text);
    if (resolution.amended) para('Résolution amendée en séance : les votes favorables par correspondance sont défaillants.');
    para(`Majorité requise : ${resolution.majority} — votants concernés : ${count(resolution.members)}`);
    if (resolution.art22) {
      para(`Article 22 : les ${frenchShares(resolution.art22.shares)} tantièmes de ${resolution.art22.name} sont réduits à ${frenchShares(resolution.art22.reducedTo)}.`);
    }
    for (const line of voteLines(resolution.firstVote)) para(line, { indent: 10 });
    for (const line of names('Défaillants', resolution.defaillants)) para(line, { indent: 10 });
    if (resolution.secondVote) {
      para(`Second vote immédiat (${resolution.secondVote.article}) :`, { bold: true });
      for (const line of voteLines(resolution.secondVote)) para(line, { indent: 10 });
    }
    para(`Résolution ${resolution.verdict} (${resolution.decidingArticle})`, { bold: true, gap: 8 });
  }
  pdf.end();
  return done;
}
