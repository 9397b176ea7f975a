/**
 * What the expenses feature offers other features (the manager's building page): the expense list
 * of one building with its fiscal-year chooser. Anything else here is internal.
 */
export { ExpenseListView, type ExpenseListViewProps } from './components/ExpenseListView';
