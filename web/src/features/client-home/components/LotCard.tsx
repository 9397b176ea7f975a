import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { formatFloor, formatShares, formatSurface } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Badge } from '../../../ui/Badge';
import styles from './LotCard.module.css';

export const LotCard_lot = graphql(`
  fragment LotCard_lot on Lot {
    id
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
        label
        totalShares
      }
    }
  }
`);

export type LotCardProps = {
  lot: FragmentType<typeof LotCard_lot>;
  /** How the person holds the lot ("Locataire depuis le 01/09/2021"). */
  note?: string;
  /** Code, type and floor only (the home page's overview). */
  isCompact?: boolean;
  /** In the compact overview, where the lot's code leads: its card on "Mes biens". */
  href?: string;
  /** Tantièmes are a co-owner's matter: a tenant's home leaves them out. */
  showShares?: boolean;
};

/** The id of a lot's card on "Mes biens", the target of the overview's links. */
export const lotAnchor = (lotId: string) => `lot-${lotId}`;

/** One lot: type, floor, surface, rooms and its tantièmes under each allocation key. */
export function LotCard({ lot: lotRef, note, isCompact, href, showShares = true }: LotCardProps) {
  const lot = useFragment(LotCard_lot, lotRef);
  const intl = useIntl();
  const facts = [
    lot.floor !== null ? { id: 'floor', label: intl.formatMessage({ id: 'clientHome.lot.floor' }), value: formatFloor(lot.floor, intl) } : null,
    lot.surface !== null
      ? {
          id: 'surface',
          label: intl.formatMessage({ id: 'clientHome.lot.surface' }),
          value: intl.formatMessage({ id: 'clientHome.lot.surfaceValue' }, { surface: formatSurface(lot.surface, intl.locale) }),
        }
      : null,
    lot.rooms !== null
      ? { id: 'rooms', label: intl.formatMessage({ id: 'clientHome.lot.rooms' }), value: intl.formatMessage({ id: 'clientHome.lot.roomsValue' }, { rooms: lot.rooms }) }
      : null,
  ].filter((fact) => fact !== null);

  if (isCompact) {
    return (
      <div className={styles.compact}>
        {href ? (
          <Link to={href} className={styles.codeLink} aria-label={intl.formatMessage({ id: 'clientHome.lot.open' }, { code: lot.code })}>
            {lot.code}
          </Link>
        ) : (
          <span className={styles.compactCode}>{lot.code}</span>
        )}
        <span className={styles.compactMeta}>{[lot.type, facts[0]?.value].filter(Boolean).join(' · ')}</span>
      </div>
    );
  }

  return (
    <article id={lotAnchor(lot.id)} tabIndex={-1} className={styles.card} aria-label={intl.formatMessage({ id: 'clientHome.lot.label' }, { code: lot.code })}>
      <header className={styles.header}>
        <h4 className={styles.code}>{lot.code}</h4>
        <Badge tone="brand">{lot.type}</Badge>
      </header>
      {note && <p className={styles.note}>{note}</p>}
      {facts.length > 0 && (
        <dl className={styles.facts}>
          {facts.map((fact) => (
            <div key={fact.id} className={styles.fact}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {showShares && lot.shares.length > 0 && (
        <div className={styles.shares}>
          <p className={styles.sharesTitle}>{intl.formatMessage({ id: 'clientHome.lot.shares' })}</p>
          <ul className={styles.sharesList}>
            {lot.shares.map((share) => (
              <li key={share.allocationKey?.id ?? share.shares} className={styles.share}>
                <span className={styles.key}>
                  {share.allocationKey
                    ? intl.formatMessage({ id: 'clientHome.lot.key' }, { code: share.allocationKey.code, label: share.allocationKey.label })
                    : intl.formatMessage({ id: 'clientHome.lot.unknownKey' })}
                </span>
                <span className={styles.value}>
                  {share.allocationKey
                    ? intl.formatMessage(
                        { id: 'clientHome.lot.sharesValue' },
                        { shares: formatShares(share.shares, intl.locale), total: formatShares(share.allocationKey.totalShares, intl.locale) },
                      )
                    : intl.formatMessage({ id: 'clientHome.lot.sharesOnly' }, { shares: formatShares(share.shares, intl.locale) })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
