import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { errorMessageIdOf } from '../../../app/error-message-id';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/Checkbox';
import { Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/TextField';
import styles from './CoOwnerListDialog.module.css';

const CoOwnerListBuildingsQuery = graphql(`
  query CoOwnerListBuildings($search: String) {
    buildings(search: $search, first: 50) {
      totalCount
      edges {
        node {
          id
          code
          name
          syndicate {
            code
          }
        }
      }
    }
  }
`);

const RegenerateCoOwnerListsMutation = graphql(`
  mutation RegenerateCoOwnerLists($buildingIds: [ID!]!) {
    regenerateCoOwnerLists(buildingIds: $buildingIds) {
      id
      title
    }
  }
`);

export type CoOwnerListDialogProps = {
  isOpen: boolean;
  onClose: () => void;
  /** After a generation: the binders' counts and the table are fetched again. */
  onGenerated: () => void;
};

/**
 * "Générer la liste des copropriétaires" (manual, "Liste des copropriétaires"): the manager picks
 * syndic buildings (searched by code, name or street) and each gets its list now, in "Conseil
 * syndical", replacing the previous one. A building without a syndicate has no co-owners to list.
 */
export function CoOwnerListDialog({ isOpen, onClose, onGenerated }: CoOwnerListDialogProps) {
  return isOpen ? <CoOwnerListForm onClose={onClose} onGenerated={onGenerated} /> : null;
}

function CoOwnerListForm({ onClose, onGenerated }: Omit<CoOwnerListDialogProps, 'isOpen'>) {
  const intl = useIntl();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  /** Chosen buildings by id, with their label: a choice stays while another search is shown. */
  const [chosen, setChosen] = useState<ReadonlyMap<string, string>>(new Map());
  const [generated, setGenerated] = useState<readonly string[] | null>(null);
  const [errorId, setErrorId] = useState<string | null>(null);
  // Not cached: the building list's cache pages by 12 under the same field.
  const { data, previousData, loading } = useQuery(CoOwnerListBuildingsQuery, { variables: { search: search || undefined }, fetchPolicy: 'no-cache' });
  const [regenerate, regeneration] = useMutation(RegenerateCoOwnerListsMutation);

  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(draft.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [draft]);

  // The previous answer stays while a new search loads: the list (and a box just ticked) does not blink away.
  const shown = data ?? previousData;
  const buildings = shown?.buildings.edges.map((edge) => edge.node) ?? [];
  const toggle = (id: string, label: string, isChosen: boolean) =>
    setChosen((current) => {
      const next = new Map(current);
      if (isChosen) next.set(id, label);
      else next.delete(id);
      return next;
    });

  const submit = async () => {
    setErrorId(null);
    try {
      const result = await regenerate({ variables: { buildingIds: [...chosen.keys()] } });
      setGenerated(result.data?.regenerateCoOwnerLists.map((document) => document.title) ?? []);
      setChosen(new Map());
      onGenerated();
    } catch (error) {
      setErrorId(errorMessageIdOf(error));
    }
  };

  return (
    <Dialog
      isOpen
      icon="users"
      title={intl.formatMessage({ id: 'documents.coOwnerList.title' })}
      onClose={onClose}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {intl.formatMessage({ id: generated ? 'documents.coOwnerList.close' : 'documents.coOwnerList.cancel' })}
          </Button>
          <Button icon="file" onClick={() => void submit()} isBusy={regeneration.loading} isDisabled={chosen.size === 0}>
            {intl.formatMessage({ id: 'documents.coOwnerList.submit' }, { count: chosen.size })}
          </Button>
        </>
      }
    >
      <div className={styles.body}>
        <p className={styles.hint}>{intl.formatMessage({ id: 'documents.coOwnerList.intro' })}</p>
        {generated && (
          <Alert tone="success" title={intl.formatMessage({ id: 'documents.coOwnerList.done' }, { count: generated.length })}>
            <ul className={styles.done}>
              {generated.map((title) => (
                <li key={title}>{title}</li>
              ))}
            </ul>
          </Alert>
        )}
        {errorId && <Alert tone="error">{intl.formatMessage({ id: errorId })}</Alert>}
        <TextField
          label={intl.formatMessage({ id: 'documents.coOwnerList.search' })}
          name="q"
          type="search"
          inputMode="search"
          value={draft}
          onChange={setDraft}
          autoComplete="off"
        />
        <fieldset className={styles.buildings} aria-busy={loading}>
          <legend className={styles.legend}>{intl.formatMessage({ id: 'documents.coOwnerList.buildings' }, { count: chosen.size })}</legend>
          {!loading && buildings.length === 0 && <p className={styles.hint}>{intl.formatMessage({ id: 'documents.coOwnerList.none' })}</p>}
          <ul className={styles.list}>
            {buildings.map((building) => {
              // "GILBERT – GILBERT" says nothing twice: a building named by its code shows the code alone.
              const label =
                building.name && building.name !== building.code
                  ? intl.formatMessage({ id: 'documents.coOwnerList.building' }, { code: building.code, name: building.name })
                  : building.code;
              return (
                <li key={building.id}>
                  <Checkbox
                    label={building.syndicate ? label : intl.formatMessage({ id: 'documents.coOwnerList.noSyndicate' }, { building: label })}
                    isChecked={chosen.has(building.id)}
                    isDisabled={!building.syndicate}
                    onChange={(isChosen) => toggle(building.id, label, isChosen)}
                  />
                </li>
              );
            })}
          </ul>
          {(shown?.buildings.totalCount ?? 0) > buildings.length && (
            <p className={styles.hint}>{intl.formatMessage({ id: 'documents.coOwnerList.more' }, { shown: buildings.length, total: shown?.buildings.totalCount ?? 0 })}</p>
          )}
        </fieldset>
      </div>
    </Dialog>
  );
}
