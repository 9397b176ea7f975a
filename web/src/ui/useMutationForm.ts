import { useRef, useState, type FormEvent } from 'react';
import { fieldErrorsOf, isNetworkFailure } from '../app/errors';

/** Message ids by field: the form's own checks, or the API's reasons (`errors.<REASON>`). */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export type UseMutationFormOptions<F extends string, V> = {
  /** The fields that can be refused, in the form's order: the first refused one gets the focus. */
  fields: readonly F[];
  initialValues: V | (() => V);
  /** What the browser can tell before sending; nothing is sent while it finds something. */
  validate: (values: V) => FieldErrors<F>;
};

/**
 * The state every edit form of the console repeats: its values, a message per refused field
 * (its own checks first, then the API's BAD_USER_INPUT mapped through `extensions.field`), the
 * focus on the first refused field (STYLE.md §7), the form-level status and the busy flag.
 */
export function useMutationForm<F extends string, V extends Record<F, unknown>>({ fields, initialValues, validate }: UseMutationFormOptions<F, V>) {
  const [values, setValues] = useState<V>(initialValues);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  // A message id: the success the form sets, or the failure no field explains.
  const [status, setStatus] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const elements = useRef<Partial<Record<F, HTMLElement | null>>>({});
  // Optional: a form that attaches it to its Alert moves the focus there, so the outcome is read out.
  const statusRef = useRef<HTMLDivElement>(null);

  const isField = (key: PropertyKey): key is F => (fields as readonly PropertyKey[]).includes(key);

  const showErrors = (found: FieldErrors<F>) => {
    setErrors(found);
    const first = fields.find((field) => found[field]);
    // After the render that marks the field invalid, so that it is announced with its error.
    if (first) requestAnimationFrame(() => elements.current[first]?.focus());
  };

  /** Changes one value; a refused field loses its error as soon as it is edited. */
  const setValue = <K extends keyof V>(key: K, value: V[K]) => {
    setValues((existing) => ({ ...existing, [key]: value }));
    if (isField(key)) setErrors((existing) => ({ ...existing, [key]: undefined }));
  };

  const fieldRef = (field: F) => (element: HTMLElement | null) => {
    elements.current[field] = element;
  };

  /** The form's submit handler: checks, then `send`s the values, which sets the success status. */
  const handleSubmit = (send: (values: V) => Promise<void>) => async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length) return showErrors(found);
    setSubmitting(true);
    try {
      await send(values);
    } catch (error) {
      const mapped: FieldErrors<F> = {};
      for (const { field, reason } of fieldErrorsOf(error)) if (isField(field)) mapped[field] = `errors.${reason}`;
      if (Object.keys(mapped).length) return showErrors(mapped);
      setStatus(isNetworkFailure(error) ? 'app.error.network' : 'app.error.unexpected');
    } finally {
      setSubmitting(false);
    }
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  return { values, setValue, setValues, errors, fieldRef, status, setStatus, statusRef, isSubmitting, handleSubmit };
}
