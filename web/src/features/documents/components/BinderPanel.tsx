import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { BinderModule } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { Icon } from '../../../ui/Icon';
import type { BinderDraft } from './BinderDialog';
import styles from './BinderPanel.module.css';

export const BinderPanel_binder = graphql(`
  fragment BinderPanel_binder on Binder {
    id
    name
    folders
    module
    documentCount
    rights {
      syndicLevel
      owner
      tenant
      notifyByDefault
    }
  }
`);

export type BinderPanelProps = {
  binders: readonly FragmentType<typeof BinderPanel_binder>[];
  selectedId: string | null;
  /** The link that filters the table on one binder (null: every binder). */
  hrefOf: (binderId: string | null) => string;
  totalCount: number;
  /** The rights editor; none: the viewer may not manage binders (no button). */
  onEdit?: (binder: BinderDraft) => void;
};

const MODULES: readonly BinderModule[] = ['SYNDIC', 'GERANCE'];

/**
 * Every binder of the agency with its count and who it opens to (manual, "Documents": the
 * binders on the left filter the file table), each with its rights editor.
 */
export function BinderPanel({ binders: refs, selectedId, hrefOf, totalCount, onEdit }: BinderPanelProps) {
  const binders = useFragment(BinderPanel_binder, refs);
  const intl = useIntl();
  const rightsOf = (binder: (typeof binders)[number]) => {
    if (binder.module === 'SYNDIC') return intl.formatMessage({ id: `documents.level.${binder.rights?.syndicLevel ?? 'NONE'}` });
    const who = [binder.rights?.owner ? 'owner' : null, binder.rights?.tenant ? 'tenant' : null].filter(Boolean);
    return who.length ? who.map((id) => intl.formatMessage({ id: `documents.rights.${id}` })).join(', ') : intl.formatMessage({ id: 'documents.level.NONE' });
  };

  const selected = binders.find((binder) => binder.id === selectedId);
  // Folded on a phone, where some thirty binders would push the table out of sight; open on larger screens.
  const [isOpen, setOpen] = useState(() => typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 48rem)').matches);

  return (
    <details className={styles.panel} open={isOpen} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className={styles.summary}>
        <span className={styles.chevron} aria-hidden="true">
          <Icon name="chevronRight" size={16} />
        </span>
        <span className={styles.summaryTitle}>{intl.formatMessage({ id: 'documents.manager.binders' })}</span>
        <span className={styles.summaryChosen}>{selected ? selected.folders.join(' / ') : intl.formatMessage({ id: 'documents.manager.allBinders' })}</span>
      </summary>
      <nav aria-label={intl.formatMessage({ id: 'documents.manager.binders' })} className={styles.nav}>
        <Link to={hrefOf(null)} className={styles.all} aria-current={selectedId === null ? 'page' : undefined}>
          <span className={styles.name}>{intl.formatMessage({ id: 'documents.manager.allBinders' })}</span>
          <span className={styles.meta}>{intl.formatMessage({ id: 'documents.binder.count' }, { count: totalCount })}</span>
        </Link>
        {MODULES.map((module) => {
          const ofModule = binders.filter((binder) => binder.module === module);
          if (ofModule.length === 0) return null;
          return (
            <section key={module} className={styles.module} aria-labelledby={`binders-${module}`}>
              <h2 id={`binders-${module}`} className={styles.moduleTitle}>
                {intl.formatMessage({ id: `documents.module.${module}` })}
              </h2>
              <ul className={styles.list}>
                {ofModule.map((binder) => (
                  <li key={binder.id} className={styles.item}>
                    <Link to={hrefOf(binder.id)} className={styles.link} aria-current={selectedId === binder.id ? 'page' : undefined}>
                      <span className={styles.name}>{binder.folders.join(' / ')}</span>
                      <span className={styles.rights}>{rightsOf(binder)}</span>
                      <span className={styles.count}>{intl.formatMessage({ id: 'documents.binder.count' }, { count: binder.documentCount })}</span>
                    </Link>
                    <Button
                      variant="ghost"
                      className={styles.edit}
                      onClick={() =>
                        onEdit?.({
                          id: binder.id,
                          name: binder.name,
                          module: binder.module,
                          documentCount: binder.documentCount,
                          syndicLevel: binder.rights?.syndicLevel ?? null,
                          owner: binder.rights?.owner ?? false,
                          tenant: binder.rights?.tenant ?? false,
                          notifyByDefault: binder.rights?.notifyByDefault ?? false,
                        })
                      }
                    >
                      <span aria-hidden="true">{intl.formatMessage({ id: 'documents.manager.edit' })}</span>
                      <span className="visually-hidden">{intl.formatMessage({ id: 'documents.manager.editBinder' }, { name: binder.name })}</span>
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </nav>
    </details>
  );
}
