import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Badge } from '../../../ui/Badge';
import styles from './ImportColumns.module.css';

export const ImportColumns_kind = graphql(`
  fragment ImportColumns_kind on ImportKindInfo {
    kind
    columns {
      header
      format
      isRequired
    }
  }
`);

export type ImportColumnsProps = { kind: FragmentType<typeof ImportColumns_kind> };

/** The columns a kind's file may hold, with how each cell is read ("1 000,91516", jj/mm/aaaa). */
export function ImportColumns(props: ImportColumnsProps) {
  const intl = useIntl();
  const kind = useFragment(ImportColumns_kind, props.kind);
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>{intl.formatMessage({ id: 'import.columns.title' }, { count: kind.columns.length })}</summary>
      <p className={styles.help}>{intl.formatMessage({ id: `import.kindHelp.${kind.kind}` })}</p>
      <ul className={styles.list}>
        {kind.columns.map((column) => (
          <li key={column.header} className={styles.column}>
            <span className={styles.header}>{column.header}</span>
            {column.isRequired && <Badge tone="brand">{intl.formatMessage({ id: 'import.columns.required' })}</Badge>}
            <span className={styles.format}>{intl.formatMessage({ id: `import.format.${column.format}` })}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
