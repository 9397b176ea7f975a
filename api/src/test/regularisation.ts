import { and, asc, eq } from 'drizzle-orm';
import * as t from '../db/schema';
import type { Db } from '../db/client';
import { graphql } from './gql';
import type { IntegratorScope } from './gql/graphql';
import type { Client, TestApi } from './harness';

/** What the regularisation tests share: the operations, an integrator with any scopes, an account's entries. */

export const RECORD_FIELDS = graphql(`
  fragment RegularisationTestRecord on TenantRegularisation {
    id
    tenant {
      id
      displayName
      externalId
    }
    lease {
      id
    }
    days
    isDeparted
    isSkipped
    isCreditor
    share
    lines {
      label
      days
      periodDays
      share
      totalAmount
      amountDue
    }
    water {
      label
      indexStart
      indexEnd
      consumption
      unitPrice
      amountDue
    }
    chargesTotal
    waterTotal
    total
    provisions
    retained
    regularisation
    billedAmount
    instalments
    currentMonthlyProvision
    newMonthlyProvision
    status
  }
`);

export const CREATE = graphql(`
  mutation RegularisationTestCreate($input: CreateChargeRegularisationInput!) {
    createChargeRegularisation(input: $input) {
      id
      periodStart
      periodEnd
      periodDays
      status
      lot {
        code
        regularisedOn
      }
      records {
        ...RegularisationTestRecord
      }
    }
  }
`);

export const CREATE_MANY = graphql(`
  mutation RegularisationTestCreateMany($inputs: [CreateChargeRegularisationInput!]!) {
    createChargeRegularisations(inputs: $inputs) {
      id
      periodDays
      lot {
        code
      }
      records {
        ...RegularisationTestRecord
      }
    }
  }
`);

export const UPDATE_REGULARISATION = graphql(`
  mutation RegularisationTestUpdateRegularisation($input: UpdateChargeRegularisationInput!) {
    updateChargeRegularisation(input: $input) {
      id
      periodStart
      periodEnd
      periodDays
      status
      records {
        ...RegularisationTestRecord
        isProvisionsEntered
      }
    }
  }
`);

export const UPDATE = graphql(`
  mutation RegularisationTestUpdate($input: UpdateTenantRegularisationInput!) {
    updateTenantRegularisation(input: $input) {
      ...RegularisationTestRecord
    }
  }
`);

export const VALIDATE = graphql(`
  mutation RegularisationTestValidate($ids: [ID!]!) {
    validateTenantRegularisations(recordIds: $ids) {
      id
      status
    }
  }
`);

export const BILL = graphql(`
  mutation RegularisationTestBill($ids: [ID!]!) {
    billTenantRegularisations(recordIds: $ids) {
      ...RegularisationTestRecord
    }
  }
`);

export const DELETE = graphql(`
  mutation RegularisationTestDelete($id: ID!) {
    deleteChargeRegularisation(id: $id)
  }
`);

export const LIST = graphql(`
  query RegularisationTestList {
    chargeRegularisations(first: 100) {
      nodes {
        id
        status
        records {
          id
        }
      }
    }
  }
`);

export const NODE = graphql(`
  query RegularisationTestNode($id: ID!) {
    node(id: $id) {
      id
      ... on ChargeRegularisation {
        periodDays
      }
      ... on TenantRegularisation {
        regularisation
      }
    }
  }
`);

const TOKEN = graphql(`
  mutation RegularisationTestToken($name: String!, $scopes: [IntegratorScope!]!) {
    createApiToken(input: { name: $name, scopes: $scopes }) {
      token
    }
  }
`);

/** An integrator of the manager's agency holding `scopes`. */
export async function integratorWith(api: TestApi, manager: Client, scopes: IntegratorScope[]): Promise<Client> {
  const token = (await manager.gql(TOKEN, { name: `regularisation ${scopes.join(' ')}`, scopes })).data?.createApiToken.token;
  if (!token) throw new Error('token not created');
  return api.client({ authorization: `Bearer ${token}` });
}

/** An account's entries in order (a fresh agency of the test's own). */
export async function entriesOf(db: Db, agencyId: string, accountId: string) {
  return db
    .select({ entryDate: t.ledgerEntries.entryDate, label: t.ledgerEntries.label, debit: t.ledgerEntries.debit, credit: t.ledgerEntries.credit })
    .from(t.ledgerEntries)
    .where(and(eq(t.ledgerEntries.agencyId, agencyId), eq(t.ledgerEntries.accountId, accountId)))
    .orderBy(asc(t.ledgerEntries.entryDate), asc(t.ledgerEntries.id));
}

/** The manual's six charge lines of Elsa's 2020 statement ("DECOMPTE CHARGES LOCATIVES"). */
export const MANUAL_CHARGES = [
  { label: 'Ordures ménagères', amount: '100.00' },
  { label: 'Charges établies par le syndic', amount: '5000.00' },
  { label: 'charges n° 3', amount: '50.00' },
  { label: 'charges n° 4', amount: '25.00' },
  { label: 'charges n° 5', amount: '5.00' },
  { label: 'charges n° 6', amount: '1.00' },
];

/** Its water lines: 1 000,00 + 225,50 + 300,00 − 300,00. */
export const MANUAL_WATER = [
  { label: 'Eau froide', indexStart: '800', indexEnd: '1000', unitPrice: '5' },
  { label: 'Eau chaude', indexStart: '459', indexEnd: '500', unitPrice: '5.50' },
  { label: 'Energie thermique', indexStart: '200', indexEnd: '250', unitPrice: '6' },
  { label: 'Divers', indexStart: '250', indexEnd: '200', unitPrice: '6' },
];
