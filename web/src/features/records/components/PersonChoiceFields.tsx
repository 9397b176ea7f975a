import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import { TextField } from '../../../ui/TextField';
import type { RowErrors } from '../form-errors';
import { suggestExternalId } from '../form-values';
import styles from './PersonChoiceFields.module.css';

/** The portfolio's people search (`people(search:)`), a few names at a time for a pick list. */
const PersonChoicesQuery = graphql(`
  query RecordsPersonChoices($search: String!) {
    people(search: $search, first: 8) {
      nodes {
        id
        displayName
        externalId
      }
    }
  }
`);

export type PickedPerson = { id: string; displayName: string; externalId: string | null };

/** Who the form is about: a person found by the search, or a new one typed here. */
export type PersonChoice = {
  mode: 'existing' | 'new';
  search: string;
  picked: PickedPerson | null;
  civility: string;
  displayName: string;
  externalId: string;
  /** The manager typed a code of their own: the suggestion stops following the name. */
  isCodeTouched: boolean;
};

export const EMPTY_CHOICE: PersonChoice = { mode: 'existing', search: '', picked: null, civility: '', displayName: '', externalId: '', isCodeTouched: false };

/**
 * Client-side checks of a choice, on the paths of its fields (`<name>.personId`, `<name>.displayName`…).
 * An existing person without a Code tiers cannot be named in a batch upsert (leases, council seats
 * take the person's externalId): `needsCode` refuses them with a way out.
 */
export function personChoiceErrors(name: string, choice: PersonChoice, needsCode = false): RowErrors {
  if (choice.mode === 'existing') {
    if (!choice.picked) return { [`${name}.personId`]: 'records.choice.error.pick' };
    if (needsCode && !choice.picked.externalId) return { [`${name}.personId`]: 'records.choice.error.noCode' };
    return {};
  }
  const found: RowErrors = {};
  if (choice.displayName.trim() === '') found[`${name}.displayName`] = 'records.error.required';
  if (choice.externalId.trim() === '') found[`${name}.externalId`] = 'records.error.required';
  return found;
}

export type PersonChoiceFieldsProps = {
  /** The row path prefix of the fields ("buyer", "tenant"): errors and focus use it. */
  name: string;
  legend: string;
  value: PersonChoice;
  onChange: (value: PersonChoice) => void;
  errors: RowErrors;
  /** Left out of the results (the seller is not their own buyer). */
  excludeId?: string;
};

/**
 * "Un tiers existant" (searched by name, code, e-mail or lot, as in the portfolio) or "Un nouveau
 * tiers" (civility, name, Code tiers suggested from the name): the form creates the new one
 * through upsertPersons before its own mutation.
 */
export function PersonChoiceFields({ name, legend, value, onChange, errors, excludeId }: PersonChoiceFieldsProps) {
  const intl = useIntl();
  const groupId = useId();
  const message = (path: string) => (errors[path] ? intl.formatMessage({ id: errors[path] }) : undefined);
  // Search once typing pauses, as the portfolio list does.
  const [search, setSearch] = useState(value.search.trim());
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(value.search.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [value.search]);
  // From the API each time: the portfolio list's cache entry for the same words holds other pages.
  const { data, loading } = useQuery(PersonChoicesQuery, { variables: { search }, skip: value.mode !== 'existing' || search.length < 2, fetchPolicy: 'network-only' });
  const results = search.length < 2 ? [] : (data?.people.nodes ?? []).filter((person) => person.id !== excludeId);
  const pickError = message(`${name}.personId`);

  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.modes} role="radiogroup" aria-label={legend}>
        {(['existing', 'new'] as const).map((mode) => (
          <label key={mode} className={styles.mode}>
            <input type="radio" name={`${groupId}-mode`} checked={value.mode === mode} onChange={() => onChange({ ...value, mode })} />
            <span>{intl.formatMessage({ id: `records.choice.mode.${mode}` })}</span>
          </label>
        ))}
      </div>
      {value.mode === 'existing' ? (
        <>
          <TextField
            label={intl.formatMessage({ id: 'records.choice.search' })}
            hint={intl.formatMessage({ id: 'records.choice.searchHint' })}
            name={`${name}.personId`}
            type="search"
            inputMode="search"
            value={value.search}
            onChange={(text) => onChange({ ...value, search: text })}
            error={pickError}
            autoComplete="off"
          />
          {value.picked && <p className={styles.picked}>{intl.formatMessage({ id: 'records.choice.picked' }, { name: value.picked.displayName })}</p>}
          {search.length >= 2 && !loading && results.length === 0 && <p className={styles.note}>{intl.formatMessage({ id: 'records.choice.none' })}</p>}
          {results.length > 0 && (
            <ul className={styles.results} aria-label={intl.formatMessage({ id: 'records.choice.results' })}>
              {results.map((person) => (
                <li key={person.id}>
                  <label className={styles.result}>
                    <input
                      type="radio"
                      name={`${groupId}-person`}
                      checked={value.picked?.id === person.id}
                      onChange={() => onChange({ ...value, picked: { id: person.id, displayName: person.displayName, externalId: person.externalId ?? null } })}
                    />
                    <span className={styles.resultName}>{person.displayName}</span>
                    {person.externalId && <span className={styles.code}>{person.externalId}</span>}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <>
          <TextField
            label={intl.formatMessage({ id: 'records.person.civility' })}
            hint={intl.formatMessage({ id: 'records.person.civilityHint' })}
            name={`${name}.civility`}
            value={value.civility}
            onChange={(civility) => onChange({ ...value, civility })}
            error={message(`${name}.civility`)}
          />
          <TextField
            label={intl.formatMessage({ id: 'records.person.displayName' })}
            hint={intl.formatMessage({ id: 'records.person.displayNameHint' })}
            name={`${name}.displayName`}
            value={value.displayName}
            onChange={(displayName) => onChange({ ...value, displayName, externalId: value.isCodeTouched ? value.externalId : suggestExternalId(displayName) })}
            error={message(`${name}.displayName`)}
            isRequired
          />
          <TextField
            label={intl.formatMessage({ id: 'records.person.externalId' })}
            hint={intl.formatMessage({ id: 'records.person.externalIdHint' })}
            name={`${name}.externalId`}
            value={value.externalId}
            onChange={(externalId) => onChange({ ...value, externalId, isCodeTouched: true })}
            error={message(`${name}.externalId`)}
            autoCapitalize="characters"
            isMonospace
            isRequired
          />
          <p className={styles.note}>{intl.formatMessage({ id: 'records.choice.newNote' })}</p>
        </>
      )}
    </fieldset>
  );
}
