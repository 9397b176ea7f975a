import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button, ButtonLink } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { forgetPortfolio } from '../cache';
import { rowErrorsOf, type RowErrors } from '../form-errors';
import { parseFrenchDate, todayFrench } from '../form-values';
import { pickedChoice, resolvePerson } from '../resolve-person';
import { useRecordForm } from '../use-record-form';
import { DateField } from './DateField';
import { EMPTY_CHOICE, PersonChoiceFields, personChoiceErrors, type PersonChoice, type PickedPerson } from './PersonChoiceFields';
import styles from './RecordForm.module.css';

const RecordSaleMutation = graphql(`
  mutation RecordsRecordSale($ownershipId: ID!, $saleDate: Date!, $buyer: SaleBuyerInput) {
    recordSale(ownershipId: $ownershipId, saleDate: $saleDate, buyer: $buyer) {
      id
      endDate
      isActive
    }
  }
`);

/** What the sale changed, read back after the mutation (the seller's access per the agency's setting). */
const SaleOutcomeQuery = graphql(`
  query RecordsSaleOutcome($sellerId: ID!) {
    node(id: $sellerId) {
      id
      ... on Person {
        extranetAccess {
          identifier
          isEnabled
        }
      }
    }
    agencySettings {
      disableAccessOnSale
    }
  }
`);

/** The sale as recorded, for the page's result. */
export type SaleOutcome = { buyer: PickedPerson; saleDate: string; sellerAccess: 'none' | 'disabled' | 'kept' | 'stillEnabled' };

export type SaleValues = { buyer: PersonChoice; saleDate: string; accountNumber: string };

/** Client-side checks; the API checks again (a sale before the purchase: DATE_BEFORE_START on saleDate). */
export function saleErrors(values: SaleValues): RowErrors {
  const found = personChoiceErrors('buyer', values.buyer);
  if (values.saleDate.trim() === '') found.saleDate = 'records.error.required';
  else if (!parseFrenchDate(values.saleDate)) found.saleDate = 'records.error.date';
  return found;
}

/** The API's reasons on a sale's fields, said in the console's words. */
const SALE_MESSAGES: Record<string, string> = {
  'saleDate:errors.DATE_BEFORE_START': 'records.sale.error.beforePurchase',
  'buyer.personId:errors.UNKNOWN_REFERENCE': 'records.choice.error.unknown',
  'buyer.accountNumber:errors.UNKNOWN_REFERENCE': 'records.sale.error.unknownAccount',
  'buyer.accountNumber:errors.ACCOUNT_OF_ANOTHER_PERSON': 'records.sale.error.accountOfAnother',
};

export function saleMessages(found: RowErrors): RowErrors {
  return Object.fromEntries(Object.entries(found).map(([path, id]) => [path, SALE_MESSAGES[`${path}:${id}`] ?? id]));
}

export type SaleFormProps = {
  ownershipId: string;
  seller: { id: string; displayName: string };
  cancelTo: string;
  onSaved: (outcome: SaleOutcome) => void;
};

/** "Mutation" of a lot: the buyer (existing or new), the sale date, the buyer's account if known; recordSale. */
export function SaleForm({ ownershipId, seller, cancelTo, onSaved }: SaleFormProps) {
  const intl = useIntl();
  const client = useApolloClient();
  const [values, setValues] = useState<SaleValues>({ buyer: EMPTY_CHOICE, saleDate: todayFrench(), accountNumber: '' });
  const { formRef, errors, formErrorId, isBusy, submit, clear } = useRecordForm();

  const send = async (): Promise<RowErrors | void> => {
    const resolved = await resolvePerson(client, 'buyer', values.buyer);
    if ('errors' in resolved) return resolved.errors;
    const buyer = resolved.person;
    setValues((current) => ({ ...current, buyer: pickedChoice(current.buyer, buyer) }));
    const saleDate = parseFrenchDate(values.saleDate) ?? '';
    try {
      await client.mutate({
        mutation: RecordSaleMutation,
        variables: { ownershipId, saleDate, buyer: { personId: buyer.id, accountNumber: values.accountNumber.trim() || null } },
      });
    } catch (error) {
      const found = rowErrorsOf(error);
      if (Object.keys(found).length > 0) return saleMessages(found);
      throw error;
    }
    forgetPortfolio(client.cache);
    const { data } = await client.query({ query: SaleOutcomeQuery, variables: { sellerId: seller.id }, fetchPolicy: 'network-only' });
    const access = data?.node?.__typename === 'Person' ? data.node.extranetAccess : null;
    const sellerAccess = !access ? 'none' : !access.isEnabled ? 'disabled' : data?.agencySettings.disableAccessOnSale ? 'stillEnabled' : 'kept';
    onSaved({ buyer, saleDate, sellerAccess });
  };

  return (
    <form ref={formRef} className={styles.form} onSubmit={(event) => void submit(() => saleErrors(values), send)(event)} noValidate>
      {formErrorId && <Alert tone="error">{intl.formatMessage({ id: formErrorId })}</Alert>}
      <PersonChoiceFields
        name="buyer"
        legend={intl.formatMessage({ id: 'records.sale.buyer' })}
        value={values.buyer}
        onChange={(buyer) => {
          for (const path of ['buyer.personId', 'buyer.displayName', 'buyer.externalId']) clear(path);
          setValues({ ...values, buyer });
        }}
        errors={errors}
        excludeId={seller.id}
      />
      <DateField
        label={intl.formatMessage({ id: 'records.sale.date' })}
        name="saleDate"
        value={values.saleDate}
        onChange={(saleDate) => {
          clear('saleDate');
          setValues({ ...values, saleDate });
        }}
        error={errors.saleDate && intl.formatMessage({ id: errors.saleDate })}
        isRequired
      />
      <TextField
        label={intl.formatMessage({ id: 'records.sale.account' })}
        hint={intl.formatMessage({ id: 'records.sale.accountHint' })}
        name="buyer.accountNumber"
        value={values.accountNumber}
        onChange={(accountNumber) => {
          clear('buyer.accountNumber');
          setValues({ ...values, accountNumber });
        }}
        error={errors['buyer.accountNumber'] && intl.formatMessage({ id: errors['buyer.accountNumber'] })}
        autoCapitalize="characters"
        isMonospace
      />
      <p className={styles.note}>{intl.formatMessage({ id: 'records.sale.note' }, { seller: seller.displayName })}</p>
      <div className={styles.actions}>
        <ButtonLink to={cancelTo} variant="secondary">
          {intl.formatMessage({ id: 'records.cancel' })}
        </ButtonLink>
        <Button type="submit" isBusy={isBusy}>
          {intl.formatMessage({ id: 'records.sale.submit' })}
        </Button>
      </div>
    </form>
  );
}
