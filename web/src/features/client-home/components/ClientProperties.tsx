import { useIntl } from 'react-intl';
import { formatDate } from '../../../app/i18n/format';
import { SPACE_PATHS } from '../../../app/spaces';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { Space } from '../../../gql/graphql';
import { EmptyState } from '../../../ui/EmptyState';
import { lotAnchor } from './LotCard';
import { PropertyGroups, type PropertyEntry } from './PropertyGroups';
import styles from './ClientProperties.module.css';

/**
 * What the person holds in a space: in the syndic space the lots they co-own; in the gérance
 * space the lots of their management mandates (as owner) and of their leases (as tenant).
 * The operation's `$isSyndic` / `$isGerance` pick the lists, so each route reads only its space.
 */
export const ClientProperties_person = graphql(`
  fragment ClientProperties_person on Person {
    ownerships @include(if: $isSyndic) {
      nodes {
        id
        isActive
        startDate
        lot {
          id
          ...PropertyGroups_lot
          ...LotCard_lot
        }
      }
    }
    mandates @include(if: $isGerance) {
      nodes {
        id
        code
        startDate
        endDate
        lots {
          id
          ...PropertyGroups_lot
          ...LotCard_lot
        }
      }
    }
    leases @include(if: $isGerance) {
      nodes {
        id
        startDate
        departureDate
        lot {
          id
          ...PropertyGroups_lot
          ...LotCard_lot
        }
      }
    }
  }
`);

export type ClientPropertiesProps = {
  person: FragmentType<typeof ClientProperties_person>;
  space: Space;
  /** Today, "YYYY-MM-DD": ended mandates and leases are left out. */
  today: string;
  isCompact?: boolean;
};

type Section = { id: string; titleId: string; entries: PropertyEntry[] };

export function ClientProperties({ person: personRef, space, today, isCompact }: ClientPropertiesProps) {
  const person = useFragment(ClientProperties_person, personRef);
  const intl = useIntl();
  const date = (value: string) => formatDate(value, intl.locale);
  const isCurrent = (end: string | null) => end === null || end > today;
  // On the home's overview each lot code leads to the lot's card on "Mes biens".
  const hrefOf = (lotId: string) => (isCompact ? `${SPACE_PATHS[space]}/biens#${lotAnchor(lotId)}` : undefined);

  const sections: Section[] = [];
  if (space === 'SYNDIC') {
    sections.push({
      id: 'coowned',
      titleId: 'clientHome.properties.coowned',
      entries: (person.ownerships?.nodes ?? [])
        .filter((ownership) => ownership.isActive && ownership.lot)
        .map((ownership) => ({
          id: ownership.id,
          lot: ownership.lot!,
          href: hrefOf(ownership.lot!.id),
          note: intl.formatMessage({ id: 'clientHome.properties.ownedSince' }, { date: date(ownership.startDate) }),
        })),
    });
  } else {
    sections.push({
      id: 'mandated',
      titleId: 'clientHome.properties.mandated',
      entries: (person.mandates?.nodes ?? [])
        .filter((mandate) => isCurrent(mandate.endDate))
        .flatMap((mandate) =>
          mandate.lots.map((lot) => ({
            id: `${mandate.id}:${lot.id}`,
            lot,
            href: hrefOf(lot.id),
            note: intl.formatMessage({ id: 'clientHome.properties.mandateSince' }, { code: mandate.code, date: date(mandate.startDate) }),
          })),
        ),
    });
    sections.push({
      id: 'leased',
      titleId: 'clientHome.properties.leased',
      entries: (person.leases?.nodes ?? [])
        .filter((lease) => isCurrent(lease.departureDate) && lease.lot)
        .map((lease) => ({
          id: lease.id,
          lot: lease.lot!,
          href: hrefOf(lease.lot!.id),
          // A tenant's lot: the dwelling, not its tantièmes (those are the owner's and the syndicate's).
          showShares: false,
          note: intl.formatMessage({ id: 'clientHome.properties.tenantSince' }, { date: date(lease.startDate) }),
        })),
    });
  }

  // On a page the sections are h2; inside the home page's "Mes biens" card, h3.
  const SectionHeading = isCompact ? 'h3' : 'h2';
  const filled = sections.filter((section) => section.entries.length > 0);
  if (filled.length === 0) {
    return (
      <EmptyState icon="building" title={intl.formatMessage({ id: 'clientHome.properties.emptyTitle' })}>
        {intl.formatMessage({ id: 'clientHome.properties.empty' })}
      </EmptyState>
    );
  }

  return (
    <div className={isCompact ? styles.compact : styles.sections}>
      {filled.map((section) => {
        // A tenant's home card is already titled "Mon logement": its one section needs no second title.
        const isRepeated = isCompact && filled.length === 1 && section.id === 'leased';
        return (
          <section key={section.id} className={styles.section} aria-labelledby={isRepeated ? undefined : `properties-${section.id}`}>
            {!isRepeated && (
              <SectionHeading id={`properties-${section.id}`} className={isCompact ? styles.compactTitle : styles.title}>
                {intl.formatMessage({ id: section.titleId }, { count: section.entries.length })}
              </SectionHeading>
            )}
            <PropertyGroups entries={section.entries} isCompact={isCompact} headingLevel={isCompact ? 4 : 3} />
          </section>
        );
      })}
    </div>
  );
}
