import { useIntl } from 'react-intl';
import { formatDate, formatShares } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Badge } from '../../../ui/Badge';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/EmptyState';
import styles from './PersonHoldings.module.css';

export const PersonHoldings_person = graphql(`
  fragment PersonHoldings_person on Person {
    id
    ownerships {
      nodes {
        id
        isActive
        startDate
        endDate
        lot {
          id
          code
          type
          building {
            id
            code
            name
          }
          shares {
            shares
            allocationKey {
              id
              code
              totalShares
            }
          }
        }
      }
    }
    mandates {
      nodes {
        id
        code
        startDate
        endDate
        lots {
          id
          code
          type
          building {
            id
            code
            name
          }
        }
      }
    }
    leases {
      nodes {
        id
        startDate
        noticeDate
        departureDate
        lot {
          id
          code
          type
          building {
            id
            code
            name
          }
        }
      }
    }
    councilMemberships {
      nodes {
        id
        role
        startDate
        endDate
        building {
          id
          code
          name
        }
      }
    }
  }
`);

type Row = { id: string; code: string; type: string; building: string; detail: string; isEnded: boolean };

export type PersonHoldingsProps = { person: FragmentType<typeof PersonHoldings_person> };

/** The record's "Arborescence": lots held as co-owner, owner (mandates) and tenant, and council seats. */
export function PersonHoldings(props: PersonHoldingsProps) {
  const person = useFragment(PersonHoldings_person, props.person);
  const intl = useIntl();
  const date = (value: string) => formatDate(value, intl.locale);
  const buildingOf = (building: { code: string; name: string } | null) =>
    building ? (building.name === building.code ? building.name : `${building.name} (${building.code})`) : '';

  const groups: { id: string; titleId: string; rows: Row[] }[] = [
    {
      id: 'coowner',
      titleId: 'portfolio.holdings.coowner',
      rows: person.ownerships.nodes.flatMap((ownership) =>
        ownership.lot
          ? [
              {
                id: ownership.id,
                code: ownership.lot.code,
                type: ownership.lot.type,
                building: buildingOf(ownership.lot.building),
                detail: ownership.lot.shares
                  .map((share) =>
                    intl.formatMessage(
                      { id: 'portfolio.holdings.shares' },
                      {
                        key: share.allocationKey?.code ?? '',
                        shares: formatShares(share.shares, intl.locale),
                        total: share.allocationKey ? formatShares(share.allocationKey.totalShares, intl.locale) : '',
                      },
                    ),
                  )
                  .join(' · '),
                isEnded: !ownership.isActive,
              },
            ]
          : [],
      ),
    },
    {
      id: 'owner',
      titleId: 'portfolio.holdings.owner',
      rows: person.mandates.nodes.flatMap((mandate) =>
        mandate.lots.map((lot) => ({
          id: `${mandate.id}:${lot.id}`,
          code: lot.code,
          type: lot.type,
          building: buildingOf(lot.building),
          detail: intl.formatMessage({ id: 'portfolio.holdings.mandate' }, { code: mandate.code, date: date(mandate.startDate) }),
          isEnded: mandate.endDate !== null,
        })),
      ),
    },
    {
      id: 'tenant',
      titleId: 'portfolio.holdings.tenant',
      rows: person.leases.nodes.flatMap((lease) =>
        lease.lot
          ? [
              {
                id: lease.id,
                code: lease.lot.code,
                type: lease.lot.type,
                building: buildingOf(lease.lot.building),
                detail: [
                  intl.formatMessage({ id: 'portfolio.holdings.lease' }, { date: date(lease.startDate) }),
                  lease.noticeDate && intl.formatMessage({ id: 'portfolio.holdings.notice' }, { date: date(lease.noticeDate) }),
                  lease.departureDate && intl.formatMessage({ id: 'portfolio.holdings.departure' }, { date: date(lease.departureDate) }),
                ]
                  .filter(Boolean)
                  .join(' · '),
                isEnded: lease.departureDate !== null,
              },
            ]
          : [],
      ),
    },
  ]
    .filter((group) => group.rows.length > 0)
    .map((group) => ({ ...group, rows: [...group.rows].sort((a, b) => a.code.localeCompare(b.code)) }));

  const council = person.councilMemberships.nodes;

  return (
    <Card title={intl.formatMessage({ id: 'portfolio.holdings.title' })} icon="building">
      {groups.length === 0 && council.length === 0 ? (
        <EmptyState icon="building" title={intl.formatMessage({ id: 'portfolio.holdings.empty' })} />
      ) : (
        <div className={styles.groups}>
          {groups.map((group) => (
            <section key={group.id} aria-labelledby={`holdings-${group.id}`}>
              <h3 id={`holdings-${group.id}`} className={styles.groupTitle}>
                {intl.formatMessage({ id: group.titleId })}
              </h3>
              <ul className={styles.rows}>
                {group.rows.map((row) => (
                  <li key={row.id} className={styles.row}>
                    <div className={styles.rowHead}>
                      <span className={styles.code}>{row.code}</span>
                      <Badge tone="brand">{row.type}</Badge>
                      {row.isEnded && <Badge>{intl.formatMessage({ id: 'portfolio.holdings.ended' })}</Badge>}
                    </div>
                    <p className={styles.meta}>{row.building}</p>
                    {row.detail && <p className={styles.meta}>{row.detail}</p>}
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {council.length > 0 && (
            <section aria-labelledby="holdings-council">
              <h3 id="holdings-council" className={styles.groupTitle}>
                {intl.formatMessage({ id: 'portfolio.holdings.council' })}
              </h3>
              <ul className={styles.rows}>
                {council.map((membership) => (
                  <li key={membership.id} className={styles.row}>
                    <div className={styles.rowHead}>
                      <span className={styles.code}>{buildingOf(membership.building)}</span>
                      <Badge tone="warning">{intl.formatMessage({ id: `portfolio.holdings.councilRole.${membership.role}` })}</Badge>
                    </div>
                    <p className={styles.meta}>{intl.formatMessage({ id: 'portfolio.holdings.councilSince' }, { date: date(membership.startDate) })}</p>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </Card>
  );
}
