import { useIntl } from 'react-intl';
import { TextField } from '../../../ui/TextField';

export type PeriodFieldsProps = {
  start: string;
  end: string;
  onStartChange: (value: string) => void;
  onEndChange: (value: string) => void;
  startError?: string;
  endError?: string;
  /** The pair's layout, from the page that holds it. */
  className?: string;
};

/** The period's two dates (dd/mm/yyyy), as the new regularisation and the period change both ask them. */
export function PeriodFields({ start, end, onStartChange, onEndChange, startError, endError, className }: PeriodFieldsProps) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <div className={className}>
      <TextField
        label={t('regularisation.new.periodStart')}
        hint={t('regularisation.date.hint')}
        name="periodStart"
        value={start}
        onChange={onStartChange}
        inputMode="numeric"
        error={startError}
        isRequired
        autoComplete="off"
      />
      <TextField
        label={t('regularisation.new.periodEnd')}
        hint={t('regularisation.date.hint')}
        name="periodEnd"
        value={end}
        onChange={onEndChange}
        inputMode="numeric"
        error={endError}
        isRequired
        autoComplete="off"
      />
    </div>
  );
}
