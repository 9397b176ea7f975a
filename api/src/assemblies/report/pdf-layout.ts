import PDFDocument from 'pdfkit';

/** The page geometry and helpers the AG's PDFs share (A4 portrait, standard Helvetica, WinAnsi). */
export const LEFT = 50;
export const WIDTH = 495;

export interface PdfPage {
  pdf: PDFKit.PDFDocument;
  done: Promise<Buffer>;
  /** A paragraph, starting a new page when it would not fit. */
  para: (text: string, options?: { bold?: boolean; size?: number; indent?: number; gap?: number; align?: 'left' | 'center' }) => void;
  /** A horizontal rule. */
  rule: () => void;
}

/**
 * The text as drawn: U+00A0 for Intl's U+202F, and the typographic apostrophe and dashes as their
 * plain forms, so the file's text (search, copy, the tests' extraction) reads the same everywhere.
 */
export const printable = (text: string) =>
  text
    .replace(/\u202f/g, '\u00a0')
    .replace(/\u2019/g, "'")
    .replace(/[\u2013\u2014]/g, '-');

/** A new document with its collected bytes; pdfkit draws U+00A0 correctly, never U+202F (STACK.md). */
export function startPdf(info: { Title: string; Author: string }): PdfPage {
  const pdf = new PDFDocument({ size: 'A4', margin: LEFT, info });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const para: PdfPage['para'] = (text, options = {}) => {
    pdf.font(options.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(options.size ?? 9.5);
    const indent = options.indent ?? 0;
    const width = WIDTH - indent;
    if (pdf.y + pdf.heightOfString(text, { width }) > pdf.page.height - 60) pdf.addPage();
    pdf.text(printable(text), LEFT + indent, pdf.y, { width, align: options.align ?? 'left' });
    pdf.y += options.gap ?? 2;
  };
  const rule = () => {
    pdf
      .moveTo(LEFT, pdf.y)
      .lineTo(LEFT + WIDTH, pdf.y)
      .stroke('#888');
    pdf.y += 6;
  };
  return { pdf, done, para, rule };
}
