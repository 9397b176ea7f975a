import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../../app/i18n/format';
import { apiError, renderRoute, type Script } from '../../../test/render';
import { IMPORT_REASONS } from '../import-errors';
import { MESSAGES } from '../../../app/i18n/messages';
import { ImportPage } from './ImportPage';

const kinds = () => ({
  data: {
    importKinds: [
      {
        __typename: 'ImportKindInfo',
        kind: 'WORKS_FUND_LINES',
        template: '\ufeffLot;Compte;Libellé;Montant\r\n',
        columns: [
          { __typename: 'ImportColumn', header: 'Lot', format: 'TEXT', isRequired: true },
          { __typename: 'ImportColumn', header: 'Montant', format: 'DECIMAL', isRequired: true },
        ],
      },
    ],
  },
});
const counts = { __typename: 'ImportResult', received: 2, created: 1, updated: 0, unchanged: 1 };
const preview = (errors: { line: number | null; column: string | null; reason: string }[]) => () => ({
  data: {
    previewImport: {
      __typename: 'ImportPreview',
      lineCount: 2,
      isCommittable: errors.length === 0,
      result: errors.length ? null : counts,
      errors: errors.map((error) => ({ __typename: 'ImportError', ...error })),
    },
  },
});
const csvFile = (text: string) => new File([text], 'fonds.csv', { type: 'text/csv' });
const plain = (value: string) => frenchTypography(value).replace(/[\u00a0\u202f]/g, ' ');
const text = (element: HTMLElement) => plain(element.textContent ?? '');

async function choose(script: Script) {
  const rendered = renderRoute(<ImportPage />, { path: '/', script: { ImportKinds: kinds, ...script } });
  const user = userEvent.setup();
  await user.upload(await screen.findByLabelText('Fichier CSV'), csvFile('Lot;Compte;Libellé;Montant\nGILBERT/069;105999;Fonds;19,64\n'));
  return { ...rendered, user };
}

describe('ImportPage', () => {
  it('previews a file with errors by line and column and does not offer to import it', async () => {
    const { calls } = await choose({
      PreviewImport: preview([
        { line: 3, column: 'Montant', reason: 'INVALID_DECIMAL' },
        { line: null, column: null, reason: 'CSV_EMPTY' },
      ]),
    });
    const table = await screen.findByRole('table', { name: 'Erreurs à corriger' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(text)).toEqual([plain('3MontantNombre non valide (exemples : 1 000,91516 ou 66.0142).'), plain('Fichier—Le fichier ne contient aucune ligne de données.')]);
    expect(text(screen.getByRole('status'))).toContain(plain("2 erreurs dans le fichierRien n'a été enregistré"));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Importer' }).disabled).toBe(true);
    expect(calls.filter((call) => call.operationName === 'PreviewImport').map((call) => call.variables.kind)).toEqual(['WORKS_FUND_LINES']);
  });

  it('imports a clean file and shows the counts', async () => {
    const { user, calls } = await choose({ PreviewImport: preview([]), CommitImport: () => ({ data: { commitImport: counts } }) });
    expect(text(await screen.findByText(/aucune modification/))).toBe(plain('1 création, aucune modification, 1 ligne inchangée.'));
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    expect(text(await screen.findByText('Import terminé'))).toBe('Import terminé');
    expect(calls.find((call) => call.operationName === 'CommitImport')?.variables.csv).toContain('GILBERT/069;105999');
  });

  it('shows the errors of a refused import', async () => {
    const { user } = await choose({
      PreviewImport: preview([]),
      CommitImport: () => ({
        errors: [apiError('BAD_USER_INPUT', { field: 'csv', reason: 'UNKNOWN_REFERENCE', errors: [{ line: 2, column: 'Lot', reason: 'UNKNOWN_REFERENCE' }] })],
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Importer' }));
    const table = await screen.findByRole('table', { name: 'Erreur à corriger' });
    expect(text(within(table).getAllByRole('row')[1])).toBe(plain("2LotCode inconnu dans l'agence."));
  });

  it('words every reason the import reports', () => {
    expect(IMPORT_REASONS.filter((reason) => !MESSAGES.fr[`import.reason.${reason}`])).toEqual([]);
  });
});
