import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Icon } from '../../../ui/Icon';
import styles from './OfficeCard.module.css';

export const OfficeCard_office = graphql(`
  fragment OfficeCard_office on AgencyOffice {
    id
    name
    address
    phone
    email
    openingHours
    legalForm
    siret
    apeCode
  }
`);

export type OfficeCardProps = { office: FragmentType<typeof OfficeCard_office> };

/** "14 chiffres" → "912 345 678 00011" (SIREN by threes, then the NIC), as INSEE prints it; no-break spaces keep it on one line. */
const formatSiret = (siret: string) => (/^\d{14}$/.test(siret) ? [siret.slice(0, 3), siret.slice(3, 6), siret.slice(6, 9), siret.slice(9)].join('\u00a0') : siret);

/** One office ("Bureaux"): where it is, when it opens, how to reach it, and its legal mentions. */
export function OfficeCard(props: OfficeCardProps) {
  const intl = useIntl();
  const office = useFragment(OfficeCard_office, props.office);
  const legal = [
    office.legalForm,
    office.siret && intl.formatMessage({ id: 'agencyContacts.office.siret' }, { siret: formatSiret(office.siret) }),
    office.apeCode && intl.formatMessage({ id: 'agencyContacts.office.ape' }, { code: office.apeCode }),
  ].filter(Boolean);
  return (
    <article className={styles.office} aria-labelledby={`office-${office.id}`}>
      <h3 className={styles.name} id={`office-${office.id}`}>
        {office.name}
      </h3>
      {office.address && (
        <p className={styles.line}>
          <Icon name="pin" size={18} />
          <span>{office.address}</span>
        </p>
      )}
      {office.openingHours && (
        <p className={styles.line}>
          <Icon name="calendar" size={18} />
          <span>{office.openingHours}</span>
        </p>
      )}
      <div className={styles.channels}>
        {office.phone && (
          <a className={styles.channel} href={`tel:${office.phone.replace(/[^\d+]/g, '')}`}>
            <Icon name="phone" size={18} />
            <span>
              <span className="visually-hidden">{intl.formatMessage({ id: 'agencyContacts.office.phone' })}</span>
              {office.phone}
            </span>
          </a>
        )}
        {office.email && (
          <a className={styles.channel} href={`mailto:${office.email}`}>
            <Icon name="mail" size={18} />
            <span>{office.email}</span>
          </a>
        )}
      </div>
      {legal.length > 0 && <p className={styles.legal}>{legal.join(' · ')}</p>}
    </article>
  );
}
