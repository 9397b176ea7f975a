import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { formatDate } from '../../../app/i18n/format';
import { graphql } from '../../../gql';
import type { AgencyWideAudience, DocumentTargetInput } from '../../../gql/graphql';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import styles from './TargetPicker.module.css';

const TargetBuildingsQuery = graphql(`
  query TargetBuildings($search: String) {
    buildings(search: $search, first: 50) {
      edges {
        cursor
        node {
          id
          code
          name
        }
      }
    }
  }
`);

const TargetLotsQuery = graphql(`
  query TargetLots($buildingId: ID!) {
    node(id: $buildingId) {
      id
      ... on Building {
        lots(first: 100) {
          nodes {
            id
            code
            type
          }
        }
      }
    }
  }
`);

const TargetPeopleQuery = graphql(`
  query TargetPeople($search: String) {
    people(search: $search, first: 20) {
      edges {
        cursor
        node {
          id
          displayName
        }
      }
    }
  }
`);

const TargetPersonQuery = graphql(`
  query TargetPerson($personId: ID!) {
    node(id: $personId) {
      id
      ... on Person {
        accounts(first: 50) {
          nodes {
            id
            number
            label
          }
        }
        leases(first: 20) {
          nodes {
            id
            startDate
            lot {
              id
              code
            }
          }
        }
      }
    }
  }
`);

/** Whom a document is for: the API's target kinds (exactly one per document). */
export type TargetKind = 'building' | 'lot' | 'person' | 'account' | 'lease' | 'agencyWide';
const KINDS: readonly TargetKind[] = ['building', 'lot', 'person', 'account', 'lease', 'agencyWide'];
const AUDIENCES: readonly AgencyWideAudience[] = ['COUNCILS', 'ALL_COOWNERS'];

export type TargetPickerProps = {
  onChange: (target: DocumentTargetInput | null) => void;
  /** The target's error ("choose a building"), linked to the field to fill. */
  error?: string | null;
};

/**
 * The target of a publication (manual, "Publier un document relatif à l'ensemble de votre
 * portefeuille" and the binders' personal documents): a building (generic), a lot, a person, one
 * of their accounts or leases (personal), or the whole agency in "Documents du syndic".
 */
export function TargetPicker({ onChange, error }: TargetPickerProps) {
  const intl = useIntl();
  const [kind, setKind] = useState<TargetKind>('building');
  const [search, setSearch] = useState('');
  const [buildingId, setBuildingId] = useState('');
  const [personId, setPersonId] = useState('');
  const [itemId, setItemId] = useState('');
  const [audience, setAudience] = useState<AgencyWideAudience>('COUNCILS');
  const needsBuilding = kind === 'building' || kind === 'lot';
  const needsPerson = kind === 'person' || kind === 'account' || kind === 'lease';
  const buildings = useQuery(TargetBuildingsQuery, { variables: { search: search.trim() || null }, skip: !needsBuilding });
  const people = useQuery(TargetPeopleQuery, { variables: { search: search.trim() || null }, skip: !needsPerson });
  const lots = useQuery(TargetLotsQuery, { variables: { buildingId }, skip: kind !== 'lot' || !buildingId });
  const personDetail = useQuery(TargetPersonQuery, { variables: { personId }, skip: (kind !== 'account' && kind !== 'lease') || !personId });

  const buildingOptions = (buildings.data ?? buildings.previousData)?.buildings.edges.map((edge) => edge.node) ?? [];
  const personOptions = (people.data ?? people.previousData)?.people.edges.map((edge) => edge.node) ?? [];
  const personNode = personDetail.data?.node;
  const person = personNode?.__typename === 'Person' ? personNode : null;
  const lotNode = lots.data?.node;
  const lotOptions = lotNode?.__typename === 'Building' ? lotNode.lots.nodes : [];

  // Every change recomputes the one target the API takes; an incomplete choice is null.
  const emit = (next: { kind?: TargetKind; buildingId?: string; personId?: string; itemId?: string; audience?: AgencyWideAudience }) => {
    const state = { kind, buildingId, personId, itemId, audience, ...next };
    if (state.kind === 'agencyWide') return onChange({ agencyWide: state.audience });
    if (state.kind === 'building') return onChange(state.buildingId ? { buildingId: state.buildingId } : null);
    if (state.kind === 'person') return onChange(state.personId ? { personId: state.personId } : null);
    if (!state.itemId) return onChange(null);
    if (state.kind === 'lot') return onChange({ lotId: state.itemId });
    if (state.kind === 'account') return onChange({ accountId: state.itemId });
    return onChange({ leaseId: state.itemId });
  };

  const choose = (label: string, name: string, value: string, options: { value: string; label: string }[], onSelect: (value: string) => void) => (
    <SelectField label={label} name={name} value={value} options={[{ value: '', label: intl.formatMessage({ id: 'documents.target.choose' }) }, ...options]} onChange={onSelect} />
  );

  return (
    <fieldset className={styles.picker} aria-describedby={error ? 'target-error' : undefined}>
      <legend className={styles.legend}>{intl.formatMessage({ id: 'documents.target.legend' })}</legend>
      <SelectField
        label={intl.formatMessage({ id: 'documents.target.kind' })}
        name="targetKind"
        value={kind}
        options={KINDS.map((value) => ({ value, label: intl.formatMessage({ id: `documents.target.kind.${value}` }) }))}
        onChange={(value) => {
          const next = value as TargetKind;
          setKind(next);
          setSearch('');
          setBuildingId('');
          setPersonId('');
          setItemId('');
          emit({ kind: next, buildingId: '', personId: '', itemId: '' });
        }}
      />
      {(needsBuilding || needsPerson) && (
        <TextField
          label={intl.formatMessage({ id: needsBuilding ? 'documents.target.searchBuilding' : 'documents.target.searchPerson' })}
          name="targetSearch"
          type="search"
          inputMode="search"
          value={search}
          onChange={setSearch}
          autoComplete="off"
        />
      )}
      {needsBuilding &&
        choose(
          intl.formatMessage({ id: 'documents.target.building' }),
          'buildingId',
          buildingId,
          buildingOptions.map((building) => ({ value: building.id, label: building.name === building.code ? building.name : `${building.code} – ${building.name}` })),
          (value) => {
            setBuildingId(value);
            setItemId('');
            emit({ buildingId: value, itemId: '' });
          },
        )}
      {kind === 'lot' &&
        buildingId &&
        choose(
          intl.formatMessage({ id: 'documents.target.lot' }),
          'lotId',
          itemId,
          lotOptions.map((lot) => ({ value: lot.id, label: `${lot.code} (${lot.type})` })),
          (value) => {
            setItemId(value);
            emit({ itemId: value });
          },
        )}
      {needsPerson &&
        choose(
          intl.formatMessage({ id: 'documents.target.person' }),
          'personId',
          personId,
          personOptions.map((candidate) => ({ value: candidate.id, label: candidate.displayName })),
          (value) => {
            setPersonId(value);
            setItemId('');
            emit({ personId: value, itemId: '' });
          },
        )}
      {kind === 'account' &&
        person &&
        choose(
          intl.formatMessage({ id: 'documents.target.account' }),
          'accountId',
          itemId,
          person.accounts.nodes.map((account) => ({ value: account.id, label: `${account.number} – ${account.label}` })),
          (value) => {
            setItemId(value);
            emit({ itemId: value });
          },
        )}
      {kind === 'lease' &&
        person &&
        choose(
          intl.formatMessage({ id: 'documents.target.lease' }),
          'leaseId',
          itemId,
          person.leases.nodes.map((lease) => ({
            value: lease.id,
            label: intl.formatMessage({ id: 'documents.target.leaseOption' }, { lot: lease.lot?.code ?? '', start: formatDate(lease.startDate, intl.locale) }),
          })),
          (value) => {
            setItemId(value);
            emit({ itemId: value });
          },
        )}
      {kind === 'agencyWide' && (
        <>
          <SelectField
            label={intl.formatMessage({ id: 'documents.target.audience' })}
            name="audience"
            value={audience}
            options={AUDIENCES.map((value) => ({ value, label: intl.formatMessage({ id: `documents.target.audience.${value}` }) }))}
            onChange={(value) => {
              setAudience(value as AgencyWideAudience);
              emit({ audience: value as AgencyWideAudience });
            }}
          />
          <p className={styles.hint}>{intl.formatMessage({ id: 'documents.target.agencyWideHint' })}</p>
        </>
      )}
      {error && (
        <p id="target-error" className={styles.error} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
