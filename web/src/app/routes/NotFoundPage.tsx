import { useIntl } from 'react-intl';
import { ButtonLink } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PublicLayout } from '../layout/PublicLayout';
import { useDocumentTitle } from '../useDocumentTitle';

export function NotFoundPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'app.notFound.title' });
  useDocumentTitle(title);
  return (
    <PublicLayout>
      <h1 className="visually-hidden">{title}</h1>
      <EmptyState icon="search" title={title}>
        <p>{intl.formatMessage({ id: 'app.notFound.body' })}</p>
        <ButtonLink to="/" icon="home">
          {intl.formatMessage({ id: 'app.notFound.home' })}
        </ButtonLink>
      </EmptyState>
    </PublicLayout>
  );
}
