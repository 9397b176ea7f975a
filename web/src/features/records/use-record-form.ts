import { useEffect, useRef, useState, type FormEvent } from 'react';
import { errorCodeOf, isNetworkFailure } from '../../app/errors';
import { rowErrorsOf, type RowErrors } from './form-errors';

/**
 * The state every record form shares: field errors by row path, the form's own alert, and the
 * submit wrapper that checks first, focuses the first invalid field, calls the API and maps its
 * BAD_USER_INPUT errors back onto the fields (STYLE.md §7, "Forms").
 */
export function useRecordForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<RowErrors>({});
  const [formErrorId, setFormErrorId] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  // Bumped at each refused submit: the effect below focuses once the errors are on the page.
  const [refusals, setRefusals] = useState(0);

  useEffect(() => {
    if (refusals > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);

  const show = (found: RowErrors) => {
    const { '': rowError, ...fields } = found;
    // Each field's `name` is its row path: an error on a path the form has no field for still
    // says something, in the form's alert.
    const isShown = (path: string) => formRef.current?.querySelector(`[name="${CSS.escape(path)}"]`) != null;
    setErrors(fields);
    setFormErrorId(rowError ?? Object.entries(fields).find(([path]) => !isShown(path))?.[1] ?? null);
    setRefusals((count) => count + 1);
  };

  /** `validate` answers client-side errors (empty: go on); `send` talks to the API and may answer more. */
  const submit = (validate: () => RowErrors, send: () => Promise<RowErrors | void>) => async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormErrorId(null);
    const found = validate();
    if (Object.keys(found).length > 0) return show(found);
    setErrors({});
    setBusy(true);
    try {
      const refused = await send();
      if (refused && Object.keys(refused).length > 0) show(refused);
    } catch (error) {
      const mapped = rowErrorsOf(error);
      if (Object.keys(mapped).length > 0) show(mapped);
      else setFormErrorId(formErrorOf(error));
    } finally {
      setBusy(false);
    }
  };

  /** Clears one field's error as the manager types in it. */
  const clear = (path: string) => setErrors((current) => (current[path] ? { ...current, [path]: '' } : current));

  return { formRef, errors, formErrorId, isBusy, submit, clear };
}

function formErrorOf(error: unknown): string {
  if (isNetworkFailure(error)) return 'app.error.network';
  switch (errorCodeOf(error)) {
    case 'FORBIDDEN':
      return 'app.error.forbidden';
    case 'NOT_FOUND':
      return 'app.error.notFound';
    case 'CONFLICT':
      return 'records.error.conflict';
    default:
      return 'app.error.unexpected';
  }
}
