import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Icon } from '../../../ui/Icon';
import { groupBinders, subFolderLabel } from '../folders';
import styles from './BinderGrid.module.css';

export const BinderGrid_binder = graphql(`
  fragment BinderGrid_binder on Binder {
    id
    name
    folders
    documentCount
  }
`);

export type BinderGridProps = {
  binders: readonly FragmentType<typeof BinderGrid_binder>[];
  /** The link that opens one binder (its documents). */
  hrefOf: (binderId: string) => string;
};

/**
 * "Mes documents": one card per binder with the number of documents the viewer may see; binders
 * named "X / Y" share the card of X, their sub-folders listed inside (manual, "Classeurs").
 */
export function BinderGrid({ binders: refs, hrefOf }: BinderGridProps) {
  const binders = useFragment(BinderGrid_binder, refs);
  const intl = useIntl();
  const count = (documentCount: number) => intl.formatMessage({ id: 'documents.binder.count' }, { count: documentCount });
  return (
    <ul className={styles.grid} aria-label={intl.formatMessage({ id: 'documents.binders.label' })}>
      {groupBinders(binders).map((group) => {
        const [only] = group.binders;
        const isSingle = group.binders.length === 1 && only && !subFolderLabel(only);
        return (
          <li key={group.name} className={styles.card}>
            {isSingle ? (
              <Link to={hrefOf(only.id)} className={styles.head}>
                <span className={styles.icon} aria-hidden="true">
                  <Icon name="folder" />
                </span>
                <span className={styles.name}>{group.name}</span>
                <span className={styles.count}>{count(group.documentCount)}</span>
              </Link>
            ) : (
              <>
                <div className={styles.head}>
                  <span className={styles.icon} aria-hidden="true">
                    <Icon name="folder" />
                  </span>
                  <span className={styles.name}>{group.name}</span>
                  <span className={styles.count}>{count(group.documentCount)}</span>
                </div>
                <ul className={styles.subFolders} aria-label={intl.formatMessage({ id: 'documents.binders.subFolders' }, { binder: group.name })}>
                  {group.binders.map((binder) => (
                    <li key={binder.id}>
                      <Link to={hrefOf(binder.id)} className={styles.subFolder}>
                        <span>{subFolderLabel(binder) ?? binder.name}</span>
                        <span className={styles.subCount}>{count(binder.documentCount)}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
