/**
 * What the records feature offers other features (the manager's person and building pages): the
 * entry points of its forms, as cards with their own fragments. The forms themselves are routes.
 */
export { BuildingRecordActions, type BuildingRecordActionsProps } from './components/BuildingRecordActions';
export { PersonRecordActions, type PersonRecordActionsProps } from './components/PersonRecordActions';
export { EditLotLink, NewLeaseLink, NewRecordLink, type EditLotLinkProps, type NewLeaseLinkProps, type NewRecordLinkProps } from './components/RecordLinks';
export { parseFrenchDate, todayFrench } from './form-values';
