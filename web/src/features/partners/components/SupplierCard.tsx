import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Badge } from '../../../ui/Badge';
import { Icon } from '../../../ui/Icon';
import styles from './SupplierCard.module.css';

export const SupplierCard_supplier = graphql(`
  fragment SupplierCard_supplier on Supplier {
    id
    name
    trade
    email
    phone
    addressLine
    website
    isPartner
  }
`);

export type SupplierCardProps = {
  supplier: FragmentType<typeof SupplierCard_supplier>;
  /** Managers see whether clients see it. */
  showsPartnerBadge?: boolean;
};

/** A supplier's card: trade, name, and the ways to reach them as links (call, write, visit). */
export function SupplierCard({ supplier: ref, showsPartnerBadge }: SupplierCardProps) {
  const intl = useIntl();
  const supplier = useFragment(SupplierCard_supplier, ref);
  return (
    <article className={styles.card}>
      {supplier.trade && <p className={styles.trade}>{supplier.trade}</p>}
      <h3 className={styles.name}>{supplier.name}</h3>
      {showsPartnerBadge && supplier.isPartner && <Badge tone="brand">{intl.formatMessage({ id: 'partners.supplier.partnerBadge' })}</Badge>}
      {supplier.addressLine && (
        <p className={styles.line}>
          <Icon name="pin" size={16} />
          <span>{supplier.addressLine}</span>
        </p>
      )}
      {supplier.phone && (
        <a className={styles.link} href={`tel:${supplier.phone.replace(/\s+/g, '')}`}>
          <Icon name="phone" size={16} />
          <span>{supplier.phone}</span>
        </a>
      )}
      {supplier.email && (
        <a className={styles.link} href={`mailto:${supplier.email}`}>
          <Icon name="mail" size={16} />
          <span>{supplier.email}</span>
        </a>
      )}
      {supplier.website && (
        // The API accepts only http(s) addresses here, so the link cannot run script.
        <a className={styles.link} href={supplier.website} target="_blank" rel="noopener noreferrer">
          <Icon name="external" size={16} />
          <span>{intl.formatMessage({ id: 'partners.supplier.website' })}</span>
        </a>
      )}
    </article>
  );
}
