import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { formatMoney } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button, ButtonAnchor } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { draftOf, type RecordDraft, type RecordField, type RecordUpdate } from '../figures';
import { useRecordAutosave } from '../hooks/use-record-autosave';
import { StatusBadge } from '../status';
import { ChargeLinesFields } from './ChargeLinesFields';
import { RecordFiguresTable } from './RecordFiguresTable';
import { WaterLinesFields } from './WaterLinesFields';
import styles from './TenantRecordCard.module.css';

export const TenantRecordCard_record = graphql(`
  fragment TenantRecordCard_record on TenantRegularisation {
    id
    status
    days
    isDeparted
    isSkipped
    isCreditor
    share
    extraCharges {
      label
      amount
    }
    water {
      label
      indexStart
      indexEnd
      unitPrice
    }
    provisions
    retained
    instalmentsRequested
    currentMonthlyProvision
    newMonthlyProvision
    isNewMonthlyProvisionEntered
    billedAmount
    statementPdfUrl
    isStatementPublished
    tenant {
      id
      displayName
    }
    ...RecordFiguresTable_record
  }
`);

const UpdateTenantRegularisationMutation = graphql(`
  mutation UpdateTenantRegularisation($input: UpdateTenantRegularisationInput!) {
    updateTenantRegularisation(input: $input) {
      id
      ...TenantRecordCard_record
    }
  }
`);

export type TenantRecordCardProps = {
  record: FragmentType<typeof TenantRecordCard_record>;
  periodDays: number;
  /** "Validé" on this record. */
  onValidate: (recordId: string) => void;
  isValidating: boolean;
  /** Typing or saving: validating or billing now would use figures the API has not yet. */
  onBusyChange: (recordId: string, isBusy: boolean) => void;
};

/**
 * One tenant of the regularisation ("Régularisation LOCATAIRE Elsa - 1/1"): days of presence, the
 * tenant's own figures (share, extra lines, water, provisions, retained, instalments, provisions),
 * saved as they are typed, and the server's figures beside them; read-only once billed.
 */
export function TenantRecordCard({ record: masked, periodDays, onValidate, isValidating, onBusyChange }: TenantRecordCardProps) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const record = useFragment(TenantRecordCard_record, masked);
  const [draft, setDraft] = useState<RecordDraft>(() => draftOf(record));
  const [isEdited, setEdited] = useState(false);
  const [update] = useMutation(UpdateTenantRegularisationMutation);
  const send = useCallback((figures: RecordUpdate) => update({ variables: { input: { recordId: record.id, ...figures } } }), [update, record.id]);
  const save = useRecordAutosave(draft, isEdited, send);
  const isBilled = record.status === 'BILLED';
  const isBusy = save.kind === 'waiting' || save.kind === 'saving' || save.kind === 'invalid' || save.kind === 'failed';
  useEffect(() => onBusyChange(record.id, isBusy), [isBusy, onBusyChange, record.id]);

  const edit = (patch: Partial<RecordDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setEdited(true);
  };
  const invalid = (field: RecordField) => ((save.kind === 'invalid' || save.kind === 'failed') && save.fields.includes(field) ? t('regularisation.errors.number') : undefined);
  const number = (field: RecordField, hint?: string) => (
    <TextField
      label={t(`regularisation.record.${field}`)}
      hint={hint}
      name={field}
      value={draft[field]}
      onChange={(value) => edit({ [field]: value })}
      inputMode={field === 'instalments' ? 'numeric' : 'decimal'}
      error={invalid(field)}
      isReadOnly={isBilled}
      autoComplete="off"
    />
  );
  const name = record.tenant?.displayName ?? t('regularisation.record.unknownTenant');

  return (
    <article className={styles.card} aria-label={t('regularisation.record.aria', { name })}>
      <header className={styles.header}>
        <div>
          <h2 className={styles.title}>{name}</h2>
          <p className={styles.days}>{t('regularisation.record.days', { days: record.days, periodDays })}</p>
        </div>
        <div className={styles.badges}>
          <StatusBadge status={record.status} />
          {record.isDeparted && <span className={styles.flag}>{t('regularisation.record.departed')}</span>}
          {record.isSkipped && <span className={styles.flag}>{t('regularisation.record.skipped')}</span>}
        </div>
      </header>
      <div className={styles.body}>
        <div className={styles.inputs}>
          <div className={styles.pair}>
            {number('share', t('regularisation.record.shareHint'))}
            {number('instalments', record.isDeparted || record.isCreditor ? t('regularisation.record.oneInstalment') : undefined)}
          </div>
          <ChargeLinesFields
            name="extraCharges"
            legend={t('regularisation.record.extraCharges')}
            rows={draft.extraCharges}
            onChange={(extraCharges) => edit({ extraCharges })}
            invalidKeys={save.kind === 'invalid' ? save.rows : []}
            isReadOnly={isBilled}
          />
          <WaterLinesFields rows={draft.water} onChange={(water) => edit({ water })} invalidKeys={save.kind === 'invalid' ? save.rows : []} isReadOnly={isBilled} />
          <div className={styles.pair}>
            {number('provisions')}
            {number('retained')}
          </div>
          <div className={styles.pair}>
            {number('currentMonthlyProvision')}
            {!record.isDeparted && number('newMonthlyProvision', t('regularisation.record.newMonthlyProvisionHint'))}
          </div>
        </div>
        <div className={styles.figures}>
          <RecordFiguresTable record={record} />
          <p className={styles.saveState} role="status">
            {isBilled ? t('regularisation.record.billed', { amount: formatMoney(record.billedAmount ?? '0') }) : t(`regularisation.save.${save.kind}`)}
          </p>
          {save.kind === 'failed' && <Alert tone="error">{t(save.messageId)}</Alert>}
        </div>
      </div>
      <footer className={styles.actions}>
        {record.statementPdfUrl && (
          <ButtonAnchor href={record.statementPdfUrl} variant="secondary" icon="file">
            {t(record.isStatementPublished ? 'regularisation.record.statement' : 'regularisation.record.statementPreview', { name })}
          </ButtonAnchor>
        )}
        {record.status === 'PENDING' && (
          <Button onClick={() => onValidate(record.id)} isDisabled={isBusy} isBusy={isValidating}>
            {t('regularisation.record.validate', { name })}
          </Button>
        )}
      </footer>
    </article>
  );
}
