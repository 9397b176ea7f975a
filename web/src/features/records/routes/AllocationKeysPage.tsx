import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { AllocationKeyForm } from '../components/AllocationKeyForm';
import { AllocationKeyList } from '../components/AllocationKeyList';
import styles from '../components/RecordForm.module.css';
import { RecordPage } from './RecordPage';
import { recordState } from './record-state';

const AllocationKeysQuery = graphql(`
  query RecordsAllocationKeys($id: ID!) {
    node(id: $id) {
      id
      ... on Building {
        code
        name
        allocationKeys {
          id
          code
          label
          totalShares
        }
      }
    }
  }
`);

/** "Clés de répartition" of a building: every key with its total, a new key, a new label. */
export function AllocationKeysPage() {
  const intl = useIntl();
  const { buildingId = '' } = useParams();
  const { data, error, refetch } = useQuery(AllocationKeysQuery, { variables: { id: buildingId }, fetchPolicy: 'cache-and-network' });
  const building = data?.node?.__typename === 'Building' ? data.node : null;
  const [editingCode, setEditingCode] = useState<string | null>(null);
  const [savedCode, setSavedCode] = useState<string | null>(null);
  const editing = building?.allocationKeys.find((key) => key.code === editingCode) ?? null;
  return (
    <RecordPage
      title={intl.formatMessage({ id: 'records.key.title' })}
      eyebrow={building?.name}
      back={{ to: `/gestion/immeubles/${encodeURIComponent(buildingId)}`, label: building?.name ?? intl.formatMessage({ id: 'records.back.buildings' }) }}
      state={recordState(data, error, Boolean(building), () => void refetch())}
    >
      {building && (
        <div className={styles.form}>
          <AllocationKeyList keys={building.allocationKeys} onEdit={(code) => setEditingCode(code)} />
          {savedCode && <Alert tone="success">{intl.formatMessage({ id: 'records.key.saved' }, { code: savedCode })}</Alert>}
          <h2 className={styles.legend}>{intl.formatMessage({ id: editing ? 'records.key.editTitle' : 'records.key.newTitle' })}</h2>
          <AllocationKeyForm
            key={editing?.code ?? 'new'}
            buildingCode={building.code}
            editing={editing && { code: editing.code, label: editing.label }}
            takenCodes={building.allocationKeys.map((key) => key.code)}
            onSaved={(code) => {
              setSavedCode(code);
              setEditingCode(null);
              void refetch();
            }}
            onCancel={() => setEditingCode(null)}
          />
        </div>
      )}
    </RecordPage>
  );
}
