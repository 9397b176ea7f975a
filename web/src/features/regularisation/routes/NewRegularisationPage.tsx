import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { errorMessageIdOf } from '../../../app/error-message-id';
import { fieldErrorsOf } from '../../../app/errors';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button, ButtonLink } from '../../../ui/Button';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { ChargeLinesFields } from '../components/ChargeLinesFields';
import { chargeLinesOf, newRowKey, parsePeriod, parseSignedDecimal, type ChargeDraft } from '../figures';
import { buildingOptions, lotOptions, narrowed, type OwnedLot } from '../lot-choice';
import { regularisationPath, REGULARISATIONS_PATH } from '../paths';
import { PeriodFields } from '../components/PeriodFields';
import styles from './regularisation.module.css';

// Two queries rather than one: owners with their mandates' lots in one go is beyond the API's cost limit.
const RegularisationOwnersQuery = graphql(`
  query RegularisationOwners {
    people(role: OWNER, first: 100) {
      nodes {
        id
        displayName
      }
    }
  }
`);

const RegularisationOwnerLotsQuery = graphql(`
  query RegularisationOwnerLots($ownerId: ID!) {
    node(id: $ownerId) {
      ... on Person {
        id
        mandates(first: 20) {
          nodes {
            id
            lots {
              id
              code
              type
              building {
                id
                code
                name
              }
            }
          }
        }
      }
    }
  }
`);

const CreateRegularisationMutation = graphql(`
  mutation CreateRegularisation($input: CreateChargeRegularisationInput!) {
    createChargeRegularisation(input: $input) {
      id
    }
  }
`);

type Field = 'owner' | 'lotId' | 'periodStart' | 'periodEnd' | 'charges' | 'departedThreshold' | 'provisionRatePercent' | 'fiscalCode';

const lastYear = new Date().getFullYear() - 1;

/**
 * "Ajouter" (manual: "Régularisation des lots isolés", its "Cadre …" frames): owner → building →
 * lot, the period, the charge lines, the thresholds; the API finds the tenants concerned and their
 * days, and the regularisation opens on its tenants.
 */
export function NewRegularisationPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  useDocumentTitle(t('regularisation.new.title'));
  const { data, error, refetch, loading } = useQuery(RegularisationOwnersQuery);
  const [create, creating] = useMutation(CreateRegularisationMutation);

  const [ownerId, setOwnerId] = useState('');
  const [choice, setChoice] = useState({ buildingId: '', lotId: '' });
  const ownerLots = useQuery(RegularisationOwnerLotsQuery, { variables: { ownerId }, skip: !ownerId });
  const ownerNode = ownerLots.data?.node;
  const lots: OwnedLot[] = useMemo(() => (ownerNode?.__typename === 'Person' ? (ownerNode.mandates?.nodes ?? []).flatMap((mandate) => mandate.lots) : []), [ownerNode]);
  // The owner's lots arrive after the choice: the building and the lot follow them (the first ones by default).
  const [narrowedFor, setNarrowedFor] = useState<readonly OwnedLot[] | null>(null);
  if (ownerNode && narrowedFor !== lots) {
    setNarrowedFor(lots);
    setChoice(narrowed(lots, choice.buildingId, choice.lotId));
  }
  const [periodStart, setPeriodStart] = useState(`01/01/${lastYear}`);
  const [periodEnd, setPeriodEnd] = useState(`31/12/${lastYear}`);
  const [charges, setCharges] = useState<ChargeDraft[]>([{ key: newRowKey(), label: t('regularisation.new.defaultCharge'), amount: '' }]);
  const [departedThreshold, setThreshold] = useState('10,00');
  const [provisionRatePercent, setRate] = useState('100');
  const [fiscalCode, setFiscalCode] = useState('30');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [invalidCharges, setInvalidCharges] = useState<string[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const chooseOwner = (id: string) => {
    setOwnerId(id);
    setNarrowedFor(null);
    setChoice({ buildingId: '', lotId: '' });
  };

  const focusFirstInvalid = () => window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const found: Partial<Record<Field, string>> = {};
    if (!choice.lotId) found.lotId = 'regularisation.new.lotRequired';
    const period = parsePeriod(periodStart, periodEnd);
    if ('field' in period) found[period.field] = period.reason === 'INVALID_DATE' ? 'regularisation.errors.date' : 'errors.INVALID_RANGE';
    const lines = chargeLinesOf(charges);
    if (lines.lines.length === 0 && lines.invalid.length === 0) found.charges = 'regularisation.new.chargesRequired';
    const threshold = parseSignedDecimal(departedThreshold, 2, false);
    if (threshold === null) found.departedThreshold = 'regularisation.errors.amount';
    const rate = parseSignedDecimal(provisionRatePercent, 5, false);
    if (rate === null) found.provisionRatePercent = 'regularisation.errors.number';
    if (!/^[A-Za-z0-9_-]{1,20}$/.test(fiscalCode.trim())) found.fiscalCode = 'regularisation.errors.code';
    setErrors(found);
    setInvalidCharges(lines.invalid);
    if (Object.keys(found).length > 0 || lines.invalid.length > 0 || 'field' in period || threshold === null || rate === null) {
      focusFirstInvalid();
      return;
    }
    try {
      const result = await create({
        variables: {
          input: { lotId: choice.lotId, ...period, charges: lines.lines, departedThreshold: threshold, provisionRatePercent: rate, fiscalCode: fiscalCode.trim() },
        },
        refetchQueries: ['Regularisations'],
      });
      const id = result.data?.createChargeRegularisation.id;
      if (id) void navigate(regularisationPath(id));
    } catch (failure) {
      const mapped: Partial<Record<Field, string>> = {};
      for (const { field, reason } of fieldErrorsOf(failure)) {
        const key = field.replace(/\[\d+\].*$/, '') as Field;
        mapped[key] = `errors.${reason}`;
      }
      if (Object.keys(mapped).length > 0) {
        setErrors(mapped);
        focusFirstInvalid();
      } else setFormError(errorMessageIdOf(failure));
    }
  };

  const message = (field: Field) => (errors[field] ? t(errors[field]) : undefined);
  const placeholder = (id: string) => ({ value: '', label: t(id) });

  return (
    <>
      <PageHeader title={t('regularisation.new.title')} description={t('regularisation.new.intro')} />
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {!data && loading && <LoadingState label={t('app.loading')} />}
      {data && (
        <form ref={formRef} className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
          {formError && <Alert tone="error">{t(formError)}</Alert>}
          <fieldset className={styles.frame}>
            <legend className={styles.frameTitle}>{t('regularisation.new.lotFrame')}</legend>
            <SelectField
              label={t('regularisation.new.owner')}
              name="owner"
              value={ownerId}
              options={[placeholder('regularisation.new.chooseOwner'), ...(data.people.nodes ?? []).map((person) => ({ value: person.id, label: person.displayName }))]}
              onChange={chooseOwner}
              isRequired
            />
            {ownerLots.error && <QueryError error={ownerLots.error} onRetry={() => void ownerLots.refetch()} />}
            <SelectField
              label={t('regularisation.new.building')}
              name="building"
              value={choice.buildingId}
              options={[placeholder('regularisation.new.chooseBuilding'), ...buildingOptions(lots)]}
              onChange={(buildingId) => setChoice(narrowed(lots, buildingId, ''))}
              isRequired
            />
            <SelectField
              label={t('regularisation.new.lot')}
              name="lot"
              value={choice.lotId}
              options={[placeholder('regularisation.new.chooseLot'), ...lotOptions(lots, choice.buildingId)]}
              onChange={(lotId) => setChoice({ ...choice, lotId })}
              error={message('lotId')}
              isRequired
            />
          </fieldset>
          <fieldset className={styles.frame}>
            <legend className={styles.frameTitle}>{t('regularisation.new.periodFrame')}</legend>
            <PeriodFields
              className={styles.pair}
              start={periodStart}
              end={periodEnd}
              onStartChange={setPeriodStart}
              onEndChange={setPeriodEnd}
              startError={message('periodStart')}
              endError={message('periodEnd')}
            />
          </fieldset>
          <div className={styles.frame}>
            <ChargeLinesFields name="charges" legend={t('regularisation.new.chargesFrame')} rows={charges} onChange={setCharges} invalidKeys={invalidCharges} />
            {errors.charges && <Alert tone="error">{t(errors.charges)}</Alert>}
          </div>
          <fieldset className={styles.frame}>
            <legend className={styles.frameTitle}>{t('regularisation.new.settingsFrame')}</legend>
            <div className={styles.triple}>
              <TextField
                label={t('regularisation.new.departedThreshold')}
                name="departedThreshold"
                value={departedThreshold}
                onChange={setThreshold}
                inputMode="decimal"
                error={message('departedThreshold')}
                autoComplete="off"
              />
              <TextField
                label={t('regularisation.new.provisionRatePercent')}
                hint={t('regularisation.new.provisionRateHint')}
                name="provisionRatePercent"
                value={provisionRatePercent}
                onChange={setRate}
                inputMode="decimal"
                error={message('provisionRatePercent')}
                autoComplete="off"
              />
              <TextField
                label={t('regularisation.new.fiscalCode')}
                name="fiscalCode"
                value={fiscalCode}
                onChange={setFiscalCode}
                error={message('fiscalCode')}
                autoComplete="off"
              />
            </div>
          </fieldset>
          <div className={styles.actions}>
            <ButtonLink to={REGULARISATIONS_PATH} variant="secondary">
              {t('regularisation.new.cancel')}
            </ButtonLink>
            <Button type="submit" isBusy={creating.loading}>
              {t('regularisation.new.submit')}
            </Button>
          </div>
        </form>
      )}
    </>
  );
}
