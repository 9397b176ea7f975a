import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, renderRoute } from '../test/render';
import { QueryError } from './QueryError';

const failure = (code: string, extensions: Record<string, unknown> = {}) => new CombinedGraphQLErrors({ data: null, errors: [apiError(code, extensions)] });

describe('QueryError', () => {
  it('says the agency has not enabled the service when a module is switched off', async () => {
    renderRoute(<QueryError error={failure('FORBIDDEN', { action: 'account.readStatement', reason: 'MODULE_DISABLED' })} onRetry={() => {}} />, { path: '/' });
    expect(await screen.findByText("Ce service n'est pas activé par votre agence.")).toBeTruthy();
    expect(screen.queryByText("Vous n'avez pas les droits pour cette action.")).toBeNull();
    // Retrying cannot switch the module on.
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
  });

  it('keeps "not allowed" for a refusal on the rights', async () => {
    renderRoute(<QueryError error={failure('FORBIDDEN', { action: 'person.update' })} />, { path: '/' });
    expect(await screen.findByText("Vous n'avez pas les droits pour cette action.")).toBeTruthy();
  });

  it('offers to retry after a network failure', async () => {
    renderRoute(<QueryError error={new TypeError('Failed to fetch')} onRetry={() => {}} />, { path: '/' });
    expect(await screen.findByText(/momentanément injoignable/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });
});
