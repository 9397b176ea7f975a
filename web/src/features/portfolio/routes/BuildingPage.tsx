import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorCodeOf, fieldErrorsOf } from '../../../app/errors';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { ButtonLink } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/EmptyState';
import { Icon } from '../../../ui/Icon';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { ExpenseListView } from '../../expenses/public';
import { BuildingPhotosCard } from '../../photos/public';
import { BuildingRecordActions } from '../../records/public';
import { BuildingWorksFund } from '../../works-funds/public';
import { BuildingCouncil } from '../components/BuildingCouncil';
import { BuildingLots } from '../components/BuildingLots';
import { BuildingTenants } from '../components/BuildingTenants';
import styles from './BuildingPage.module.css';

const BuildingDetailQuery = graphql(`
  query BuildingDetail($id: ID!) {
    node(id: $id) {
      id
      ... on Building {
        code
        name
        postalAddress {
          line1
          postalCode
          city
        }
        syndicate {
          code
          name
        }
        canReadExpenseList
        ...BuildingLots_building
        ...BuildingCouncil_building
        ...BuildingTenants_building
        ...BuildingRecordActions_building
        ...BuildingPhotosCard_building
        worksFund {
          lots {
            total
          }
          ...BuildingWorksFund_fund
        }
      }
    }
  }
`);

/** The building's page in the console: lots and co-owners, council, tenants, works funds, expenses. */
export function BuildingPage() {
  const intl = useIntl();
  const { buildingId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data, error, refetch } = useQuery(BuildingDetailQuery, { variables: { id: buildingId } });
  const building = data?.node?.__typename === 'Building' ? data.node : null;
  useDocumentTitle(building?.name ?? intl.formatMessage({ id: 'portfolio.buildings.title' }));

  const breadcrumb = (
    <nav aria-label={intl.formatMessage({ id: 'portfolio.person.breadcrumb' })} className={styles.breadcrumb}>
      <Link to="/gestion/immeubles">
        <Icon name="chevronLeft" size={16} />
        {intl.formatMessage({ id: 'portfolio.buildings.title' })}
      </Link>
    </nav>
  );

  const isInvalidId = fieldErrorsOf(error).some((item) => item.reason === 'INVALID_ID') || errorCodeOf(error) === 'NOT_FOUND';
  if (error && !isInvalidId)
    return (
      <>
        {breadcrumb}
        <QueryError error={error} onRetry={() => void refetch()} />
      </>
    );
  if (!data && !error) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  if (!building) {
    return (
      <>
        {breadcrumb}
        <EmptyState icon="building" title={intl.formatMessage({ id: 'portfolio.building.notFound' })}>
          <ButtonLink to="/gestion/immeubles" variant="secondary">
            {intl.formatMessage({ id: 'portfolio.building.backToList' })}
          </ButtonLink>
        </EmptyState>
      </>
    );
  }

  const address = [building.postalAddress.line1, `${building.postalAddress.postalCode} ${building.postalAddress.city}`].filter((part) => part.trim() !== '').join(', ');
  const syndicate = building.syndicate && intl.formatMessage({ id: 'portfolio.buildings.syndicate' }, { code: building.syndicate.code, name: building.syndicate.name });

  return (
    <>
      {breadcrumb}
      <PageHeader
        eyebrow={building.code === building.name ? intl.formatMessage({ id: 'portfolio.building.eyebrow' }) : building.code}
        title={building.name}
        description={[address, syndicate].filter(Boolean).join(' · ')}
      />
      <div className={styles.grid}>
        <div className={styles.main}>
          <BuildingLots building={building} />
          {/* No works-fund card for a building whose lots hold none (a gérance building). */}
          {building.worksFund && building.worksFund.lots.length > 0 && <BuildingWorksFund fund={building.worksFund} audience="manager" />}
        </div>
        <div className={styles.side}>
          <BuildingRecordActions building={building} />
          <BuildingCouncil building={building} />
          <BuildingTenants building={building} />
          <BuildingPhotosCard building={building} />
        </div>
      </div>
      {/* The expense table needs the page's whole width. */}
      {building.canReadExpenseList && (
        <Card className={styles.wide} title={intl.formatMessage({ id: 'portfolio.building.expenses.title' })} icon="receipt">
          <ExpenseListView
            buildingId={building.id}
            fiscalYearId={params.get('exercice')}
            onFiscalYearChange={(fiscalYearId) => setParams((current) => new URLSearchParams({ ...Object.fromEntries(current), exercice: fiscalYearId }), { replace: true })}
          />
        </Card>
      )}
    </>
  );
}
