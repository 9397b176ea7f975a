import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useEffect, useMemo, useState } from 'react';
import { errorMessageIdOf } from '../../../app/error-message-id';
import { fieldErrorsOf } from '../../../app/errors';
import { updateOf, type RecordDraft, type RecordField, type RecordUpdate } from '../figures';

/** Time after the last keystroke before the figures go to the API (it computes the totals). */
export const SAVE_DELAY_MS = 500;

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'waiting' }
  | { kind: 'saving' }
  | { kind: 'invalid'; fields: RecordField[]; rows: string[] }
  | { kind: 'failed'; messageId: string; fields: RecordField[] };

const RECORD_FIELDS: readonly string[] = ['share', 'provisions', 'retained', 'instalments', 'currentMonthlyProvision', 'newMonthlyProvision'];

type Progress = { draft: RecordDraft; phase: 'saving' | 'saved' } | { draft: RecordDraft; phase: 'failed'; messageId: string; fields: RecordField[] };

/**
 * Sends a record's figures as they are typed, a moment after the last keystroke, so that the
 * totals on screen are the server's (the only computation). Half-typed numbers are held back and
 * shown as invalid; the state always describes the draft now on screen, so a save that lands
 * while the manager types again does not say "up to date".
 */
export function useRecordAutosave(draft: RecordDraft, isEdited: boolean, save: (update: RecordUpdate) => Promise<unknown>): SaveState {
  const checked = useMemo(() => updateOf(draft), [draft]);
  const [progress, setProgress] = useState<Progress | null>(null);

  useEffect(() => {
    if (!isEdited || !('update' in checked)) return;
    const timer = window.setTimeout(() => {
      setProgress({ draft, phase: 'saving' });
      save(checked.update).then(
        () => setProgress((current) => (current?.draft === draft ? { draft, phase: 'saved' } : current)),
        (failure: unknown) => setProgress((current) => (current?.draft === draft ? { draft, phase: 'failed', ...failureOf(failure) } : current)),
      );
    }, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [checked, draft, isEdited, save]);

  if (!isEdited) return { kind: 'saved' };
  if (!('update' in checked)) return { kind: 'invalid', fields: checked.invalidFields, rows: checked.invalidRows };
  if (progress?.draft !== draft) return { kind: 'waiting' };
  if (progress.phase === 'failed') return { kind: 'failed', messageId: progress.messageId, fields: progress.fields };
  return { kind: progress.phase };
}

function failureOf(failure: unknown): { messageId: string; fields: RecordField[] } {
  const fieldErrors = fieldErrorsOf(failure);
  const fields = fieldErrors.map((error) => error.field).filter((field): field is RecordField => RECORD_FIELDS.includes(field));
  const reason = fieldErrors[0]?.reason ?? reasonOf(failure);
  return { messageId: reason ? `errors.${reason}` : errorMessageIdOf(failure), fields };
}

/** The `extensions.reason` of a CONFLICT (REGULARISATION_BILLED…), which has its own French message. */
export function reasonOf(failure: unknown): string | null {
  if (!CombinedGraphQLErrors.is(failure)) return null;
  for (const error of failure.errors) if (error.extensions?.code === 'CONFLICT' && typeof error.extensions.reason === 'string') return error.extensions.reason;
  return null;
}
