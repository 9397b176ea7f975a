import { useIntl } from 'react-intl';
import { formatDate } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Icon } from '../../../ui/Icon';
import { FileSize } from './FileSize';
import styles from './DocumentList.module.css';

export const DocumentList_document = graphql(`
  fragment DocumentList_document on Document {
    id
    title
    fileName
    contentType
    byteSize
    publishedOn
    downloadUrl
    path
    binder {
      id
      name
    }
  }
`);

export type DocumentListProps = {
  documents: readonly FragmentType<typeof DocumentList_document>[];
  /** Name each document's binder (search results, the home's newest documents). */
  showsBinder?: boolean;
  /** The list's accessible name ("Courriers", "Résultats de la recherche"). */
  label: string;
};

/**
 * A client's file list ("Mes documents"): title, publication date and size, each a download
 * link. A list rather than a table: on a phone each file is one tappable row.
 */
export function DocumentList({ documents: refs, showsBinder, label }: DocumentListProps) {
  const documents = useFragment(DocumentList_document, refs);
  const intl = useIntl();
  return (
    <ul className={styles.list} aria-label={label}>
      {documents.map((document) => (
        <li key={document.id} className={styles.item}>
          <a className={styles.link} href={document.downloadUrl} download={document.fileName}>
            <span className={styles.icon} aria-hidden="true">
              <Icon name={document.contentType === 'application/pdf' ? 'file' : 'download'} />
            </span>
            <span className={styles.text}>
              <span className={styles.title} data-testid="document-title">
                {document.title}
              </span>
              <span className={styles.meta}>
                {showsBinder && <span>{document.path.join(' / ')}</span>}
                <span>{intl.formatMessage({ id: 'documents.file.publishedOn' }, { date: formatDate(document.publishedOn, intl.locale) })}</span>
                <span>
                  <FileSize byteSize={document.byteSize} />
                </span>
              </span>
            </span>
            <span className={styles.action}>
              <Icon name="download" size={20} />
              <span className="visually-hidden">{intl.formatMessage({ id: 'documents.file.download' }, { title: document.title })}</span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
