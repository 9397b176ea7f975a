import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate, useParams } from 'react-router';
import { errorMessageIdOf } from '../../../app/error-message-id';
import { QueryError } from '../../../app/QueryError';
import { formatDate, formatMoney } from '../../../app/i18n/format';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button, ButtonLink } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { PeriodForm } from '../components/PeriodForm';
import { TenantRecordCard } from '../components/TenantRecordCard';
import { reasonOf } from '../hooks/use-record-autosave';
import { REGULARISATIONS_PATH } from '../paths';
import { StatusBadge } from '../status';
import styles from './regularisation.module.css';

const RegularisationQuery = graphql(`
  query Regularisation($id: ID!) {
    node(id: $id) {
      ... on ChargeRegularisation {
        id
        periodStart
        periodEnd
        periodDays
        status
        fiscalCode
        departedThreshold
        provisionRatePercent
        charges {
          label
          amount
        }
        lot {
          id
          code
          building {
            id
            name
          }
        }
        records {
          id
          status
          regularisation
          isSkipped
          tenant {
            id
            displayName
          }
          ...TenantRecordCard_record
        }
      }
    }
  }
`);

const ValidateRecordsMutation = graphql(`
  mutation ValidateTenantRegularisations($recordIds: [ID!]!) {
    validateTenantRegularisations(recordIds: $recordIds) {
      id
      status
    }
  }
`);

const BillRecordsMutation = graphql(`
  mutation BillTenantRegularisations($recordIds: [ID!]!) {
    billTenantRegularisations(recordIds: $recordIds) {
      id
      ...TenantRecordCard_record
    }
  }
`);

const DeleteRegularisationMutation = graphql(`
  mutation DeleteChargeRegularisation($id: ID!) {
    deleteChargeRegularisation(id: $id)
  }
`);

/** A refused action's message: the API's reason when it has one (REGULARISATION_BILLED), the app's otherwise. */
const failureMessageId = (failure: unknown) => {
  const reason = reasonOf(failure);
  return reason ? `errors.${reason}` : errorMessageIdOf(failure);
};

/**
 * One regularisation: its lot, period and charge lines, then each tenant concerned with their
 * figures; the period, changed until a record is billed (days recomputed, typed figures kept);
 * "Validé" per tenant, "Quittancer" the validated ones (confirmed: it writes on their accounts for
 * good and publishes their statements), "Supprimer" (confirmed; refused once billed).
 */
export function RegularisationPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const navigate = useNavigate();
  const { regularisationId = '' } = useParams();
  const { data, error, refetch, loading } = useQuery(RegularisationQuery, { variables: { id: regularisationId } });
  const [validate] = useMutation(ValidateRecordsMutation);
  const [bill, billing] = useMutation(BillRecordsMutation);
  const [remove, removing] = useMutation(DeleteRegularisationMutation);
  const [dialog, setDialog] = useState<'bill' | 'delete' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [validatingId, setValidatingId] = useState<string | null>(null);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const onBusyChange = useCallback(
    (id: string, isBusy: boolean) =>
      setBusy((current) => {
        if (current.has(id) === isBusy) return current;
        const next = new Set(current);
        if (isBusy) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );

  const regularisation = data?.node?.__typename === 'ChargeRegularisation' ? data.node : null;
  const title = regularisation
    ? t('regularisation.detail.title', { lot: regularisation.lot?.code ?? '—', start: formatDate(regularisation.periodStart), end: formatDate(regularisation.periodEnd) })
    : t('regularisation.list.title');
  useDocumentTitle(title);

  const toBill = regularisation?.records.filter((record) => record.status === 'VALIDATED') ?? [];
  const hasBilled = regularisation?.records.some((record) => record.status === 'BILLED') ?? false;

  const onValidate = async (recordId: string) => {
    setFailure(null);
    setNotice(null);
    setValidatingId(recordId);
    try {
      await validate({ variables: { recordIds: [recordId] } });
      await refetch();
    } catch (caught) {
      setFailure(failureMessageId(caught));
    } finally {
      setValidatingId(null);
    }
  };

  const onBill = async () => {
    setFailure(null);
    try {
      await bill({ variables: { recordIds: toBill.map((record) => record.id) } });
      await refetch();
      setNotice(t('regularisation.bill.done', { count: toBill.length }));
    } catch (caught) {
      setFailure(failureMessageId(caught));
    } finally {
      setDialog(null);
    }
  };

  const onDelete = async () => {
    if (!regularisation) return;
    setFailure(null);
    try {
      await remove({ variables: { id: regularisation.id }, refetchQueries: ['Regularisations'] });
      void navigate(REGULARISATIONS_PATH);
    } catch (caught) {
      setFailure(failureMessageId(caught));
      setDialog(null);
    }
  };

  return (
    <>
      <PageHeader
        eyebrow={regularisation?.lot?.building?.name}
        title={title}
        actions={
          <ButtonLink to={REGULARISATIONS_PATH} variant="secondary" icon="chevronLeft">
            {t('regularisation.detail.back')}
          </ButtonLink>
        }
      />
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {!data && loading && <LoadingState label={t('app.loading')} />}
      {data && !regularisation && <EmptyState icon="coins" title={t('app.error.notFound')} />}
      {regularisation && (
        <div className={styles.detail}>
          <section className={styles.summary} aria-label={t('regularisation.detail.summary')}>
            <div className={styles.summaryHead}>
              <StatusBadge status={regularisation.status} />
              <span>{t('regularisation.detail.period', { days: regularisation.periodDays })}</span>
            </div>
            <ul className={styles.charges}>
              {regularisation.charges.map((charge) => (
                <li key={charge.label}>
                  <span>{charge.label}</span>
                  <span className={styles.amount}>{formatMoney(charge.amount)}</span>
                </li>
              ))}
            </ul>
            <p className={styles.settings}>
              {t('regularisation.detail.settings', {
                threshold: formatMoney(regularisation.departedThreshold),
                rate: regularisation.provisionRatePercent.replace('.', ','),
                code: regularisation.fiscalCode,
              })}
            </p>
            {!hasBilled && (
              <PeriodForm
                key={`${regularisation.periodStart}:${regularisation.periodEnd}`}
                regularisationId={regularisation.id}
                periodStart={regularisation.periodStart}
                periodEnd={regularisation.periodEnd}
                isDisabled={busy.size > 0}
                onChanged={() => refetch()}
              />
            )}
          </section>
          {failure && <Alert tone="error">{t(failure)}</Alert>}
          {notice && <Alert tone="success">{notice}</Alert>}
          {regularisation.records.map((record) => (
            <TenantRecordCard
              // A new period gives new days and prefilled provisions: the card starts again from the server's figures.
              key={`${record.id}:${regularisation.periodStart}:${regularisation.periodEnd}`}
              record={record}
              periodDays={regularisation.periodDays}
              onValidate={(id) => void onValidate(id)}
              isValidating={validatingId === record.id}
              onBusyChange={onBusyChange}
            />
          ))}
          <div className={styles.actions}>
            <Button variant="danger" icon="cross" onClick={() => setDialog('delete')}>
              {t('regularisation.delete.open')}
            </Button>
            <Button icon="receipt" onClick={() => setDialog('bill')} isDisabled={toBill.length === 0 || busy.size > 0}>
              {t('regularisation.bill.open', { count: toBill.length })}
            </Button>
          </div>
        </div>
      )}
      <Dialog
        isOpen={dialog === 'bill'}
        title={t('regularisation.bill.title')}
        icon="receipt"
        onClose={() => setDialog(null)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setDialog(null)}>
              {t('regularisation.dialog.cancel')}
            </Button>
            <Button onClick={() => void onBill()} isBusy={billing.loading}>
              {t('regularisation.bill.confirm')}
            </Button>
          </>
        }
      >
        <p>{t('regularisation.bill.explain')}</p>
        <ul className={styles.dialogList}>
          {toBill.map((record) => (
            <li key={record.id}>
              {t(record.isSkipped ? 'regularisation.bill.skipped' : 'regularisation.bill.line', {
                name: record.tenant?.displayName ?? '—',
                amount: formatMoney(record.regularisation),
              })}
            </li>
          ))}
        </ul>
      </Dialog>
      <Dialog
        isOpen={dialog === 'delete'}
        title={t('regularisation.delete.title')}
        icon="alert"
        onClose={() => setDialog(null)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setDialog(null)}>
              {t('regularisation.dialog.cancel')}
            </Button>
            <Button variant="danger" onClick={() => void onDelete()} isBusy={removing.loading}>
              {t('regularisation.delete.confirm')}
            </Button>
          </>
        }
      >
        <p>{t('regularisation.delete.explain')}</p>
      </Dialog>
    </>
  );
}
