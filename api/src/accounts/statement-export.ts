import PDFDocument from 'pdfkit';
import { stringify } from 'csv-stringify/sync';
import { csvText } from '../files/csv-text';
import { frenchDate } from './french-date';
import type { StatementLine } from './statement.service';

export interface StatementDocument {
  agencyName: string;
  agencyAddress: string;
  agencyPhone: string | null;
  agencyEmail: string | null;
  /** The legal mentions from the agency's profile (legalLinesOf): company and SIRET, professional card, guarantee. */
  agencyLegalLines: string[];
  /** ISO date the statement is printed ("Édité le"). */
  issuedOn: string;
  holderName: string;
  holderAddress: string[];
  accountNumber: string;
  accountLabel: string;
  from: string;
  to: string;
  openingBalance: string;
  closingBalance: string;
  /** The period's total debit and total credit (sums of the period's lines, computed by the API). */
  totalDebit: string;
  totalCredit: string;
  lines: StatementLine[];
}

const money = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** Intl's fr-FR group separator is U+202F, which the standard PDF fonts draw as "/": use U+00A0. */
const amount = (value: string) => (Number(value) === 0 ? '' : money.format(Number(value)).replace(/\u202f/g, '\u00a0'));
const balance = (value: string) => money.format(Number(value)).replace(/\u202f/g, '\u00a0');

/**
 * "Imprimer un extrait": agency header, the person, the range, the lines with running balance,
 * opening and closing balances, French formatting. Display only: every figure arrives computed.
 */
export function statementPdf(doc: StatementDocument): Promise<Buffer> {
  // Pages are buffered so that the footer can say "Page 2 / 5" once the count is known.
  const pdf = new PDFDocument({ size: 'A4', margin: 40, bufferPages: true, info: { Title: `Extrait de compte ${doc.accountNumber}`, Author: doc.agencyName } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));

  pdf.font('Helvetica-Bold').fontSize(14).text(doc.agencyName);
  pdf.font('Helvetica').fontSize(9).fillColor('#444').text(doc.agencyAddress);
  const agencyContact = [doc.agencyPhone && `Tél. ${doc.agencyPhone}`, doc.agencyEmail].filter(Boolean).join(' · ');
  if (agencyContact) pdf.text(agencyContact);
  // Left of the holder's block (x 320): the mentions wrap rather than run under it.
  if (doc.agencyLegalLines.length) pdf.fontSize(7.5).text(doc.agencyLegalLines.join('\n'), { width: 260 });
  pdf.moveDown();
  pdf.fillColor('#000').font('Helvetica-Bold').fontSize(11).text(doc.holderName, 320, 100);
  pdf.font('Helvetica').fontSize(10).text(doc.holderAddress.filter(Boolean).join('\n'), 320);
  pdf.moveDown(2);
  pdf.font('Helvetica-Bold').fontSize(13).text(`Extrait de compte ${doc.accountNumber} – ${doc.accountLabel}`, 40);
  pdf
    .font('Helvetica')
    .fontSize(10)
    .text(`Période du ${frenchDate(doc.from)} au ${frenchDate(doc.to)} · Montants en euros`)
    .moveDown();

  const columns = [
    { title: 'Date', x: 40, width: 60, align: 'left' as const },
    { title: 'Libellé', x: 100, width: 215, align: 'left' as const },
    { title: 'Débit', x: 315, width: 75, align: 'right' as const },
    { title: 'Crédit', x: 390, width: 75, align: 'right' as const },
    { title: 'Solde', x: 465, width: 90, align: 'right' as const },
  ];
  const row = (cells: string[], bold = false) => {
    if (pdf.y > 770) pdf.addPage();
    const y = pdf.y;
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const heights = cells.map((cell, i) => pdf.heightOfString(cell, { width: columns[i].width - 4 }));
    cells.forEach((cell, i) => pdf.text(cell, columns[i].x, y, { width: columns[i].width - 4, align: columns[i].align }));
    pdf.y = y + Math.max(...heights) + 4;
    pdf
      .moveTo(40, pdf.y - 2)
      .lineTo(555, pdf.y - 2)
      .strokeColor('#ddd')
      .lineWidth(0.5)
      .stroke();
  };
  row(
    columns.map((c) => c.title),
    true,
  );
  row(['', 'Solde antérieur', '', '', balance(doc.openingBalance)], true);
  for (const line of doc.lines) row([frenchDate(line.date), line.label, amount(line.debit), amount(line.credit), balance(line.balance)]);
  row(['', 'Total de la période', balance(doc.totalDebit), balance(doc.totalCredit), ''], true);
  row(['', 'Solde fin de période', '', '', balance(doc.closingBalance)], true);

  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    // Writing below the bottom margin would open a new page: lift the margin for the footer.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const y = pdf.page.height - 28;
    pdf.font('Helvetica').fontSize(8).fillColor('#666');
    pdf.text(`${doc.agencyName} · Extrait de compte ${doc.accountNumber} · Édité le ${frenchDate(doc.issuedOn)} · Montants en euros`, 40, y, { width: 400, lineBreak: false });
    pdf.text(`Page ${i - start + 1} / ${count}`, 455, y, { width: 100, align: 'right', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}

/** CSV for spreadsheets used in France: semicolons, decimal commas, UTF-8 with a BOM. */
export function statementCsv(doc: StatementDocument): string {
  const decimal = (value: string) => value.replace('.', ',');
  const rows = [
    ['Date', 'Libellé', 'Débit', 'Crédit', 'Solde'],
    ['', 'Solde antérieur', '', '', decimal(doc.openingBalance)],
    ...doc.lines.map((line) => [frenchDate(line.date), csvText(line.label), decimal(line.debit), decimal(line.credit), decimal(line.balance)]),
    ['', 'Total de la période', decimal(doc.totalDebit), decimal(doc.totalCredit), ''],
    ['', 'Solde fin de période', '', '', decimal(doc.closingBalance)],
  ];
  return `\ufeff${stringify(rows, { delimiter: ';' })}`;
}
