import type { FeatureManifest } from '../../app/feature-manifest';
import { ExpenseListPage } from './routes/ExpenseListPage';

/** "Liste des dépenses": council members only, where the agency opens it (readExpenseLists). */
export const expensesFeature: FeatureManifest = {
  name: 'expenses',
  spaces: {
    SYNDIC: {
      routes: [{ path: 'depenses', element: <ExpenseListPage /> }],
      menu: [{ path: 'depenses', labelId: 'expenses.nav.expenses', shortLabelId: 'expenses.nav.short.expenses', icon: 'receipt', order: 40, requires: 'readExpenseLists' }],
    },
  },
};
