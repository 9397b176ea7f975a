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
  const name = intl.formatMessage({ id: 'app.brand.name' });
  const tagline = intl.formatMessage({ id: 'app.brand.tagline' });
  // The link's name starts with the words it shows (WCAG 2.5.3, label in name), then says where it leads.
  const label = intl.formatMessage({ id: 'app.brand.home' }, { brand: hasTagline ? `${name} ${tagline}` : name });
  return (
    <Link to={to} className={styles.brand} aria-label={label}>
      <svg className={styles.mark} width="34" height="34" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="#ffffff" fillOpacity="0.14" />
        <path d="M9 24V8h8a5 5 0 0 1 0 10h-4v6z" fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinejoin="round" />
        <path d="M13 13h4" stroke="#f08a3c" strokeWidth="2.6" strokeLinecap="round" />
      </svg>
      <span className={styles.words}>
        <span className={styles.name}>{name}</span>
        {/* Two words to the accessibility tree (and to label-in-name checks), not one. */}
        {hasTagline && ' '}
        {hasTagline && <span className={styles.tagline}>{tagline}</span>}
      </span>
    </Link>
  );
}
