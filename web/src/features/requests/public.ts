/** What the requests feature offers other features: the client home's "Mes demandes" block. */
export { HomeRequests, type HomeRequestsProps } from './components/HomeRequests';
