import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { formatDate } from '../../../app/i18n/format';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { ButtonLink } from '../../../ui/Button';
import { SaleForm, type SaleOutcome } from '../components/SaleForm';
import styles from '../components/RecordForm.module.css';
import { RecordPage } from './RecordPage';
import { recordState } from './record-state';

const OwnershipToSellQuery = graphql(`
  query RecordsOwnershipToSell($id: ID!) {
    node(id: $id) {
      id
      ... on Ownership {
        startDate
        isActive
        lot {
          id
          code
          building {
            id
            name
          }
        }
        person {
          id
          displayName
        }
      }
    }
  }
`);

/** "Enregistrer une vente" of one of the seller's lots, opened from the seller's record; the result stays on the page. */
export function SalePage() {
  const intl = useIntl();
  const { personId = '', ownershipId = '' } = useParams();
  const { data, error, refetch } = useQuery(OwnershipToSellQuery, { variables: { id: ownershipId }, fetchPolicy: 'network-only' });
  const [outcome, setOutcome] = useState<SaleOutcome | null>(null);
  // The ownership must be the seller's named in the address: another person's path is "not found".
  const ownership = data?.node?.__typename === 'Ownership' && data.node.person?.id === personId ? data.node : null;
  const sellerPath = `/gestion/portefeuille/${encodeURIComponent(personId)}`;
  const lot = ownership?.lot?.code ?? '';
  const description =
    ownership && intl.formatMessage({ id: 'records.sale.summary' }, { lot, building: ownership.lot?.building?.name ?? '', start: formatDate(ownership.startDate, intl.locale) });
  const seller = ownership?.person;
  return (
    <RecordPage
      title={intl.formatMessage({ id: 'records.sale.title' })}
      eyebrow={seller?.displayName}
      description={description ?? undefined}
      back={{ to: sellerPath, label: seller?.displayName ?? intl.formatMessage({ id: 'records.back.people' }) }}
      state={recordState(data, error, Boolean(ownership), () => void refetch())}
    >
      {ownership && seller && outcome && (
        <div className={styles.form}>
          <Alert tone="success" title={intl.formatMessage({ id: 'records.sale.done' })}>
            <p>{intl.formatMessage({ id: 'records.sale.moved' }, { lot, buyer: outcome.buyer.displayName, date: formatDate(outcome.saleDate, intl.locale) })}</p>
            <p>{intl.formatMessage({ id: `records.sale.sellerAccess.${outcome.sellerAccess}` }, { seller: seller.displayName })}</p>
          </Alert>
          <div className={styles.actions}>
            <ButtonLink to={sellerPath} variant="secondary">
              {intl.formatMessage({ id: 'records.sale.openSeller' }, { name: seller.displayName })}
            </ButtonLink>
            <ButtonLink to={`/gestion/portefeuille/${encodeURIComponent(outcome.buyer.id)}`}>
              {intl.formatMessage({ id: 'records.sale.openBuyer' }, { name: outcome.buyer.displayName })}
            </ButtonLink>
          </div>
        </div>
      )}
      {ownership && seller && !outcome && !ownership.isActive && <Alert tone="info">{intl.formatMessage({ id: 'records.sale.alreadySold' })}</Alert>}
      {ownership && seller && !outcome && ownership.isActive && <SaleForm ownershipId={ownership.id} seller={seller} cancelTo={sellerPath} onSaved={setOutcome} />}
    </RecordPage>
  );
}
