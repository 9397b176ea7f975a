import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useState } from 'react';
import { useIntl } from 'react-intl';
import { errorCodeOf, fieldErrorsOf, isModuleDisabled } from '../../../app/errors';
import { formatAmount, formatDate, todayIsoDate } from '../../../app/i18n/format';
import { QueryError } from '../../../app/QueryError';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button, ButtonAnchor } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import type { RangeErrors, StatementRange } from '../statement-range';
import { AccountSummary } from './AccountSummary';
import { StatementRangeForm } from './StatementRangeForm';
import { StatementTable } from './StatementTable';
import styles from './AccountStatement.module.css';

// recharts is the largest library of the app: it loads with the first chart, not with the sign-in.
const BalanceChart = lazy(() => import('./BalanceChart').then((module) => ({ default: module.BalanceChart })));

const AccountStatementQuery = graphql(`
  query AccountStatement($accountId: ID!, $from: Date!, $to: Date!, $after: String) {
    node(id: $accountId) {
      id
      ... on Account {
        number
        ...AccountSummary_account
        statement(from: $from, to: $to) {
          openingBalance
          closingBalance
          totalDebit
          totalCredit
          ...StatementTable_statement
          # 50 lines a page, then "Voir plus" (the API allows 1 to 100).
          entries(first: 50, after: $after) {
            edges {
              cursor
              node {
                ...StatementTable_line
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
        statementPdfUrl(from: $from, to: $to)
        statementCsvUrl(from: $from, to: $to)
      }
    }
  }
`);

export type AccountStatementProps = {
  accountId: string;
  range: StatementRange;
  onRangeChange: (range: StatementRange) => void;
};

/**
 * An account as its client sees it (manual, "Compte"): the current balance, the statement over a
 * period with "Solde antérieur" and "Solde fin de période", the balance chart, and the extract to
 * print (PDF) or export (CSV). The manager's "Situation du compte" shows this same component.
 */
export function AccountStatement({ accountId, range, onRangeChange }: AccountStatementProps) {
  const intl = useIntl();
  const [isLoadingMore, setLoadingMore] = useState(false);
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(AccountStatementQuery, {
    variables: { accountId, from: range.from, to: range.to },
  });

  // While another period loads, the previous one stays on screen (dimmed) instead of a blank page.
  const shown = data ?? (loading ? previousData : undefined);
  const account = shown?.node?.__typename === 'Account' ? shown.node : null;
  const statement = account?.statement ?? null;
  const serverErrors: RangeErrors = {};
  for (const fieldError of fieldErrorsOf(error)) {
    if (fieldError.field === 'to' || fieldError.field === 'from') serverErrors[fieldError.field] = `errors.${fieldError.reason}`;
  }
  const isRangeRefused = Object.keys(serverErrors).length > 0;
  // FORBIDDEN here is the module switch (account.readStatement); MODULE_DISABLED says so explicitly.
  const isRefused = errorCodeOf(error) === 'FORBIDDEN';

  const loadMore = async () => {
    const after = statement?.entries.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after } });
    } finally {
      setLoadingMore(false);
    }
  };

  const form = <StatementRangeForm key={`${range.from}|${range.to}`} range={range} onSubmit={onRangeChange} serverErrors={serverErrors} isBusy={loading && !isLoadingMore} />;

  if (isRefused) {
    return (
      <Alert tone="info" title={intl.formatMessage({ id: 'accounts.statement.unavailableTitle' })}>
        {intl.formatMessage({ id: isModuleDisabled(error) ? 'accounts.statement.moduleDisabled' : 'accounts.statement.unavailable' })}
      </Alert>
    );
  }
  if (error && !isRangeRefused) return <QueryError error={error} onRetry={() => void refetch()} />;
  // Unpublished meanwhile, or never visible: the API answers null.
  if (data && !account) {
    return (
      <EmptyState icon="wallet" title={intl.formatMessage({ id: 'accounts.statement.notFoundTitle' })}>
        <p>{intl.formatMessage({ id: 'accounts.statement.notFound' })}</p>
      </EmptyState>
    );
  }

  return (
    <div className={styles.layout}>
      {account ? <AccountSummary account={account} today={todayIsoDate()} /> : !isRangeRefused && <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />}

      <Card
        title={intl.formatMessage({ id: 'accounts.statement.title' })}
        subtitle={intl.formatMessage({ id: 'accounts.statement.period' }, { from: formatDate(range.from, intl.locale), to: formatDate(range.to, intl.locale) })}
        icon="calendar"
      >
        <div className={styles.statement} aria-busy={loading || undefined}>
          {form}
          {account && statement && !isRangeRefused && (
            <div className={loading && !isLoadingMore ? styles.stale : undefined}>
              <dl className={styles.totals}>
                <div className={styles.total}>
                  <dt>{intl.formatMessage({ id: 'accounts.statement.opening' })}</dt>
                  <dd>{formatAmount(statement.openingBalance, intl.locale)}</dd>
                </div>
                <div className={styles.total}>
                  <dt>{intl.formatMessage({ id: 'accounts.statement.totalDebit' })}</dt>
                  <dd data-testid="total-debit">{formatAmount(statement.totalDebit, intl.locale)}</dd>
                </div>
                <div className={styles.total}>
                  <dt>{intl.formatMessage({ id: 'accounts.statement.totalCredit' })}</dt>
                  <dd data-testid="total-credit">{formatAmount(statement.totalCredit, intl.locale)}</dd>
                </div>
                <div className={styles.total}>
                  <dt>{intl.formatMessage({ id: 'accounts.statement.closing' })}</dt>
                  <dd>{formatAmount(statement.closingBalance, intl.locale)}</dd>
                </div>
              </dl>
              {/* No movement in the period: no chart (the table says "Aucune écriture"). */}
              {statement.entries.edges.length > 0 && (
                <div className={styles.chart}>
                  <Suspense fallback={<LoadingState label={intl.formatMessage({ id: 'app.loading' })} />}>
                    <BalanceChart accountId={accountId} range={range} />
                  </Suspense>
                </div>
              )}
              <div className={styles.downloads}>
                <ButtonAnchor href={account.statementPdfUrl} isDownload variant="secondary" icon="printer">
                  {intl.formatMessage({ id: 'accounts.statement.pdf' })}
                </ButtonAnchor>
                <ButtonAnchor href={account.statementCsvUrl} isDownload variant="secondary" icon="download">
                  {intl.formatMessage({ id: 'accounts.statement.csv' })}
                </ButtonAnchor>
              </div>
              <p className={styles.unit}>{intl.formatMessage({ id: 'accounts.statement.unit' })}</p>
              {statement.entries.edges.length === 0 && <p className={styles.noLines}>{intl.formatMessage({ id: 'accounts.statement.noLines' })}</p>}
              <StatementTable
                statement={statement}
                lines={statement.entries.edges}
                accountNumber={account.number}
                more={
                  statement.entries.pageInfo.hasNextPage ? (
                    <Button variant="secondary" onClick={() => void loadMore()} isBusy={isLoadingMore}>
                      {intl.formatMessage({ id: 'accounts.statement.more' })}
                    </Button>
                  ) : undefined
                }
              />
            </div>
          )}
        </div>
      </Card>
    </div>
  );
}
