/** What the announcements feature offers other features: the client home's newest announcements. */
export { HomeAnnouncements, type HomeAnnouncementsProps } from './components/HomeAnnouncements';
