import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { ButtonLink } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { AllocationKeyList } from './AllocationKeyList';
import styles from './RecordActions.module.css';

export const BuildingRecordActions_building = graphql(`
  fragment BuildingRecordActions_building on Building {
    id
    allocationKeys {
      id
      code
      label
      totalShares
    }
  }
`);

export type BuildingRecordActionsProps = { building: FragmentType<typeof BuildingRecordActions_building> };

/** The building's keys with their totals, and what a manager records there: the building, its keys, a new lot, a council election. */
export function BuildingRecordActions(props: BuildingRecordActionsProps) {
  const building = useFragment(BuildingRecordActions_building, props.building);
  const intl = useIntl();
  const base = `/gestion/immeubles/${encodeURIComponent(building.id)}`;
  return (
    <Card title={intl.formatMessage({ id: 'records.key.title' })} icon="key">
      <AllocationKeyList keys={building.allocationKeys} />
      <div className={styles.actions}>
        <ButtonLink to={`${base}/lots/nouveau`} variant="secondary">
          {intl.formatMessage({ id: 'records.actions.newLot' })}
        </ButtonLink>
        <ButtonLink to={`${base}/conseil`} variant="secondary">
          {intl.formatMessage({ id: 'records.actions.council' })}
        </ButtonLink>
        <ButtonLink to={`${base}/cles`} variant="secondary">
          {intl.formatMessage({ id: 'records.actions.keys' })}
        </ButtonLink>
        <ButtonLink to={`${base}/modifier`} variant="ghost">
          {intl.formatMessage({ id: 'records.actions.editBuilding' })}
        </ButtonLink>
      </div>
    </Card>
  );
}
