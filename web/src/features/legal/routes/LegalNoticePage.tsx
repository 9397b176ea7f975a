import { useIntl } from 'react-intl';
import { PublicLayout } from '../../../app/layout/PublicLayout';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { ButtonLink } from '../../../ui/Button';
import styles from './LegalNoticePage.module.css';

/** Sections and their paragraphs, by message id; the text lives in the message files. */
const SECTIONS: { id: string; paragraphs: string[] }[] = [
  { id: 'publisher', paragraphs: ['company', 'address', 'contact', 'director'] },
  { id: 'profession', paragraphs: ['card', 'guarantee', 'insurance', 'mediation'] },
  { id: 'hosting', paragraphs: ['host'] },
  { id: 'privacy', paragraphs: ['controller', 'purposes', 'retention', 'rights'] },
  { id: 'cookies', paragraphs: ['session', 'language'] },
  { id: 'property', paragraphs: ['rights'] },
];

/** "Mentions légales", linked from the sign-in page as in the manual. */
export function LegalNoticePage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'legal.notice.title' });
  useDocumentTitle(title);
  return (
    <PublicLayout isWide>
      <article className={styles.article}>
        <h1 className={styles.title}>{title}</h1>
        <p className={styles.updated}>{intl.formatMessage({ id: 'legal.notice.updated' })}</p>
        {SECTIONS.map((section) => (
          <section key={section.id} className={styles.section} aria-labelledby={`legal-${section.id}`}>
            <h2 id={`legal-${section.id}`} className={styles.heading}>
              {intl.formatMessage({ id: `legal.notice.${section.id}.title` })}
            </h2>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph}>{intl.formatMessage({ id: `legal.notice.${section.id}.${paragraph}` })}</p>
            ))}
          </section>
        ))}
        <div className={styles.back}>
          <ButtonLink to="/" variant="secondary" icon="chevronLeft">
            {intl.formatMessage({ id: 'legal.notice.back' })}
          </ButtonLink>
        </div>
      </article>
    </PublicLayout>
  );
}
