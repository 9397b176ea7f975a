import { useIntl } from 'react-intl';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { newRowKey, type ChargeDraft } from '../figures';
import styles from './lines.module.css';

export type ChargeLinesFieldsProps = {
  /** The list's name (fields and headings): `charges` or `extraCharges`. */
  name: string;
  legend: string;
  rows: readonly ChargeDraft[];
  onChange: (rows: ChargeDraft[]) => void;
  /** Keys of rows that are not a label and an amount. */
  invalidKeys: readonly string[];
  isReadOnly?: boolean;
};

/** Charge lines: a label and the whole amount for the period, rows added and removed ("Cadre Charges"). */
export function ChargeLinesFields({ name, legend, rows, onChange, invalidKeys, isReadOnly }: ChargeLinesFieldsProps) {
  const intl = useIntl();
  const change = (key: string, patch: Partial<ChargeDraft>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      <ol className={styles.rows}>
        {rows.map((row, index) => {
          const error = invalidKeys.includes(row.key) ? intl.formatMessage({ id: 'regularisation.lines.invalid' }) : undefined;
          return (
            <li key={row.key} className={styles.chargeRow}>
              <TextField
                label={intl.formatMessage({ id: 'regularisation.lines.label' }, { n: index + 1 })}
                name={`${name}-label-${index}`}
                value={row.label}
                onChange={(label) => change(row.key, { label })}
                error={error}
                isReadOnly={isReadOnly}
                autoComplete="off"
              />
              <TextField
                label={intl.formatMessage({ id: 'regularisation.lines.amount' }, { n: index + 1 })}
                name={`${name}-amount-${index}`}
                value={row.amount}
                onChange={(amount) => change(row.key, { amount })}
                inputMode="decimal"
                isReadOnly={isReadOnly}
                autoComplete="off"
              />
              {!isReadOnly && (
                <Button variant="ghost" icon="cross" onClick={() => onChange(rows.filter((other) => other.key !== row.key))}>
                  {intl.formatMessage({ id: 'regularisation.lines.remove' }, { n: index + 1 })}
                </Button>
              )}
            </li>
          );
        })}
      </ol>
      {!isReadOnly && (
        <Button variant="secondary" onClick={() => onChange([...rows, { key: newRowKey(), label: '', amount: '' }])}>
          {intl.formatMessage({ id: 'regularisation.lines.add' })}
        </Button>
      )}
    </fieldset>
  );
}
