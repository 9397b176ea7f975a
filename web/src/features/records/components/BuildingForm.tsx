import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button, ButtonLink } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { forgetPortfolio } from '../cache';
import type { RowErrors } from '../form-errors';
import { useRecordForm } from '../use-record-form';
import { AddressFields, addressErrors, EMPTY_ADDRESS, type AddressValues } from './AddressFields';
import styles from './RecordForm.module.css';

const UpsertBuildingMutation = graphql(`
  mutation RecordsUpsertBuilding($buildings: [BuildingInput!]!) {
    upsertBuildings(buildings: $buildings) {
      created
      updated
      unchanged
    }
  }
`);

// The buildings search matches words of the code; the exact code is picked from the answers.
export const BuildingByCodeQuery = graphql(`
  query RecordsBuildingByCode($search: String!) {
    buildings(search: $search, first: 20) {
      nodes {
        id
        code
      }
    }
  }
`);

export type BuildingValues = { code: string; name: string; address: AddressValues; syndicateEntityCode: string };

export const EMPTY_BUILDING: BuildingValues = { code: '', name: '', address: EMPTY_ADDRESS, syndicateEntityCode: '' };

/** Client-side checks; the API checks again (an unknown syndicate code is its to say). */
export function buildingErrors(values: BuildingValues): RowErrors {
  const found: RowErrors = {};
  if (values.code.trim() === '') found.code = 'records.error.required';
  if (values.name.trim() === '') found.name = 'records.error.required';
  return { ...found, ...addressErrors(values.address, true) };
}

/** The full BuildingInput (the address is required; an empty syndicate code means none). */
export function buildingInput(values: BuildingValues) {
  const { line1, line2, postalCode, city } = values.address;
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    postalAddress: { line1: line1.trim(), line2: line2.trim() || null, postalCode: postalCode.trim(), city: city.trim() },
    syndicateEntityCode: values.syndicateEntityCode.trim() || null,
  };
}

export type BuildingFormProps = { initial: BuildingValues; isExisting: boolean; cancelTo: string; onSaved: (buildingId: string) => void };

/** A building's code, name, address and syndicate, created or edited through upsertBuildings. */
export function BuildingForm({ initial, isExisting, cancelTo, onSaved }: BuildingFormProps) {
  const intl = useIntl();
  const client = useApolloClient();
  const [upsert] = useMutation(UpsertBuildingMutation);
  const [values, setValues] = useState(initial);
  const { formRef, errors, formErrorId, isBusy, submit, clear } = useRecordForm();
  const message = (path: string) => (errors[path] ? intl.formatMessage({ id: errors[path] }) : undefined);

  const lookup = async (code: string) => {
    const { data } = await client.query({ query: BuildingByCodeQuery, variables: { search: code }, fetchPolicy: 'network-only' });
    return data?.buildings.nodes.find((building) => building.code === code) ?? null;
  };

  const send = async (): Promise<RowErrors | void> => {
    const input = buildingInput(values);
    if (!isExisting && (await lookup(input.code))) return { code: 'records.building.error.codeTaken' };
    await upsert({ variables: { buildings: [input] } });
    const saved = await lookup(input.code);
    forgetPortfolio(client.cache);
    if (saved) onSaved(saved.id);
  };

  const text = (name: 'code' | 'name' | 'syndicateEntityCode', options: { hint?: boolean; isRequired?: boolean; isReadOnly?: boolean } = {}) => (
    <TextField
      label={intl.formatMessage({ id: `records.building.${name}` })}
      hint={options.hint ? intl.formatMessage({ id: `records.building.${name}Hint` }) : undefined}
      name={name}
      value={values[name]}
      onChange={(value) => {
        clear(name);
        setValues({ ...values, [name]: value });
      }}
      error={message(name)}
      autoCapitalize={name === 'name' ? undefined : 'characters'}
      isMonospace={name !== 'name'}
      isRequired={options.isRequired}
      isReadOnly={options.isReadOnly}
    />
  );

  return (
    <form ref={formRef} className={styles.form} onSubmit={(event) => void submit(() => buildingErrors(values), send)(event)} noValidate>
      {formErrorId && <Alert tone="error">{intl.formatMessage({ id: formErrorId })}</Alert>}
      {text('code', { hint: true, isRequired: true, isReadOnly: isExisting })}
      {text('name', { isRequired: true })}
      <AddressFields value={values.address} onChange={(address) => setValues({ ...values, address })} errors={errors} isRequired />
      {text('syndicateEntityCode', { hint: true })}
      <div className={styles.actions}>
        <ButtonLink to={cancelTo} variant="secondary">
          {intl.formatMessage({ id: 'records.cancel' })}
        </ButtonLink>
        <Button type="submit" isBusy={isBusy}>
          {intl.formatMessage({ id: isExisting ? 'records.save' : 'records.building.create' })}
        </Button>
      </div>
    </form>
  );
}
