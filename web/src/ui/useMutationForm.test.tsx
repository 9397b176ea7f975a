import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { FormEvent } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError } from '../test/render';
import { useMutationForm, type FieldErrors } from './useMutationForm';

const FIELDS = ['name', 'email'] as const;
type Values = { name: string; email: string; isPartner: boolean };

const validate = (values: Values): FieldErrors<(typeof FIELDS)[number]> => (values.name.trim() ? {} : { name: 'test.nameRequired' });
const submitEvent = () => ({ preventDefault: vi.fn() }) as unknown as FormEvent<HTMLFormElement>;
const refusal = (...errors: ReturnType<typeof apiError>[]) => new CombinedGraphQLErrors({ data: null, errors });

/** The hook with real inputs behind its field refs, so that the focus can be checked. */
function setup(initialValues: Values = { name: 'Stanislas', email: '', isPartner: false }) {
  const hook = renderHook(() => useMutationForm({ fields: FIELDS, initialValues, validate }));
  const inputs = Object.fromEntries(
    FIELDS.map((field) => {
      const input = document.body.appendChild(document.createElement('input'));
      hook.result.current.fieldRef(field)(input);
      return [field, input];
    }),
  ) as Record<(typeof FIELDS)[number], HTMLInputElement>;
  const submit = (send: (values: Values) => Promise<void>) => act(() => hook.result.current.handleSubmit(send)(submitEvent()));
  return { ...hook, inputs, submit };
}

describe('useMutationForm', () => {
  afterEach(() => document.body.replaceChildren());

  it("refuses what the form's own check finds, focusing the first refused field, without sending", async () => {
    const { result, inputs, submit } = setup({ name: ' ', email: '', isPartner: false });
    const send = vi.fn(async () => {});
    await submit(send);
    expect(result.current.errors).toEqual({ name: 'test.nameRequired' });
    await waitFor(() => expect(document.activeElement).toBe(inputs.name));
    expect(send).not.toHaveBeenCalled();
  });

  it('clears the error of a field when it is edited, and only that one', async () => {
    const { result, submit } = setup({ name: '', email: '', isPartner: false });
    await submit(async () => {});
    act(() => result.current.setValue('isPartner', true));
    expect(result.current.errors.name).toBe('test.nameRequired');
    act(() => result.current.setValue('name', 'Stanislas'));
    expect(result.current.values).toEqual({ name: 'Stanislas', email: '', isPartner: true });
    expect(result.current.errors.name).toBeUndefined();
  });

  it("puts the API's BAD_USER_INPUT on the field named by extensions.field (an input path) and focuses it", async () => {
    const { result, inputs, submit } = setup();
    await submit(async () => {
      throw refusal(apiError('BAD_USER_INPUT', { field: 'input.email', reason: 'INVALID_EMAIL' }));
    });
    expect(result.current.errors).toEqual({ email: 'errors.INVALID_EMAIL' });
    expect(result.current.status).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(inputs.email));
  });

  it('says the failure at the form level when no field of the form explains it', async () => {
    const { result, submit } = setup();
    await submit(async () => {
      throw refusal(apiError('BAD_USER_INPUT', { field: 'siret', reason: 'INVALID_SIRET' }));
    });
    expect(result.current.errors).toEqual({});
    expect(result.current.status).toBe('app.error.unexpected');
    await submit(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(result.current.status).toBe('app.error.network');
  });

  it('is busy while sending, sends the values and focuses the status it ends with', async () => {
    const { result } = setup();
    let finish = () => {};
    const send = vi.fn(
      (_values: Values) =>
        new Promise<void>((resolve) => {
          finish = () => {
            result.current.setStatus('test.saved');
            resolve();
          };
        }),
    );
    let sending: Promise<void> = Promise.resolve();
    // A synchronous act renders what happens before the API answers.
    act(() => {
      sending = result.current.handleSubmit(send)(submitEvent());
    });
    expect(result.current.isSubmitting).toBe(true);
    expect(send).toHaveBeenCalledWith({ name: 'Stanislas', email: '', isPartner: false });
    const alert = document.body.appendChild(document.createElement('div'));
    alert.tabIndex = -1;
    result.current.statusRef.current = alert;
    await act(async () => {
      finish();
      await sending;
    });
    expect(result.current.isSubmitting).toBe(false);
    expect(result.current.status).toBe('test.saved');
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });
});
