import { useIntl } from 'react-intl';
import { Icon } from '../../../ui/Icon';
import { PASSWORD_RULES } from '../password-policy';
import styles from './PasswordChecklist.module.css';

export type PasswordChecklistProps = {
  /** The password being typed: each rule ticks as soon as it holds. */
  password: string;
  /** After a submit attempt, rules still broken turn red. */
  isStrict: boolean;
  /** Lets the password field point at the checklist with aria-describedby. */
  id: string;
};

/** "Politique de mot de passe", as a checklist that follows the typing. */
export function PasswordChecklist({ password, isStrict, id }: PasswordChecklistProps) {
  const intl = useIntl();
  const results = PASSWORD_RULES.map((entry) => ({ rule: entry.rule, isMet: entry.isMet(password) }));
  const metCount = results.filter((result) => result.isMet).length;
  return (
    <div className={styles.box}>
      <p className={styles.title} id={id}>
        {intl.formatMessage({ id: 'auth.policy.title' })}
      </p>
      <ul className={styles.list} aria-labelledby={id}>
        {results.map(({ rule, isMet }) => (
          <li key={rule} className={[styles.rule, isMet ? styles.met : isStrict ? styles.unmet : ''].join(' ')} data-met={isMet}>
            <span className={styles.mark} aria-hidden="true">
              <Icon name={isMet ? 'check' : isStrict ? 'cross' : 'check'} size={14} />
            </span>
            <span>
              {intl.formatMessage({ id: `auth.policy.${rule}` })}
              <span className="visually-hidden">{intl.formatMessage({ id: isMet ? 'auth.policy.met' : 'auth.policy.unmet' })}</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {password === '' ? '' : intl.formatMessage({ id: 'auth.policy.progress' }, { met: metCount, total: results.length })}
      </p>
    </div>
  );
}
