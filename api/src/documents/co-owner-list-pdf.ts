import PDFDocument from 'pdfkit';

/** One line of the list: a co-owner's account in the building (a person with two accounts has two lines, as in the manual). */
export interface CoOwnerListLine {
  identity: string;
  address: string;
  lots: { code: string; type: string; worksFund: string | null }[];
  /** The line's works fund (sum of its lots' printed amounts), null when none. */
  worksFund: string | null;
  councilMember: boolean;
  president: boolean;
  resident: boolean;
}

export interface CoOwnerListDocument {
  agencyName: string;
  buildingCode: string;
  buildingAddress: string;
  /** ISO date-time the list was generated ("le 07/07/2020 à 11:05"). */
  generatedAt: string;
  lines: CoOwnerListLine[];
}

const money = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** Intl's fr-FR group separator is U+202F, which the standard PDF fonts draw as "/": use U+00A0. */
const amount = (value: string | null) => (value == null ? '' : money.format(Number(value)).replace(/\u202f/g, '\u00a0'));
const parisTime = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Columns (x, width) on an A4 landscape page, margin 30: the manual's "Liste des copropriétaires". */
const COLUMNS = {
  identity: [30, 250],
  lots: [285, 250],
  worksFund: [540, 80],
  council: [625, 60],
  president: [690, 60],
  resident: [755, 55],
} as const;

/**
 * "Liste des copropriétaires" (manual: the council's list, "En détail…"): the building and the
 * date, then per co-owner account the identity and postal address, the lots with their type and
 * works fund, the total, and the council member, president and resident marks. Display only:
 * every figure arrives computed and printed to the cent by the API.
 */
export function coOwnerListPdf(doc: CoOwnerListDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 30,
    bufferPages: true,
    info: { Title: `Liste des copropriétaires ${doc.buildingCode}`, Author: doc.agencyName },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));

  const [date, time] = parisTime.format(new Date(doc.generatedAt)).split(' ');
  pdf.font('Helvetica-Bold').fontSize(13).text(`Liste des copropriétaires : ${doc.buildingCode}`, 30, 30);
  pdf.font('Helvetica').fontSize(9).text(doc.buildingAddress);
  pdf.text(`${doc.agencyName} · le ${date} à ${time}`);
  pdf.moveDown();

  const header = () => {
    const y = pdf.y;
    pdf.font('Helvetica-Bold').fontSize(8.5);
    const titles: Record<keyof typeof COLUMNS, string> = {
      identity: 'Identité',
      lots: 'Lots concernés',
      worksFund: 'Fonds travaux',
      council: 'Membre CS',
      president: 'Président CS',
      resident: 'Résidant',
    };
    for (const [key, [x, width]] of Object.entries(COLUMNS)) {
      pdf.text(titles[key as keyof typeof COLUMNS], x, y, { width, align: key === 'worksFund' ? 'right' : 'left' });
    }
    pdf
      .moveTo(30, pdf.y + 2)
      .lineTo(812, pdf.y + 2)
      .stroke('#888');
    pdf.y += 6;
    pdf.font('Helvetica').fontSize(8.5);
  };
  header();

  for (const line of doc.lines) {
    const identity = [line.identity, line.address].filter(Boolean).join('\n');
    const lots = line.lots.map((lot) => `${lot.code} (${lot.type})`).join('\n');
    const height = Math.max(pdf.heightOfString(identity, { width: COLUMNS.identity[1] }), pdf.heightOfString(lots, { width: COLUMNS.lots[1] }));
    if (pdf.y + height > pdf.page.height - 40) {
      pdf.addPage();
      pdf.y = 30;
      header();
    }
    const y = pdf.y;
    pdf.text(identity, COLUMNS.identity[0], y, { width: COLUMNS.identity[1] });
    pdf.text(lots, COLUMNS.lots[0], y, { width: COLUMNS.lots[1] });
    pdf.text(amount(line.worksFund), COLUMNS.worksFund[0], y, { width: COLUMNS.worksFund[1], align: 'right' });
    if (line.councilMember) pdf.text('X', COLUMNS.council[0], y, { width: COLUMNS.council[1] });
    if (line.president) pdf.text('X', COLUMNS.president[0], y, { width: COLUMNS.president[1] });
    if (line.resident) pdf.text('X', COLUMNS.resident[0], y, { width: COLUMNS.resident[1] });
    pdf.y = y + height + 5;
  }
  if (doc.lines.length === 0) pdf.text('Aucun copropriétaire.', 30);

  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    pdf.switchToPage(range.start + i);
    // Below the bottom margin: lifted for the footer, or pdfkit would open a new page for it.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.fontSize(7.5).text(`Page ${i + 1} / ${range.count}`, 30, pdf.page.height - 25, { width: 782, align: 'right', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}
