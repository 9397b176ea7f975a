/** What the photos feature offers other features: the building page's photos card, linking to the manager's photos page. */
export { BuildingPhotosCard, type BuildingPhotosCardProps } from './components/BuildingPhotosCard';
