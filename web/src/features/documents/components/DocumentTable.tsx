import { useIntl } from 'react-intl';
import { formatDate, todayIsoDate } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Badge } from '../../../ui/Badge';
import { Checkbox } from '../../../ui/Checkbox';
import { FileSize } from './FileSize';
import styles from './DocumentTable.module.css';

export const DocumentTable_document = graphql(`
  fragment DocumentTable_document on Document {
    id
    title
    fileName
    byteSize
    publishedOn
    expiresOn
    isPublished
    concerns
    downloadUrl
    path
  }
`);

export type DocumentTableProps = {
  documents: readonly FragmentType<typeof DocumentTable_document>[];
  selectedIds: ReadonlySet<string>;
  /** None: the viewer may not change documents (no selection boxes). */
  onSelectionChange?: (ids: Set<string>) => void;
  caption: string;
};

type Status = 'published' | 'unpublished' | 'expired' | 'scheduled';

/** What a client sees of it today: the manual's "(Dé)publier" state and the publication period. */
function statusOf(document: { isPublished: boolean; publishedOn: string; expiresOn?: string | null }, today: string): Status {
  if (!document.isPublished) return 'unpublished';
  if (document.expiresOn && document.expiresOn <= today) return 'expired';
  if (document.publishedOn > today) return 'scheduled';
  return 'published';
}

const TONES = { published: 'success', unpublished: 'neutral', expired: 'warning', scheduled: 'brand' } as const;

/**
 * The manager's "Documents" table (manual, "Documents"): each document with "Concerne", where it
 * is filed, its publication and a selection box for "(Dé)publier" and deletion. A stacked list on a phone.
 */
export function DocumentTable({ documents: refs, selectedIds, onSelectionChange, caption }: DocumentTableProps) {
  const documents = useFragment(DocumentTable_document, refs);
  const intl = useIntl();
  const today = todayIsoDate();
  const allSelected = documents.length > 0 && documents.every((document) => selectedIds.has(document.id));
  const someSelected = documents.some((document) => selectedIds.has(document.id));
  const toggle = (id: string, isChecked: boolean) => {
    const next = new Set(selectedIds);
    if (isChecked) next.add(id);
    else next.delete(id);
    onSelectionChange?.(next);
  };
  const column = (id: string) => intl.formatMessage({ id: `documents.table.${id}` });

  return (
    <table className={styles.table}>
      <caption className="visually-hidden">{caption}</caption>
      <thead className={styles.head}>
        <tr>
          {onSelectionChange && (
            <th scope="col" className={styles.selectCol}>
              <Checkbox
                label={intl.formatMessage({ id: 'documents.table.selectAll' })}
                isLabelHidden
                isChecked={allSelected}
                isIndeterminate={someSelected && !allSelected}
                onChange={(isChecked) => onSelectionChange(isChecked ? new Set(documents.map((document) => document.id)) : new Set())}
              />
            </th>
          )}
          <th scope="col">{column('title')}</th>
          <th scope="col">{column('concerns')}</th>
          <th scope="col">{column('binder')}</th>
          <th scope="col">{column('publication')}</th>
          <th scope="col">{column('status')}</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => {
          const status = statusOf(document, today);
          return (
            <tr key={document.id} className={styles.row}>
              {onSelectionChange && (
                <td className={styles.select}>
                  <Checkbox
                    label={intl.formatMessage({ id: 'documents.table.select' }, { title: document.title })}
                    isLabelHidden
                    isChecked={selectedIds.has(document.id)}
                    onChange={(isChecked) => toggle(document.id, isChecked)}
                  />
                </td>
              )}
              <th scope="row" className={styles.title}>
                <a href={document.downloadUrl} download={document.fileName}>
                  {document.title}
                </a>
                <span className={styles.file}>
                  {document.fileName} · <FileSize byteSize={document.byteSize} />
                </span>
              </th>
              <td className={styles.cell} data-label={column('concerns')}>
                {document.concerns}
              </td>
              <td className={styles.cell} data-label={column('binder')}>
                {document.path.join(' / ')}
              </td>
              <td className={styles.cell} data-label={column('publication')}>
                {document.expiresOn
                  ? intl.formatMessage({ id: 'documents.table.period' }, { from: formatDate(document.publishedOn, intl.locale), to: formatDate(document.expiresOn, intl.locale) })
                  : intl.formatMessage({ id: 'documents.table.since' }, { from: formatDate(document.publishedOn, intl.locale) })}
              </td>
              <td className={styles.status}>
                <Badge tone={TONES[status]} hasDot>
                  {intl.formatMessage({ id: `documents.status.${status}` })}
                </Badge>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
