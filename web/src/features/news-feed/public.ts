/** What the news feed feature offers other features: the client home's latest feed items. */
export { HomeNewsFeed } from './components/HomeNewsFeed';
