import { useIntl } from 'react-intl';
import { LOCALES, useLocale, type Locale } from '../i18n/locale';
import styles from './LanguageSwitch.module.css';

const SHORT: Record<Locale, string> = { fr: 'FR', en: 'EN' };
/** Each language names itself in its own language. */
const NATIVE: Record<Locale, string> = { fr: 'Français', en: 'English' };

/** FR | EN; the choice is remembered on the device. */
export function LanguageSwitch() {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  return (
    <div className={styles.group} role="group" aria-label={intl.formatMessage({ id: 'app.language.label' })}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className={styles.option}
          aria-pressed={option === locale}
          // Starts with the letters it shows (WCAG 2.5.3, label in name): "FR, Français".
          aria-label={`${SHORT[option]}, ${NATIVE[option]}`}
          title={NATIVE[option]}
          onClick={() => setLocale(option)}
        >
          {SHORT[option]}
        </button>
      ))}
    </div>
  );
}
