import { afterAll, describe, expect, it } from 'vitest';
import type { AccessLetter } from '../identity/access-letter';
import { closeRenderPool, renderPdf, rendersInFlight } from './document-renderer';

afterAll(() => closeRenderPool());

const LETTER = new URL('../identity/access-letter.ts', import.meta.url);
const letter: AccessLetter = {
  agencyName: 'Palier Immobilier Nancy',
  agencyAddress: '10, place Stanislas, 54000 NANCY',
  agencyPhone: null,
  agencyEmail: null,
  agencyLegalLines: [],
  recipientName: 'Mme DUPONT Élise',
  recipientAddress: ['1, rue Gilbert', '54000 NANCY'],
  identifier: 'DUPONTELISE',
  temporaryPassword: 'Temp-Palier-1',
  signInUrl: 'http://palier.test/connexion',
  issuedOn: '2026-11-24',
};

describe('the document renderer', () => {
  it('renders a PDF in a worker thread from plain data', async () => {
    const pdf = await renderPdf(LETTER, 'accessLetterPdf', letter);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(rendersInFlight()).toBe(0);
  });

  it('abandons a render past its time limit, and the next render still works', async () => {
    await expect(renderPdf(LETTER, 'accessLetterPdf', letter, 1)).rejects.toThrow(/PDF rendering stopped after 1 ms/);
    expect(rendersInFlight()).toBe(0);
    expect((await renderPdf(LETTER, 'accessLetterPdf', letter)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
