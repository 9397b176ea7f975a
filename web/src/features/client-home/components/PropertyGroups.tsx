import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Icon } from '../../../ui/Icon';
import { LotCard, type LotCard_lot } from './LotCard';
import styles from './PropertyGroups.module.css';

export const PropertyGroups_lot = graphql(`
  fragment PropertyGroups_lot on Lot {
    id
    code
    building {
      id
      code
      name
      postalAddress {
        line1
        line2
        postalCode
        city
      }
    }
  }
`);

export type PropertyEntry = {
  /** Stable key: the ownership, mandate or lease holding the lot. */
  id: string;
  /**
   * The lot, selected with both `...PropertyGroups_lot` and `...LotCard_lot` side by side (not
   * nested: the API's depth limit counts every fragment spread).
   */
  lot: FragmentType<typeof PropertyGroups_lot> & FragmentType<typeof LotCard_lot>;
  note?: string;
  /** Where the lot's code leads in the compact overview. */
  href?: string;
  /** False for a tenant's home: no tantièmes. */
  showShares?: boolean;
};

export type PropertyGroupsProps = {
  entries: PropertyEntry[];
  isCompact?: boolean;
  /** Level of the building headings (3 on a page, 4 inside a card). */
  headingLevel?: 3 | 4;
};

/** Lots grouped by building, buildings and lots in code order (the manual's "Arborescence"). */
export function PropertyGroups({ entries, isCompact, headingLevel = 3 }: PropertyGroupsProps) {
  const intl = useIntl();
  const BuildingHeading = headingLevel === 3 ? 'h3' : 'h4';
  const lots = useFragment(
    PropertyGroups_lot,
    entries.map((entry) => entry.lot),
  );
  const groups = new Map<string, { building: (typeof lots)[number]['building']; items: { entry: PropertyEntry; lot: (typeof lots)[number] }[] }>();
  lots.forEach((lot, index) => {
    const key = lot.building?.id ?? 'none';
    const group = groups.get(key) ?? { building: lot.building, items: [] };
    group.items.push({ entry: entries[index], lot });
    groups.set(key, group);
  });
  const sorted = [...groups.entries()].sort(([, a], [, b]) => (a.building?.code ?? '').localeCompare(b.building?.code ?? ''));

  return (
    <div className={isCompact ? styles.compactGroups : styles.groups}>
      {sorted.map(([key, { building, items }]) => (
        <section key={key} className={isCompact ? styles.compactGroup : styles.group} aria-label={building?.name ?? undefined}>
          <header className={styles.buildingHeader}>
            <span className={styles.buildingIcon}>
              <Icon name="building" size={18} />
            </span>
            <div>
              <BuildingHeading className={styles.buildingName}>
                {!building
                  ? intl.formatMessage({ id: 'clientHome.building.unknown' })
                  : building.name === building.code
                    ? building.name
                    : intl.formatMessage({ id: 'clientHome.building.name' }, { name: building.name, code: building.code })}
              </BuildingHeading>
              {building && !isCompact && (
                <p className={styles.buildingAddress}>
                  {[building.postalAddress.line1, building.postalAddress.line2, `${building.postalAddress.postalCode} ${building.postalAddress.city}`]
                    .filter((part) => part.trim() !== '')
                    .join(', ')}
                </p>
              )}
            </div>
          </header>
          <ul className={isCompact ? styles.compactLots : styles.lots}>
            {items
              .sort((a, b) => a.lot.code.localeCompare(b.lot.code))
              .map(({ entry }) => (
                <li key={entry.id}>
                  <LotCard lot={entry.lot} note={entry.note} isCompact={isCompact} href={entry.href} showShares={entry.showShares} />
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
