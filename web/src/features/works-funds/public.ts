/**
 * What the works-funds feature offers other features (the manager's building page): one
 * building's works funds, lot by lot, from its `BuildingWorksFund_fund` fragment. Anything else is internal.
 */
export { BuildingWorksFund, BuildingWorksFund_fund, type BuildingWorksFundProps } from './components/BuildingWorksFund';
