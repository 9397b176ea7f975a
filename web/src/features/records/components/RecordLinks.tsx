import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ButtonLink } from '../../../ui/Button';
import styles from './RecordActions.module.css';

export type NewRecordLinkProps = { kind: 'person' | 'building' };

/** "Nouveau tiers" / "Nouvel immeuble", for a list page's header. */
export function NewRecordLink({ kind }: NewRecordLinkProps) {
  const intl = useIntl();
  return (
    <ButtonLink to={kind === 'person' ? '/gestion/portefeuille/nouveau' : '/gestion/immeubles/nouveau'} icon={kind === 'person' ? 'user' : 'building'}>
      {intl.formatMessage({ id: kind === 'person' ? 'records.actions.newPerson' : 'records.actions.newBuilding' })}
    </ButtonLink>
  );
}

export type EditLotLinkProps = { buildingId: string; lotId: string; code: string };

/** "Modifier" beside a lot of the building page (named with the lot's code for screen readers). */
export function EditLotLink({ buildingId, lotId, code }: EditLotLinkProps) {
  const intl = useIntl();
  return (
    <Link
      className={styles.inlineLink}
      to={`/gestion/immeubles/${encodeURIComponent(buildingId)}/lots/${encodeURIComponent(lotId)}/modifier`}
      aria-label={intl.formatMessage({ id: 'records.actions.editLotNamed' }, { code })}
    >
      {intl.formatMessage({ id: 'records.actions.editLot' })}
    </Link>
  );
}

export type NewLeaseLinkProps = { buildingId: string; lotId: string; code: string };

/** "Nouveau bail" beside a lot of the building page (named with the lot's code for screen readers). */
export function NewLeaseLink({ buildingId, lotId, code }: NewLeaseLinkProps) {
  const intl = useIntl();
  return (
    <Link
      className={styles.inlineLink}
      to={`/gestion/immeubles/${encodeURIComponent(buildingId)}/lots/${encodeURIComponent(lotId)}/bail`}
      aria-label={intl.formatMessage({ id: 'records.actions.newLeaseNamed' }, { code })}
    >
      {intl.formatMessage({ id: 'records.actions.newLeaseShort' })}
    </Link>
  );
}
