import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import * as t from '../db/schema';
import type { FileStore } from '../files/file-store';

/** A one-page PDF with the document's title, so that the demo's downloads open something real. */
function demoPdf(title: string, lines: string[]): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 50, info: { Title: title, Author: 'Palier Immobilier Nancy' } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  pdf.font('Helvetica-Bold').fontSize(16).text(title);
  pdf.font('Helvetica').fontSize(11).moveDown();
  for (const line of lines) pdf.text(line);
  pdf.end();
  return done;
}

/** A demo document: its binder (by module and name), its target and its publication. */
interface DemoDocument {
  binder: [module: 'GERANCE' | 'SYNDIC', name: string];
  title: string;
  fileName: string;
  target: Partial<Pick<typeof t.documents.$inferInsert, 'personId' | 'accountId' | 'leaseId' | 'lotId' | 'buildingId' | 'agencyWide'>>;
  publishedOn: string;
  expiresOn?: string;
  isPublished?: boolean;
  lines: string[];
}

/** Inserts documents with their PDF (stored when a FileStore is given: `pnpm start`; tests publish their own). */
async function insertDocuments(tx: Executor, agencyId: string, list: DemoDocument[], files?: FileStore): Promise<void> {
  const binderRows = await tx.select().from(t.binders).where(eq(t.binders.agencyId, agencyId));
  for (const doc of list) {
    const binder = binderRows.find((b) => b.module === doc.binder[0] && b.name === doc.binder[1]);
    if (!binder) throw new Error(`demo binder ${doc.binder.join(' ')} missing`);
    const bytes = await demoPdf(doc.title, doc.lines);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const storageKey = `documents/${agencyId}/${sha256}.pdf`;
    if (files) await files.put(storageKey, bytes);
    await tx.insert(t.documents).values({
      agencyId,
      binderId: binder.id,
      title: doc.title,
      fileName: doc.fileName,
      contentType: 'application/pdf',
      byteSize: bytes.length,
      sha256,
      storageKey,
      ...doc.target,
      publishedOn: doc.publishedOn,
      expiresOn: doc.expiresOn ?? null,
      isPublished: doc.isPublished ?? true,
    });
  }
}

async function idOf(tx: Executor, table: typeof t.buildings | typeof t.accounts, agencyId: string, code: string): Promise<string> {
  const column = table === t.buildings ? t.buildings.code : t.accounts.number;
  const [row] = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.agencyId, agencyId), eq(column, code)));
  if (!row) throw new Error(`demo ${code} missing`);
  return row.id;
}

/**
 * The demo's documents (issue 9, "Demo documents", exact titles): tests, the README and the hand
 * walk rely on them. The binders are the agency's defaults (created with the agency).
 */
export async function seedDemoDocuments(tx: Executor, agencyId: string, files?: FileStore): Promise<void> {
  const gilbert = await idOf(tx, t.buildings, agencyId, 'GILBERT');
  const deniseCoOwner = await idOf(tx, t.accounts, agencyId, '450ALOXECO');
  const deniseOwner = await idOf(tx, t.accounts, agencyId, '411ALOXECO');
  const elsaAccount = await idOf(tx, t.accounts, agencyId, '81ELLOCATA');
  const [elsaLease] = await tx
    .select({ id: t.leases.id })
    .from(t.leases)
    .where(and(eq(t.leases.agencyId, agencyId), eq(t.leases.accountId, elsaAccount)));
  const gilbertLines = ['Syndicat Gilbert', '4, rue Gilbert, 54000 NANCY'];
  await insertDocuments(
    tx,
    agencyId,
    [
      {
        binder: ['SYNDIC', 'Règlement de copropriété'],
        title: 'Règlement de copropriété GILBERT',
        fileName: 'reglement-copropriete-gilbert.pdf',
        target: { buildingId: gilbert },
        publishedOn: '2020-01-15',
        lines: gilbertLines,
      },
      {
        binder: ['SYNDIC', 'Conseil syndical'],
        title: 'Compte rendu du conseil syndical du 12/03/2020',
        fileName: 'cr-conseil-syndical-2020-03-12.pdf',
        target: { buildingId: gilbert },
        publishedOn: '2020-03-16',
        lines: gilbertLines,
      },
      {
        binder: ['SYNDIC', 'Courriers'],
        title: 'Appel de fonds 3e trimestre 2020',
        fileName: 'appel-de-fonds-3T2020-450ALOXECO.pdf',
        target: { accountId: deniseCoOwner },
        publishedOn: '2020-07-01',
        lines: ['Madame YALOXE CORTON Denise', 'Compte 450ALOXECO'],
      },
      {
        binder: ['GERANCE', 'Quittance & reçus'],
        title: 'Quittance de loyer juin 2020',
        fileName: 'quittance-2020-06-81ELLOCATA.pdf',
        target: { leaseId: elsaLease.id },
        publishedOn: '2020-06-30',
        lines: ['Madame LOCATAIRE Elsa', 'Résidence Lafayette, LAFAYETTE/002'],
      },
      {
        binder: ['GERANCE', 'Relevés de gérance'],
        title: 'Relevé de gérance juin 2020',
        fileName: 'releve-gerance-2020-06-411ALOXECO.pdf',
        target: { accountId: deniseOwner },
        publishedOn: '2020-07-05',
        lines: ['Madame YALOXE CORTON Denise', 'Compte 411ALOXECO'],
      },
      {
        binder: ['SYNDIC', 'Documents du syndic'],
        title: 'Carte professionnelle',
        fileName: 'carte-professionnelle.pdf',
        target: { agencyWide: 'COUNCILS' },
        publishedOn: '2020-09-01',
        lines: ['Palier Immobilier Nancy', 'CPI 5401 2018 000 012 345'],
      },
      {
        binder: ['SYNDIC', 'Assemblées Générales'],
        title: 'Convocation AG 2019',
        fileName: 'convocation-ag-2019.pdf',
        target: { buildingId: gilbert },
        // Published for 12 months: expired since 01/06/2020.
        publishedOn: '2019-06-01',
        expiresOn: '2020-06-01',
        lines: gilbertLines,
      },
      {
        binder: ['SYNDIC', 'Contrat syndical'],
        title: 'Contrat de syndic 2021 (projet)',
        fileName: 'contrat-syndic-2021-projet.pdf',
        target: { buildingId: gilbert },
        publishedOn: '2020-11-02',
        isPublished: false,
        lines: gilbertLines,
      },
    ],
    files,
  );
}

/** The second agency's own "Règlement de copropriété" (isolation by hand: GESTIONNAIRE2). */
export async function seedSecondAgencyDocuments(tx: Executor, agencyId: string, files?: FileStore): Promise<void> {
  const bellecour = await idOf(tx, t.buildings, agencyId, 'BELLECOUR');
  await insertDocuments(
    tx,
    agencyId,
    [
      {
        binder: ['SYNDIC', 'Règlement de copropriété'],
        title: 'Règlement de copropriété BELLECOUR',
        fileName: 'reglement-copropriete-bellecour.pdf',
        target: { buildingId: bellecour },
        publishedOn: '2019-02-01',
        lines: ['Syndicat Bellecour', '12, rue de la Charité, 69002 LYON'],
      },
    ],
    files,
  );
}
