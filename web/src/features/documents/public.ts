/**
 * What the documents feature offers other features: the client home's newest documents and the
 * "Documents" tab of a person's record in the console. Anything else here is internal.
 */
export { HomeDocuments, type HomeDocumentsProps } from './components/HomeDocuments';
export { PersonDocuments, type PersonDocumentsProps } from './components/PersonDocuments';
