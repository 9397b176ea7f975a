import { useIntl } from 'react-intl';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { newRowKey, type WaterDraft } from '../figures';
import styles from './lines.module.css';

export type WaterLinesFieldsProps = {
  rows: readonly WaterDraft[];
  onChange: (rows: WaterDraft[]) => void;
  invalidKeys: readonly string[];
  isReadOnly?: boolean;
};

/** Water lines ("Eau froide", "Eau chaude", "Energie thermique"): indexes and a unit price; the API computes the amount. */
export function WaterLinesFields({ rows, onChange, invalidKeys, isReadOnly }: WaterLinesFieldsProps) {
  const intl = useIntl();
  const change = (key: string, patch: Partial<WaterDraft>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const field = (row: WaterDraft, index: number, part: 'indexStart' | 'indexEnd' | 'unitPrice') => (
    <TextField
      label={intl.formatMessage({ id: `regularisation.water.${part}` }, { n: index + 1 })}
      name={`water-${part}-${index}`}
      value={row[part]}
      onChange={(value) => change(row.key, { [part]: value })}
      inputMode="decimal"
      isReadOnly={isReadOnly}
      autoComplete="off"
    />
  );
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{intl.formatMessage({ id: 'regularisation.water.legend' })}</legend>
      <ol className={styles.rows}>
        {rows.map((row, index) => (
          <li key={row.key} className={styles.waterRow}>
            <TextField
              label={intl.formatMessage({ id: 'regularisation.water.label' }, { n: index + 1 })}
              name={`water-label-${index}`}
              value={row.label}
              onChange={(label) => change(row.key, { label })}
              error={invalidKeys.includes(row.key) ? intl.formatMessage({ id: 'regularisation.water.invalid' }) : undefined}
              isReadOnly={isReadOnly}
              autoComplete="off"
            />
            {field(row, index, 'indexStart')}
            {field(row, index, 'indexEnd')}
            {field(row, index, 'unitPrice')}
            {!isReadOnly && (
              <Button variant="ghost" icon="cross" onClick={() => onChange(rows.filter((other) => other.key !== row.key))}>
                {intl.formatMessage({ id: 'regularisation.water.remove' }, { n: index + 1 })}
              </Button>
            )}
          </li>
        ))}
      </ol>
      {!isReadOnly && (
        <Button variant="secondary" onClick={() => onChange([...rows, { key: newRowKey(), label: '', indexStart: '', indexEnd: '', unitPrice: '' }])}>
          {intl.formatMessage({ id: 'regularisation.water.add' })}
        </Button>
      )}
    </fieldset>
  );
}
