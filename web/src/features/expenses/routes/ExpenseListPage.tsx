import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { SelectField } from '../../../ui/SelectField';
import { ExpenseListView } from '../components/ExpenseListView';

const ExpenseBuildingsQuery = graphql(`
  query ExpenseBuildings {
    viewer {
      identifier
      person {
        id
        councilMemberships(first: 50) {
          nodes {
            id
            building {
              id
              code
              name
              canReadExpenseList
            }
          }
        }
      }
    }
  }
`);

/** Search parameters of the chosen building and fiscal year. */
const PARAMS = { building: 'immeuble', fiscalYear: 'exercice' } as const;

/**
 * "Liste des dépenses" (manual, "Liste des dépenses (syndic)"): for council members, the expenses
 * of their building's open fiscal years, by allocation key and expense account.
 */
export function ExpenseListPage() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const { data, error, refetch } = useQuery(ExpenseBuildingsQuery);
  const title = intl.formatMessage({ id: 'expenses.nav.expenses' });
  useDocumentTitle(title);

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;

  const buildings: { id: string; code: string; name: string }[] = [];
  for (const membership of data.viewer?.person.councilMemberships.nodes ?? []) {
    const building = membership.building;
    if (building?.canReadExpenseList && !buildings.some((known) => known.id === building.id)) buildings.push(building);
  }
  const building = buildings.find((candidate) => candidate.id === params.get(PARAMS.building)) ?? buildings[0];
  const nameOf = (candidate: { code: string; name: string }) =>
    candidate.name === candidate.code ? candidate.name : intl.formatMessage({ id: 'expenses.building.name' }, { name: candidate.name, code: candidate.code });

  const update = (next: Record<string, string | null>) => {
    setParams((current) => {
      const updated = new URLSearchParams(current);
      for (const [key, value] of Object.entries(next)) {
        if (value) updated.set(key, value);
        else updated.delete(key);
      }
      return updated;
    });
  };

  return (
    <>
      <PageHeader title={title} description={building ? intl.formatMessage({ id: 'expenses.page.intro' }, { building: nameOf(building) }) : undefined} />
      {!building ? (
        <EmptyState icon="receipt" title={intl.formatMessage({ id: 'expenses.page.noneTitle' })}>
          <p>{intl.formatMessage({ id: 'expenses.page.none' })}</p>
        </EmptyState>
      ) : (
        <ExpenseListView
          key={building.id}
          buildingId={building.id}
          fiscalYearId={params.get(PARAMS.fiscalYear)}
          onFiscalYearChange={(fiscalYearId) => update({ [PARAMS.fiscalYear]: fiscalYearId })}
          buildingChooser={
            buildings.length > 1 ? (
              <SelectField
                label={intl.formatMessage({ id: 'expenses.building.label' })}
                name="building"
                value={building.id}
                options={buildings.map((candidate) => ({ value: candidate.id, label: nameOf(candidate) }))}
                onChange={(buildingId) => update({ [PARAMS.building]: buildingId, [PARAMS.fiscalYear]: null })}
              />
            ) : undefined
          }
        />
      )}
    </>
  );
}
