import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import styles from './Brand.module.css';

export type BrandProps = {
  to: string;
  hasTagline?: boolean;
};

/** The Palier mark and name, linking home. */
export function Brand({ to, hasTagline = true }: BrandProps) {
  const intl = useIntl();
  return (
    <Link to={to} className={styles.brand} aria-label={intl.formatMessage({ id: 'app.brand.home' })}>
      <svg className={styles.mark} width="34" height="34" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="#ffffff" fillOpacity="0.14" />
        <path d="M9 24V8h8a5 5 0 0 1 0 10h-4v6z" fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinejoin="round" />
        <path d="M13 13h4" stroke="#f08a3c" strokeWidth="2.6" strokeLinecap="round" />
      </svg>
      <span className={styles.words}>
        <span className={styles.name}>{intl.formatMessage({ id: 'app.brand.name' })}</span>
        {hasTagline && <span className={styles.tagline}>{intl.formatMessage({ id: 'app.brand.tagline' })}</span>}
      </span>
    </Link>
  );
}
