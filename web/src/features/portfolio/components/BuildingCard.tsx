import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { formatShares } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Badge } from '../../../ui/Badge';
import { Icon } from '../../../ui/Icon';
import styles from './BuildingCard.module.css';

export const BuildingCard_building = graphql(`
  fragment BuildingCard_building on Building {
    id
    code
    name
    postalAddress {
      line1
      line2
      postalCode
      city
    }
    syndicate {
      code
      name
    }
    allocationKeys {
      id
      code
      label
      totalShares
    }
  }
`);

export type BuildingCardProps = { building: FragmentType<typeof BuildingCard_building> };

/** A building of the agency: address, syndicate and its allocation keys with their totals; opens the building page. */
export function BuildingCard(props: BuildingCardProps) {
  const building = useFragment(BuildingCard_building, props.building);
  const intl = useIntl();
  const address = building.postalAddress;
  return (
    <article className={styles.card} aria-labelledby={`building-${building.id}`}>
      <header className={styles.header}>
        <span className={styles.icon}>
          <Icon name="building" />
        </span>
        <div className={styles.titles}>
          <h2 id={`building-${building.id}`} className={styles.name}>
            {/* The whole card opens the building page (the link's ::after covers it). */}
            <Link to={`/gestion/immeubles/${encodeURIComponent(building.id)}`} className={styles.link}>
              {building.name}
            </Link>
          </h2>
          {building.code !== building.name && <Badge>{building.code}</Badge>}
        </div>
      </header>
      <p className={styles.address}>{[address.line1, address.line2, `${address.postalCode} ${address.city}`].filter((part) => part.trim() !== '').join(', ')}</p>
      {building.syndicate && (
        <p className={styles.syndicate}>{intl.formatMessage({ id: 'portfolio.buildings.syndicate' }, { code: building.syndicate.code, name: building.syndicate.name })}</p>
      )}
      {building.allocationKeys.length > 0 && (
        <div>
          <p className={styles.keysTitle}>{intl.formatMessage({ id: 'portfolio.buildings.keys' })}</p>
          <ul className={styles.keys}>
            {building.allocationKeys.map((key) => (
              <li key={key.id} className={styles.key}>
                <span>{intl.formatMessage({ id: 'portfolio.buildings.key' }, { code: key.code, label: key.label })}</span>
                <span className={styles.total}>{intl.formatMessage({ id: 'portfolio.buildings.total' }, { total: formatShares(key.totalShares, intl.locale) })}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
