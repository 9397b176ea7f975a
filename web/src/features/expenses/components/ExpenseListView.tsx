import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { errorCodeOf, isModuleDisabled } from '../../../app/errors';
import { formatAmount, formatDate } from '../../../app/i18n/format';
import { QueryError } from '../../../app/QueryError';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { SelectField } from '../../../ui/SelectField';
import { ExpenseTable } from './ExpenseTable';
import styles from './ExpenseListView.module.css';

const ExpenseListQuery = graphql(`
  query ExpenseList($buildingId: ID!, $fiscalYearId: ID, $after: String) {
    node(id: $buildingId) {
      id
      ... on Building {
        expenseList(fiscalYearId: $fiscalYearId) {
          fiscalYears {
            id
            code
            startDate
            endDate
          }
          fiscalYear {
            id
            code
            startDate
            endDate
          }
          total
          ...ExpenseTable_list
          # 100 expenses a page (the API's maximum), then "Voir plus".
          expenses(first: 100, after: $after) {
            edges {
              cursor
              node {
                id
                ...ExpenseTable_expense
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      }
    }
  }
`);

export type ExpenseListViewProps = {
  buildingId: string;
  /** The chosen fiscal year; none: the API's latest open one. */
  fiscalYearId: string | null;
  onFiscalYearChange: (fiscalYearId: string) => void;
  /** The building chooser, shown beside the fiscal year when the member sits on several councils. */
  buildingChooser?: ReactNode;
};

/** One building's expense list for one open fiscal year, with the fiscal-year chooser. */
export function ExpenseListView({ buildingId, fiscalYearId, onFiscalYearChange, buildingChooser }: ExpenseListViewProps) {
  const intl = useIntl();
  const [isLoadingMore, setLoadingMore] = useState(false);
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(ExpenseListQuery, { variables: { buildingId, fiscalYearId } });
  const shown = data ?? (loading ? previousData : undefined);
  const list = shown?.node?.__typename === 'Building' ? shown.node.expenseList : null;

  if (errorCodeOf(error) === 'FORBIDDEN') {
    return (
      <Alert tone="info" title={intl.formatMessage({ id: 'expenses.unavailableTitle' })}>
        {intl.formatMessage({ id: isModuleDisabled(error) ? 'expenses.moduleDisabled' : 'expenses.unavailable' })}
      </Alert>
    );
  }
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!list) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;

  const loadMore = async () => {
    const after = list.expenses.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after } });
    } finally {
      setLoadingMore(false);
    }
  };

  const yearOptions = list.fiscalYears.map((year) => ({ value: year.id, label: intl.formatMessage({ id: 'expenses.fiscalYear.option' }, { code: year.code }) }));
  const yearCode = list.fiscalYear?.code ?? '';

  return (
    <div className={styles.view}>
      <div className={styles.toolbar}>
        <div className={styles.choosers}>
          {buildingChooser}
          {list.fiscalYear && yearOptions.length > 0 && (
            <SelectField
              label={intl.formatMessage({ id: 'expenses.fiscalYear.label' })}
              name="fiscalYear"
              value={list.fiscalYear.id}
              options={yearOptions}
              onChange={onFiscalYearChange}
            />
          )}
        </div>
        {list.fiscalYear && (
          <p className={styles.summary} role="status">
            <span className={styles.summaryLabel}>{intl.formatMessage({ id: 'expenses.total.summary' }, { code: yearCode })}</span>
            <span className={styles.summaryAmount}>{formatAmount(list.total, intl.locale)}</span>
            <span className={styles.summaryPeriod}>
              {intl.formatMessage(
                { id: 'expenses.fiscalYear.period' },
                { start: formatDate(list.fiscalYear.startDate, intl.locale), end: formatDate(list.fiscalYear.endDate, intl.locale) },
              )}
            </span>
          </p>
        )}
      </div>

      {!list.fiscalYear ? (
        <EmptyState icon="receipt" title={intl.formatMessage({ id: 'expenses.noYearTitle' })}>
          <p>{intl.formatMessage({ id: 'expenses.noYear' })}</p>
        </EmptyState>
      ) : list.expenses.edges.length === 0 ? (
        <EmptyState icon="receipt" title={intl.formatMessage({ id: 'expenses.emptyTitle' })}>
          <p>{intl.formatMessage({ id: 'expenses.empty' }, { code: yearCode })}</p>
        </EmptyState>
      ) : (
        <div className={loading && !isLoadingMore ? styles.stale : undefined} aria-busy={loading || undefined}>
          <p className={styles.unit}>{intl.formatMessage({ id: 'expenses.unit' })}</p>
          <ExpenseTable list={list} expenses={list.expenses.edges.map((edge) => edge.node)} hasMore={list.expenses.pageInfo.hasNextPage} />
          {list.expenses.pageInfo.hasNextPage && (
            <div className={styles.more}>
              <Button variant="secondary" onClick={() => void loadMore()} isBusy={isLoadingMore}>
                {intl.formatMessage({ id: 'expenses.more' })}
              </Button>
            </div>
          )}
          <p className={styles.grandTotal} data-testid="expenses-total">
            <span>{intl.formatMessage({ id: 'expenses.total.grand' }, { code: yearCode })}</span>
            <span className={styles.grandAmount}>{formatAmount(list.total, intl.locale)}</span>
          </p>
        </div>
      )}
    </div>
  );
}
