import { useIntl } from 'react-intl';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import styles from './RecordForm.module.css';

/** One line of a repeatable field; the id keeps React's key stable when a line is removed. */
export type ListItem = { id: string; value: string };

let nextItem = 0;
/** A new line with a fresh id. */
export function listItem(value = ''): ListItem {
  nextItem += 1;
  return { id: `item-${nextItem}`, value };
}

export type ListFieldsProps = {
  /** `emails` or `phones`: the API's field name, so that `emails[1]` errors land on line 2. */
  name: 'emails' | 'phones';
  items: ListItem[];
  onChange: (items: ListItem[]) => void;
  errors: Record<string, string>;
};

/** E-mails or phones: one field a line, add and remove; the first e-mail receives the extranet mail. */
export function ListFields({ name, items, onChange, errors }: ListFieldsProps) {
  const intl = useIntl();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{intl.formatMessage({ id: `records.person.${name}.legend` })}</legend>
      {items.map((item, index) => (
        <div key={item.id} className={styles.listLine}>
          <TextField
            label={intl.formatMessage({ id: `records.person.${name}.item` }, { number: index + 1 })}
            name={`${name}[${index}]`}
            type={name === 'emails' ? 'email' : 'text'}
            autoComplete={name === 'emails' ? 'email' : 'tel'}
            value={item.value}
            onChange={(value) => onChange(items.map((other) => (other.id === item.id ? { ...other, value } : other)))}
            error={errors[`${name}[${index}]`] && intl.formatMessage({ id: errors[`${name}[${index}]`] })}
          />
          <Button variant="ghost" icon="cross" onClick={() => onChange(items.filter((other) => other.id !== item.id))}>
            {intl.formatMessage({ id: `records.person.${name}.remove` }, { number: index + 1 })}
          </Button>
        </div>
      ))}
      <Button variant="secondary" onClick={() => onChange([...items, listItem()])}>
        {intl.formatMessage({ id: `records.person.${name}.add` })}
      </Button>
    </fieldset>
  );
}
