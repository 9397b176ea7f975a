import { frenchAmount } from '../../regularisation/french-format';

/** Shares print with their five decimals ("66,01420"). */
const frenchShares = (value: string) => frenchAmount(value, 5);
import { LEFT, printable, startPdf, WIDTH } from './pdf-layout';

export interface AttendanceSheetLine {
  displayName: string;
  accountNumber: string | null;
  shares: string;
  /** "PRÉSENT", "REPRÉSENTÉ par …", "VOTE PAR CORRESPONDANCE enregistré le 06/07/2020", … */
  status: string;
  /** "Arrivé à 11:51 (résolution 6)", "Parti à 12:10 (résolution 7)". */
  notes: string[];
}

/** Everything the feuille de présence prints (plain data: it is copied to the render worker). */
export interface AttendanceSheetDocument {
  agencyName: string;
  title: string;
  buildingLine: string;
  heldAt: string;
  keyLabel: string;
  lines: AttendanceSheetLine[];
  totals: { label: string; count: number; shares: string }[];
}

const COLUMNS = [
  ['Copropriétaire', LEFT, 138],
  ['Compte', 192, 60],
  ['Tantièmes', 252, 56],
  ['Présence', 315, 230],
] as const;

/**
 * The feuille de présence (decree of 1967 art. 14): each co-owner with their shares under the
 * attendance key and the code entered, a postal voter with "VOTE PAR CORRESPONDANCE enregistré
 * le …" (and the late ones flagged), the arrivals and departures, the totals per code.
 */
export function attendanceSheetPdf(doc: AttendanceSheetDocument): Promise<Buffer> {
  const { pdf, done, para, rule } = startPdf({ Title: `Feuille de présence – ${doc.title}`, Author: doc.agencyName });
  pdf.font('Helvetica').fontSize(9).text(printable(doc.agencyName), LEFT, 50);
  pdf.y = 70;
  para('FEUILLE DE PRÉSENCE', { bold: true, size: 14, align: 'center', gap: 6 });
  para(doc.title, { bold: true, size: 11, align: 'center' });
  para(`${doc.buildingLine} — ${doc.heldAt}`, { align: 'center', gap: 4 });
  para(`Clé : ${doc.keyLabel}`, { align: 'center', gap: 12 });
  const row = (cells: string[], bold = false) => {
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    const height = Math.max(...COLUMNS.map(([, , width], i) => pdf.heightOfString(cells[i] ?? '', { width })));
    if (pdf.y + height > pdf.page.height - 60) pdf.addPage();
    const y = pdf.y;
    COLUMNS.forEach(([, x, width], i) => pdf.text(printable(cells[i] ?? ''), x, y, { width, align: i === 2 ? 'right' : 'left' }));
    pdf.y = y + height + 4;
  };
  row(
    COLUMNS.map(([title]) => title),
    true,
  );
  rule();
  for (const line of doc.lines) row([line.displayName, line.accountNumber ?? '', frenchShares(line.shares), [line.status, ...line.notes].join('\n')]);
  rule();
  for (const total of doc.totals) row([total.label, `${total.count}`, frenchShares(total.shares), ''], total.label === 'Total');
  pdf.y += 24;
  pdf.font('Helvetica').fontSize(9).text('Certifiée exacte par le président de séance.', LEFT, pdf.y, { width: WIDTH });
  pdf.end();
  return done;
}
