import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/EmptyState';
import { Icon } from '../../../ui/Icon';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import styles from './RecordPage.module.css';

export type RecordPageProps = {
  title: string;
  eyebrow?: string;
  description?: string;
  back: { to: string; label: string };
  /** The record's query: undefined while loading, null when not found. */
  state?: { isLoading: boolean; isMissing: boolean; error?: unknown; onRetry?: () => void };
  children: ReactNode;
};

/** The frame of a record form: back link, title, the form in a card; loading and not-found states. */
export function RecordPage({ title, eyebrow, description, back, state, children }: RecordPageProps) {
  const intl = useIntl();
  useDocumentTitle(title);
  const breadcrumb = (
    <nav aria-label={intl.formatMessage({ id: 'records.breadcrumb' })} className={styles.breadcrumb}>
      <Link to={back.to}>
        <Icon name="chevronLeft" size={16} />
        {back.label}
      </Link>
    </nav>
  );
  if (state?.error && !state.isMissing)
    return (
      <>
        {breadcrumb}
        <QueryError error={state.error} onRetry={state.onRetry} />
      </>
    );
  if (state?.isLoading) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  if (state?.isMissing)
    return (
      <>
        {breadcrumb}
        <EmptyState icon="search" title={intl.formatMessage({ id: 'app.error.notFound' })} />
      </>
    );
  return (
    <>
      {breadcrumb}
      <PageHeader eyebrow={eyebrow} title={title} description={description} />
      <Card>{children}</Card>
    </>
  );
}
