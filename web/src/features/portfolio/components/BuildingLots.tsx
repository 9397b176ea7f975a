import { useIntl } from 'react-intl';
import { formatShares } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Badge } from '../../../ui/Badge';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/EmptyState';
import { EditLotLink, NewLeaseLink } from '../../records/public';
import { PersonLink } from './PersonLink';
import styles from './BuildingSections.module.css';

// 50 lots a page: with the tenants' fragment (the same lots) the page stays under the API's cost limit (20 000).
export const BuildingLots_building = graphql(`
  fragment BuildingLots_building on Building {
    id
    lots(first: 50) {
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        code
        type
        floor
        shares {
          shares
          allocationKey {
            id
            code
            totalShares
          }
        }
        ownerships {
          nodes {
            id
            isActive
            person {
              id
              displayName
            }
            account {
              id
              number
            }
          }
        }
      }
    }
  }
`);

export type BuildingLotsProps = { building: FragmentType<typeof BuildingLots_building> };

/** The building's lots: type, floor, shares under each key (of the key's total) and current co-owners. */
export function BuildingLots(props: BuildingLotsProps) {
  const building = useFragment(BuildingLots_building, props.building);
  const intl = useIntl();
  const lots = building.lots.nodes;
  return (
    <Card
      title={intl.formatMessage({ id: 'portfolio.building.lots.title' })}
      subtitle={intl.formatMessage({ id: 'portfolio.building.lots.count' }, { count: lots.length })}
      icon="grid"
    >
      {lots.length === 0 ? (
        <EmptyState icon="grid" title={intl.formatMessage({ id: 'portfolio.building.lots.empty' })} />
      ) : (
        <div className={styles.table}>
          <div className={styles.lotHead} aria-hidden="true">
            <span>{intl.formatMessage({ id: 'portfolio.building.lots.lot' })}</span>
            <span>{intl.formatMessage({ id: 'portfolio.building.lots.shares' })}</span>
            <span>{intl.formatMessage({ id: 'portfolio.building.lots.coOwners' })}</span>
          </div>
          <ul className={styles.rows} aria-label={intl.formatMessage({ id: 'portfolio.building.lots.title' })}>
            {lots.map((lot) => {
              const current = lot.ownerships.nodes.filter((ownership) => ownership.isActive && ownership.person);
              return (
                <li key={lot.id} className={styles.lotRow}>
                  <div className={styles.lotIdentity}>
                    <span className={styles.code}>{lot.code}</span>
                    <span className={styles.meta}>
                      <EditLotLink buildingId={building.id} lotId={lot.id} code={lot.code} />
                      <NewLeaseLink buildingId={building.id} lotId={lot.id} code={lot.code} />
                      <Badge tone="brand">{lot.type}</Badge>
                      {lot.floor && <span>{intl.formatMessage({ id: 'portfolio.building.lots.floor' }, { floor: lot.floor })}</span>}
                    </span>
                  </div>
                  <div className={styles.cell}>
                    <span className={styles.cellLabel}>{intl.formatMessage({ id: 'portfolio.building.lots.shares' })}</span>
                    <ul className={styles.plain}>
                      {lot.shares.map((share) => (
                        <li key={share.allocationKey?.id ?? share.shares}>
                          {intl.formatMessage(
                            { id: 'portfolio.building.lots.share' },
                            {
                              key: share.allocationKey?.code ?? '',
                              shares: formatShares(share.shares, intl.locale),
                              total: share.allocationKey ? formatShares(share.allocationKey.totalShares, intl.locale) : '',
                            },
                          )}
                        </li>
                      ))}
                    </ul>
                  </div>
                  <div className={styles.cell}>
                    <span className={styles.cellLabel}>{intl.formatMessage({ id: 'portfolio.building.lots.coOwners' })}</span>
                    {current.length === 0 ? (
                      <span className={styles.none}>{intl.formatMessage({ id: 'portfolio.building.lots.noCoOwner' })}</span>
                    ) : (
                      <ul className={styles.plain}>
                        {current.map((ownership) => (
                          <li key={ownership.id}>
                            {ownership.person && <PersonLink person={ownership.person} />}
                            {ownership.account && <span className={styles.account}>{ownership.account.number}</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {building.lots.pageInfo.hasNextPage && <p className={styles.note}>{intl.formatMessage({ id: 'portfolio.building.lots.more' }, { count: lots.length })}</p>}
    </Card>
  );
}
