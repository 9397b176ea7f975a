import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { formatShares } from '../../../app/i18n/format';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button, ButtonLink } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { forgetPortfolio } from '../cache';
import { rowErrorsOf, type RowErrors } from '../form-errors';
import { isAboveZero, parseFrenchDecimal } from '../form-values';
import { useRecordForm } from '../use-record-form';
import styles from './RecordForm.module.css';

const UpsertLotMutation = graphql(`
  mutation RecordsUpsertLot($lots: [LotInput!]!) {
    upsertLots(lots: $lots) {
      created
      updated
      unchanged
    }
  }
`);

/** A key of the building, with its current total (shown beside the lot's share). */
export type KeyOption = { code: string; label: string; totalShares: string };

export type LotValues = {
  code: string;
  type: string;
  floor: string;
  surface: string;
  rooms: string;
  /** Typed shares by key code ("66,01420"); '' for none. */
  shares: Record<string, string>;
};

export type LotFormContext = {
  buildingCode: string;
  keys: KeyOption[];
  /** Codes of the building's lots: a new lot must not take one (the upsert would update it). */
  takenCodes: string[];
  /** Keys under which the lot already holds shares: the API keeps a share left out, so one cannot be emptied. */
  heldKeys: string[];
};

/** Client-side checks; rows paths as the API names them (`shares[i].shares` follows the key order). */
export function lotErrors(values: LotValues, context: LotFormContext, isExisting: boolean): RowErrors {
  const found: RowErrors = {};
  if (values.code.trim() === '') found.code = 'records.error.required';
  else if (!isExisting && context.takenCodes.includes(values.code.trim())) found.code = 'records.lot.error.codeTaken';
  if (values.type.trim() === '') found.type = 'records.error.required';
  if (values.surface.trim() !== '' && parseFrenchDecimal(values.surface, 2) === null) found.surface = 'records.lot.error.surface';
  if (values.rooms.trim() !== '' && !/^\d{1,3}$/.test(values.rooms.trim())) found.rooms = 'records.lot.error.rooms';
  for (const key of context.keys) {
    const typed = (values.shares[key.code] ?? '').trim();
    const path = `share.${key.code}`;
    if (typed === '') {
      if (context.heldKeys.includes(key.code)) found[path] = 'records.lot.error.shareKept';
      continue;
    }
    const decimal = parseFrenchDecimal(typed, 5);
    if (decimal === null || !isAboveZero(decimal)) found[path] = 'records.lot.error.share';
  }
  return found;
}

/** The full LotInput; the shares are those typed, in the building's key order. */
export function lotInput(values: LotValues, context: LotFormContext) {
  const shares = context.keys
    .filter((key) => (values.shares[key.code] ?? '').trim() !== '')
    .map((key) => ({ allocationKeyCode: key.code, shares: parseFrenchDecimal(values.shares[key.code], 5) ?? '' }));
  return {
    code: values.code.trim(),
    buildingCode: context.buildingCode,
    type: values.type.trim(),
    floor: values.floor.trim() || null,
    surface: values.surface.trim() === '' ? null : parseFrenchDecimal(values.surface, 2),
    rooms: values.rooms.trim() === '' ? null : Number(values.rooms.trim()),
    shares,
  };
}

/** The API's `shares[i].shares` (i among the shares sent) → the key's field `share.<code>`. */
export function shareErrorPaths(errors: RowErrors, sent: { allocationKeyCode: string }[]): RowErrors {
  const mapped: RowErrors = {};
  for (const [path, messageId] of Object.entries(errors)) {
    const match = /^shares\[(\d+)\]/.exec(path);
    const key = match ? sent[Number(match[1])]?.allocationKeyCode : undefined;
    mapped[key ? `share.${key}` : path] = messageId;
  }
  return mapped;
}

export type LotFormProps = { initial: LotValues; context: LotFormContext; isExisting: boolean; cancelTo: string; onSaved: () => void };

/** A lot with its shares per key of its building, created or edited through upsertLots. */
export function LotForm({ initial, context, isExisting, cancelTo, onSaved }: LotFormProps) {
  const intl = useIntl();
  const client = useApolloClient();
  const [upsert] = useMutation(UpsertLotMutation);
  const [values, setValues] = useState(initial);
  const { formRef, errors, formErrorId, isBusy, submit, clear } = useRecordForm();
  const message = (path: string) => (errors[path] ? intl.formatMessage({ id: errors[path] }) : undefined);

  const send = async (): Promise<RowErrors | void> => {
    const input = lotInput(values, context);
    try {
      await upsert({ variables: { lots: [input] } });
    } catch (error) {
      const mapped = shareErrorPaths(rowErrorsOf(error), input.shares);
      if (Object.keys(mapped).length > 0) return mapped;
      throw error;
    }
    forgetPortfolio(client.cache);
    onSaved();
  };

  const text = (
    name: 'code' | 'type' | 'floor' | 'surface' | 'rooms',
    options: { isRequired?: boolean; isReadOnly?: boolean; inputMode?: 'decimal' | 'numeric' | 'text'; hint?: boolean } = {},
  ) => (
    <TextField
      label={intl.formatMessage({ id: `records.lot.${name}` })}
      hint={options.hint ? intl.formatMessage({ id: `records.lot.${name}Hint` }) : undefined}
      name={name}
      value={values[name]}
      onChange={(value) => {
        clear(name);
        setValues({ ...values, [name]: value });
      }}
      error={message(name)}
      inputMode={options.inputMode}
      isMonospace={name === 'code'}
      isRequired={options.isRequired}
      isReadOnly={options.isReadOnly}
    />
  );

  return (
    <form ref={formRef} className={styles.form} onSubmit={(event) => void submit(() => lotErrors(values, context, isExisting), send)(event)} noValidate>
      {formErrorId && <Alert tone="error">{intl.formatMessage({ id: formErrorId })}</Alert>}
      {text('code', { isRequired: true, isReadOnly: isExisting, hint: true })}
      <div className={styles.pair}>
        {text('type', { isRequired: true, hint: true })}
        {text('floor', { hint: true })}
      </div>
      <div className={styles.pair}>
        {text('surface', { inputMode: 'decimal' })}
        {text('rooms', { inputMode: 'numeric' })}
      </div>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{intl.formatMessage({ id: 'records.lot.shares' })}</legend>
        {context.keys.length === 0 ? (
          <p className={styles.note}>{intl.formatMessage({ id: 'records.lot.noKeys' })}</p>
        ) : (
          context.keys.map((key) => (
            <TextField
              key={key.code}
              label={intl.formatMessage({ id: 'records.lot.share' }, { code: key.code, label: key.label })}
              hint={intl.formatMessage({ id: 'records.lot.shareTotal' }, { total: formatShares(key.totalShares, intl.locale) })}
              name={`share.${key.code}`}
              value={values.shares[key.code] ?? ''}
              onChange={(value) => {
                clear(`share.${key.code}`);
                setValues({ ...values, shares: { ...values.shares, [key.code]: value } });
              }}
              error={message(`share.${key.code}`)}
              inputMode="decimal"
            />
          ))
        )}
      </fieldset>
      <div className={styles.actions}>
        <ButtonLink to={cancelTo} variant="secondary">
          {intl.formatMessage({ id: 'records.cancel' })}
        </ButtonLink>
        <Button type="submit" isBusy={isBusy}>
          {intl.formatMessage({ id: isExisting ? 'records.save' : 'records.lot.create' })}
        </Button>
      </div>
    </form>
  );
}
