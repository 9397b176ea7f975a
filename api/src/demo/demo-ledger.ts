import PDFDocument from 'pdfkit';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client';
import * as t from '../db/schema';
import type { FileStore } from '../files/file-store';

/**
 * Works funds per lot: the amounts of the manual's "Liste des copropriétaires" screenshot
 * (ATRILLON 23,89; BPETRUS 11,85; BROUILLY 165,70; CLATOUR 27,80; CLIQUOT 28,67) and of its
 * "Fonds de travaux" screenshot (GILBERT/069: 105999 Fonds de travaux 19,64).
 */
const WORKS_FUNDS: [lot: string, account: string, label: string, amount: string][] = [
  ['GILBERT/248', '105999', 'Fonds de travaux', '23.89'],
  ['GILBERT/152', '105999', 'Fonds de travaux', '11.85'],
  ['GILBERT/122', '105999', 'Fonds de travaux', '165.70'],
  ['GILBERT/251', '105999', 'Fonds de travaux', '27.80'],
  ['GILBERT/142', '105999', 'Fonds de travaux', '28.67'],
  ['GILBERT/142', '105001', 'Fonds travaux ravalement', '0.00'],
  ['GILBERT/142', '102001', 'Provisions pour travaux', '12.50'],
  ['GILBERT/069', '105999', 'Fonds de travaux', '19.64'],
  ['GILBERT/201', '105999', 'Fonds de travaux', '25.71'],
  ['GILBERT/061', '105999', 'Fonds de travaux', '23.58'],
  ['GILBERT/301', '105999', 'Fonds de travaux', '48.22'],
  ['GILBERT/162', '105999', 'Fonds de travaux', '23.22'],
  ['GILBERT/311', '105999', 'Fonds de travaux', '46.43'],
  ['GILBERT/171', '105999', 'Fonds de travaux', '23.22'],
];

/** The back-office's last load of the works funds in the demo's world ("Situation au 30/11/2026"). */
const WORKS_FUNDS_LOADED_AT = new Date('2026-11-30T18:00:00+01:00');

/** GILBERT's expenses: [year, account, account label, date, label, amount, vat, recoverable]. */
const EXPENSES: [string, string, string, string, string, string, string, string][] = [
  ['2025', '60200000', 'Eau froide', '2025-03-31', 'Veolia – relevé T1 2025', '842.16', '43.86', '842.16'],
  ['2025', '60200000', 'Eau froide', '2025-06-30', 'Veolia – relevé T2 2025', '915.40', '47.68', '915.40'],
  ['2025', '60600000', 'Électricité parties communes', '2025-02-14', 'EDF – éclairage hall et cave', '318.52', '53.09', '318.52'],
  ['2025', '61400000', 'Contrat ascenseur', '2025-01-10', 'Otis – maintenance annuelle', '2160.00', '360.00', '1620.00'],
  ['2025', '61500000', 'Entretien et petites réparations', '2025-04-22', 'Serrurerie Stanislas – porte du hall', '486.00', '81.00', '0.00'],
  ['2025', '61600000', 'Assurance multirisque', '2025-01-02', 'MMA – prime annuelle immeuble', '3120.45', '0.00', '0.00'],
  ['2025', '62100000', 'Honoraires du syndic', '2025-01-01', 'Honoraires de gestion courante 2025', '4200.00', '700.00', '0.00'],
  ['2026', '60200000', 'Eau froide', '2026-03-31', 'Veolia – relevé T1 2026', '868.90', '45.25', '868.90'],
  ['2026', '60600000', 'Électricité parties communes', '2026-02-13', 'EDF – éclairage hall et cave', '331.07', '55.18', '331.07'],
  ['2026', '61400000', 'Contrat ascenseur', '2026-01-09', 'Otis – maintenance annuelle', '2220.00', '370.00', '1665.00'],
  ['2026', '61500000', 'Entretien et petites réparations', '2026-05-18', 'Plomberie Lorraine – fuite colonne EU', '612.40', '102.07', '0.00'],
  ['2026', '61500000', 'Entretien et petites réparations', '2026-09-03', 'Nettoyage Nancy Propreté – remise en état caves', '264.00', '44.00', '264.00'],
  ['2026', '61600000', 'Assurance multirisque', '2026-01-02', 'MMA – prime annuelle immeuble', '3245.10', '0.00', '0.00'],
  ['2026', '62100000', 'Honoraires du syndic', '2026-01-01', 'Honoraires de gestion courante 2026', '4300.00', '716.67', '0.00'],
];

/** A one-page invoice PDF for the demo, so that the expense list's invoice links open something real. */
function invoicePdf(label: string, amount: string, date: string): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 50 });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  pdf.font('Helvetica-Bold').fontSize(16).text('FACTURE');
  pdf.font('Helvetica').fontSize(11).moveDown().text('Destinataire : Syndicat Gilbert, 4, rue Gilbert, 54000 NANCY');
  pdf
    .moveDown()
    .text(`Date : ${date.split('-').reverse().join('/')}`)
    .text(`Objet : ${label}`)
    .text(`Montant TTC : ${amount.replace('.', ',')} €`);
  pdf.end();
  return done;
}

export async function seedDemoLedgerReports(tx: Executor, agencyId: string, syndicateEntityId: string, files?: FileStore): Promise<void> {
  const lotRows = await tx
    .select({ id: t.lots.id, code: t.lots.code })
    .from(t.lots)
    .where(
      and(
        eq(t.lots.agencyId, agencyId),
        inArray(
          t.lots.code,
          WORKS_FUNDS.map((w) => w[0]),
        ),
      ),
    );
  const lotId = new Map(lotRows.map((row) => [row.code, row.id]));
  await tx
    .insert(t.worksFundLines)
    .values(WORKS_FUNDS.map(([lot, accountNumber, label, amount]) => ({ agencyId, lotId: lotId.get(lot)!, accountNumber, label, amount, updatedAt: WORKS_FUNDS_LOADED_AT })));

  const years = await tx
    .insert(t.fiscalYears)
    .values([
      { agencyId, entityId: syndicateEntityId, code: '2024', startDate: '2024-01-01', endDate: '2024-12-31', isOpen: false },
      { agencyId, entityId: syndicateEntityId, code: '2025', startDate: '2025-01-01', endDate: '2025-12-31', isOpen: true },
      { agencyId, entityId: syndicateEntityId, code: '2026', startDate: '2026-01-01', endDate: '2026-12-31', isOpen: true },
    ])
    .returning();
  const [gilbert] = await tx
    .select()
    .from(t.buildings)
    .where(and(eq(t.buildings.agencyId, agencyId), eq(t.buildings.code, 'GILBERT')));
  const [key] = await tx
    .select()
    .from(t.allocationKeys)
    .where(and(eq(t.allocationKeys.agencyId, agencyId), eq(t.allocationKeys.buildingId, gilbert.id)));
  for (const [n, [year, accountNumber, accountLabel, expenseDate, label, amount, vat, recoverable]] of EXPENSES.entries()) {
    const externalId = `DEMO-EXP-${year}-${n}`;
    const invoiceFile = files ? `invoices/${agencyId}/${externalId.toLowerCase()}.pdf` : null;
    if (files && invoiceFile) await files.put(invoiceFile, await invoicePdf(label, amount, expenseDate));
    await tx.insert(t.expenses).values({
      agencyId,
      externalId,
      fiscalYearId: years.find((y) => y.code === year)!.id,
      buildingId: gilbert.id,
      allocationKeyId: key.id,
      accountNumber,
      accountLabel,
      expenseDate,
      label,
      amount,
      vat,
      deductible: '0',
      recoverable,
      invoiceFile,
    });
  }
}
