import PDFDocument from 'pdfkit';
import { formatFrenchDate, frenchAmount, frenchNumber } from './french-format';

/** A printed charge line: every figure already computed and rounded by the API. */
export interface StatementLine {
  label: string;
  days: number;
  periodDays: number;
  share: string;
  totalAmount: string;
  amountDue: string;
}

export interface StatementWaterLine {
  label: string;
  indexEnd: string;
  indexStart: string;
  unitPrice: string;
  amountDue: string;
}

/** Everything the "DECOMPTE CHARGES LOCATIVES" prints (plain data: it is copied to the render worker). */
export interface StatementDocument {
  agencyName: string;
  /** "Le : 25/10/2021". */
  issuedOn: string;
  accountNumber: string;
  lotCode: string;
  buildingAddress: string;
  periodStart: string;
  periodEnd: string;
  /** The tenant's name and postal address, line by line ("Madame LOCATAIRE Elsa", …). */
  addressee: string[];
  lines: StatementLine[];
  water: StatementWaterLine[];
  total: string;
  provisions: string;
  retained: string;
  regularisation: string;
  /** Present tenants only: the instalments and the new provisions ("ne s'affichent que pour les locataires présents"). */
  instalments: number | null;
  newMonthlyProvision: string | null;
}

const LEFT = 50;
const WIDTH = 495;

/** Columns (x, width, alignment) of the charges table. */
const CHARGE_COLUMNS = [
  ['TYPE DE CHARGES', LEFT, 205, 'left'],
  ['Nb jours', 255, 60, 'right'],
  ['Quote-part', 315, 60, 'right'],
  ['Montant total', 375, 80, 'right'],
  ['Montant à payer', 455, 90, 'right'],
] as const;
const WATER_COLUMNS = [
  ['EAU', LEFT, 165, 'left'],
  ['Index fin de période', 215, 80, 'right'],
  ['Index précédent', 295, 80, 'right'],
  ['Prix unitaire (€/m3)', 375, 80, 'right'],
  ['Montant à payer', 455, 90, 'right'],
] as const;

type Columns = typeof CHARGE_COLUMNS | typeof WATER_COLUMNS;

/** pdfkit's private font table and counter, read and filled by `shareStandardFonts`. */
interface FontTable {
  _fontFamilies: Record<string, object>;
  _fontCount: number;
  _font: object | null;
}
const STATEMENT_FONTS = ['Helvetica', 'Helvetica-Bold'];
const fontTemplates = new Map<string, object>();

/**
 * pdfkit parses a standard font's metrics (its AFM widths and kerning pairs) again for every
 * document: a third of a statement's rendering time, 4 000 times at billing (bench/regularisation.ts).
 * The parsed metrics are never written after parsing, so a render thread parses each font once and
 * every document gets a font object of its own (its own id, PDF dictionary and embedding) that
 * shares them. Pinned pdfkit 0.20.2: the statement tests render through this path.
 */
function shareStandardFonts(pdf: PDFKit.PDFDocument): void {
  const table = pdf as unknown as FontTable;
  for (const name of STATEMENT_FONTS) {
    let template = fontTemplates.get(name);
    if (!template) {
      const scratch = new PDFDocument({ autoFirstPage: false, font: name });
      template = (scratch as unknown as FontTable)._font!;
      fontTemplates.set(name, template);
    }
    const font = Object.assign(Object.create(Object.getPrototypeOf(template) as object) as object, template, {
      document: pdf,
      id: `F${++table._fontCount}`,
      dictionary: null,
      embedded: false,
    });
    table._fontFamilies[name] = font;
  }
}

/**
 * "DECOMPTE CHARGES LOCATIVES" (manual: the statement of Elsa Locataire's 2020 regularisation): the
 * agency, the account, the lot and its building, the period, the addressee; the charge lines, the
 * water lines (only lines with an amount are printed), the total, the provisions called, the amount
 * retained, the regularisation; for a present tenant, the instalments and the future provisions.
 * Display only: every figure arrives computed to the cent.
 */
export function statementPdf(doc: StatementDocument): Promise<Buffer> {
  // No default font: the shared ones go in first (pdfkit would parse Helvetica's metrics again).
  const pdf = new PDFDocument({
    size: 'A4',
    margin: LEFT,
    font: null as unknown as string,
    info: { Title: `Décompte de charges locatives ${doc.lotCode}`, Author: doc.agencyName },
  });
  shareStandardFonts(pdf);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));

  pdf.font('Helvetica').fontSize(9).text(doc.agencyName, LEFT, 50);
  pdf.font('Helvetica-Bold').fontSize(14).text('DECOMPTE CHARGES LOCATIVES', LEFT, 70, { width: WIDTH, align: 'center' });
  pdf.moveDown();
  pdf.font('Helvetica').fontSize(9.5);
  const facts = [
    `Le : ${formatFrenchDate(doc.issuedOn)}`,
    `N° compte : ${doc.accountNumber}`,
    `Réf. du lot : ${doc.lotCode}`,
    `Adresse immeuble : ${doc.buildingAddress}`,
    `Période : du ${formatFrenchDate(doc.periodStart)} au ${formatFrenchDate(doc.periodEnd)}`,
  ];
  const top = pdf.y;
  pdf.text(facts.join('\n'), LEFT, top, { width: 250 });
  const factsEnd = pdf.y;
  pdf.text(doc.addressee.join('\n'), 320, top, { width: 225 });
  pdf.y = Math.max(factsEnd, pdf.y) + 18;

  const row = (columns: Columns, cells: string[], bold = false) => {
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    const y = pdf.y;
    const height = Math.max(...columns.map(([, , width], i) => pdf.heightOfString(cells[i] ?? '', { width })));
    if (y + height > pdf.page.height - 60) {
      pdf.addPage();
      return row(columns, cells, bold);
    }
    columns.forEach(([, x, width, align], i) => pdf.text(cells[i] ?? '', x, y, { width, align }));
    pdf.y = y + height + 4;
  };
  const rule = () => {
    pdf
      .moveTo(LEFT, pdf.y)
      .lineTo(LEFT + WIDTH, pdf.y)
      .stroke('#888');
    pdf.y += 4;
  };

  row(
    CHARGE_COLUMNS,
    CHARGE_COLUMNS.map(([title]) => title),
    true,
  );
  rule();
  for (const line of doc.lines) {
    row(CHARGE_COLUMNS, [line.label, `${line.days}/${line.periodDays}`, frenchNumber(line.share), frenchAmount(line.totalAmount), frenchAmount(line.amountDue)]);
  }
  if (doc.water.length > 0) {
    pdf.y += 10;
    row(
      WATER_COLUMNS,
      WATER_COLUMNS.map(([title]) => title),
      true,
    );
    rule();
    for (const line of doc.water) {
      row(WATER_COLUMNS, [line.label, frenchNumber(line.indexEnd), frenchNumber(line.indexStart), frenchNumber(line.unitPrice), frenchAmount(line.amountDue)]);
    }
  }

  pdf.y += 14;
  const totals: [string, string, boolean][] = [
    ['TOTAL', frenchAmount(doc.total), true],
    ['Provisions sur charges appelées', `- ${frenchAmount(doc.provisions)}`, false],
    ['Réintroduction retenue avant décompte', `- ${frenchAmount(doc.retained)}`, false],
    ['Montant de la régularisation', `= ${frenchAmount(doc.regularisation)}`, true],
  ];
  for (const [label, value, bold] of totals) {
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9.5);
    const y = pdf.y;
    pdf.text(label, 255, y, { width: 200 });
    pdf.text(value, 455, y, { width: 90, align: 'right' });
    pdf.y = y + 16;
  }

  pdf.moveDown().font('Helvetica').fontSize(9.5);
  if (doc.instalments !== null && doc.instalments > 1) pdf.text(`Ce montant sera étalé sur les ${doc.instalments} prochains appels de loyer.`, LEFT, pdf.y, { width: WIDTH });
  if (doc.newMonthlyProvision !== null)
    pdf.text(`Le montant des futures provisions sur charges est fixé à ${frenchAmount(doc.newMonthlyProvision)} €`, LEFT, pdf.y, { width: WIDTH });
  pdf.end();
  return done;
}
