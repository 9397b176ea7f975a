import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { formatDate } from '../../../app/i18n/format';
import { graphql } from '../../../gql';
import { Badge } from '../../../ui/Badge';
import { CouncilElectionForm, type Seat } from '../components/CouncilElectionForm';
import styles from '../components/CouncilSeats.module.css';
import { RecordPage } from './RecordPage';
import { recordState } from './record-state';

const CouncilToElectQuery = graphql(`
  query RecordsCouncilToElect($id: ID!) {
    node(id: $id) {
      id
      ... on Building {
        code
        name
        council(first: 50) {
          nodes {
            id
            role
            isActive
            startDate
            person {
              id
              displayName
              externalId
            }
          }
        }
      }
    }
    candidates: people(buildingId: $id, role: COOWNER, first: 100) {
      nodes {
        id
        displayName
        externalId
      }
    }
  }
`);

/** "Conseil syndical" of a building: the current council, and the election of a co-owner to it. */
export function CouncilElectionPage() {
  const intl = useIntl();
  const { buildingId = '' } = useParams();
  const { data, error, refetch } = useQuery(CouncilToElectQuery, { variables: { id: buildingId }, fetchPolicy: 'network-only' });
  const building = data?.node?.__typename === 'Building' ? data.node : null;
  const buildingPath = `/gestion/immeubles/${encodeURIComponent(buildingId)}`;
  const seats: Seat[] = (building?.council.nodes ?? []).flatMap((seat) =>
    seat.isActive && seat.person ? [{ id: seat.id, role: seat.role, startDate: seat.startDate, person: { ...seat.person, externalId: seat.person.externalId ?? null } }] : [],
  );
  // The president first, then the members by name (as on the building page).
  seats.sort((a, b) => (a.role === b.role ? a.person.displayName.localeCompare(b.person.displayName) : a.role === 'PRESIDENT' ? -1 : 1));
  const candidates = (data?.candidates.nodes ?? []).map((person) => ({ ...person, externalId: person.externalId ?? null }));
  return (
    <RecordPage
      title={intl.formatMessage({ id: 'records.council.title' })}
      eyebrow={building?.name}
      description={intl.formatMessage({ id: 'records.council.intro' })}
      back={{ to: buildingPath, label: building?.name ?? intl.formatMessage({ id: 'records.back.buildings' }) }}
      state={recordState(data, error, Boolean(building), () => void refetch())}
    >
      {building && (
        <div className={styles.stack}>
          <section aria-labelledby="council-current">
            <h2 id="council-current" className={styles.title}>
              {intl.formatMessage({ id: 'records.council.current' })}
            </h2>
            {seats.length === 0 ? (
              <p className={styles.none}>{intl.formatMessage({ id: 'records.council.empty' })}</p>
            ) : (
              <ul className={styles.seats} aria-label={intl.formatMessage({ id: 'records.council.current' })}>
                {seats.map((seat) => (
                  <li key={seat.id} className={styles.seat}>
                    <span className={styles.name}>{seat.person.displayName}</span>
                    <Badge tone="warning">{intl.formatMessage({ id: `records.council.role.${seat.role}` })}</Badge>
                    <span className={styles.since}>{intl.formatMessage({ id: 'records.council.since' }, { date: formatDate(seat.startDate, intl.locale) })}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="council-election">
            <h2 id="council-election" className={styles.title}>
              {intl.formatMessage({ id: 'records.council.election' })}
            </h2>
            {candidates.length === 0 ? (
              <p className={styles.none}>{intl.formatMessage({ id: 'records.council.noCandidates' })}</p>
            ) : (
              <CouncilElectionForm buildingCode={building.code} candidates={candidates} seats={seats} cancelTo={buildingPath} onSaved={() => void refetch()} />
            )}
          </section>
        </div>
      )}
    </RecordPage>
  );
}
