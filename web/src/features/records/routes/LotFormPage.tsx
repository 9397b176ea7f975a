import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { toFrenchDecimal } from '../form-values';
import { LotForm, type LotValues } from '../components/LotForm';
import { RecordPage } from './RecordPage';
import { recordState } from './record-state';

// One query: the building's keys (with totals) and lot codes, and the lot when one is edited.
const LotFormQuery = graphql(`
  query RecordsLotForm($buildingId: ID!, $lotId: ID!, $isEditing: Boolean!) {
    building: node(id: $buildingId) {
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
        lots(first: 100) {
          nodes {
            id
            code
          }
        }
      }
    }
    lot: node(id: $lotId) @include(if: $isEditing) {
      id
      ... on Lot {
        code
        type
        floor
        surface
        rooms
        shares {
          shares
          allocationKey {
            id
            code
          }
        }
      }
    }
  }
`);

/** "Nouveau lot" (no lot id) or editing a lot, with its shares under each key of the building. */
export function LotFormPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { buildingId = '', lotId } = useParams();
  const isEditing = lotId !== undefined;
  const { data, error, refetch } = useQuery(LotFormQuery, { variables: { buildingId, lotId: lotId ?? '', isEditing }, fetchPolicy: 'network-only' });
  const building = data?.building?.__typename === 'Building' ? data.building : null;
  const lot = data?.lot?.__typename === 'Lot' ? data.lot : null;
  const buildingPath = `/gestion/immeubles/${encodeURIComponent(buildingId)}`;
  const isFound = Boolean(building) && (!isEditing || Boolean(lot));

  const heldKeys = lot?.shares.flatMap((share) => (share.allocationKey ? [share.allocationKey.code] : [])) ?? [];
  const initial: LotValues = lot
    ? {
        code: lot.code,
        type: lot.type,
        floor: lot.floor ?? '',
        surface: lot.surface ? toFrenchDecimal(lot.surface) : '',
        rooms: lot.rooms === null || lot.rooms === undefined ? '' : String(lot.rooms),
        shares: Object.fromEntries(lot.shares.flatMap((share) => (share.allocationKey ? [[share.allocationKey.code, toFrenchDecimal(share.shares)]] : []))),
      }
    : { code: building ? `${building.code}/` : '', type: '', floor: '', surface: '', rooms: '', shares: {} };

  return (
    <RecordPage
      title={intl.formatMessage({ id: isEditing ? 'records.lot.editTitle' : 'records.lot.newTitle' })}
      eyebrow={lot?.code ?? building?.name}
      back={{ to: buildingPath, label: building?.name ?? intl.formatMessage({ id: 'records.back.buildings' }) }}
      state={recordState(data, error, isFound, () => void refetch())}
    >
      {building && isFound && (
        <LotForm
          initial={initial}
          context={{ buildingCode: building.code, keys: building.allocationKeys, takenCodes: building.lots.nodes.map((other) => other.code), heldKeys }}
          isExisting={isEditing}
          cancelTo={buildingPath}
          onSaved={() => void navigate(buildingPath)}
        />
      )}
    </RecordPage>
  );
}
