import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { PublicLayout } from '../../../app/layout/PublicLayout';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { ButtonLink } from '../../../ui/Button';
import { LoadingState } from '../../../ui/LoadingState';
import styles from './LegalNoticePage.module.css';

// Public: the agency's legal mentions are public information (LCEN art. 6 III, loi Hoguet).
const LegalNoticeQuery = graphql(`
  query LegalNotice($code: String) {
    agencyProfile(code: $code) {
      name
      legalName
      legalForm
      siret
      apeCode
      representativeName
      professionalCardNumber
      professionalCardIssuer
      financialGuarantee
      address
      phone
      email
    }
  }
`);

/** The fixed sections after the agency's own, by message id; their text lives in the message files. */
const FIXED_SECTIONS: { id: string; paragraphs: string[] }[] = [
  { id: 'hosting', paragraphs: ['host'] },
  { id: 'privacy', paragraphs: ['controller', 'purposes', 'retention', 'rights'] },
  { id: 'cookies', paragraphs: ['session', 'language'] },
  { id: 'property', paragraphs: ['rights'] },
];

/** "912 345 678 00011": SIREN by threes, then the NIC. */
export function formatSiret(siret: string): string {
  return /^\d{14}$/.test(siret) ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret;
}

type Paragraph = { key: string; id: string; values?: Record<string, string> };

/**
 * "Mentions légales", linked from the sign-in page as in the manual. The publisher and the
 * regulated activity come from the agency's profile (its managers edit it in the console); a
 * visitor without a session reads the deployment's agency, or the one `?agence=CODE` names.
 */
export function LegalNoticePage() {
  const intl = useIntl();
  const [params] = useSearchParams();
  const { data, error, refetch } = useQuery(LegalNoticeQuery, { variables: { code: params.get('agence') }, fetchPolicy: 'network-only' });
  const title = intl.formatMessage({ id: 'legal.notice.title' });
  useDocumentTitle(title);

  const profile = data?.agencyProfile;
  const publisher: Paragraph[] = [];
  const profession: Paragraph[] = [];
  if (profile) {
    publisher.push({ key: 'company', id: 'legal.notice.publisher.company', values: { company: profile.legalName ?? profile.name } });
    if (profile.legalForm) publisher.push({ key: 'legalForm', id: 'legal.notice.publisher.legalForm', values: { legalForm: profile.legalForm } });
    if (profile.siret) publisher.push({ key: 'siret', id: 'legal.notice.publisher.siret', values: { siret: formatSiret(profile.siret) } });
    if (profile.apeCode) publisher.push({ key: 'ape', id: 'legal.notice.publisher.ape', values: { code: profile.apeCode } });
    // LCEN art. 6 III: the director of the publication; for the agency, the person who runs it ("Mandataire").
    if (profile.representativeName) publisher.push({ key: 'director', id: 'legal.notice.publisher.director', values: { name: profile.representativeName } });
    if (profile.address) publisher.push({ key: 'address', id: 'legal.notice.publisher.address', values: { address: profile.address } });
    if (profile.phone) publisher.push({ key: 'phone', id: 'legal.notice.publisher.phone', values: { phone: profile.phone } });
    if (profile.email) publisher.push({ key: 'email', id: 'legal.notice.publisher.email', values: { email: profile.email } });
    if (profile.professionalCardNumber) {
      profession.push(
        profile.professionalCardIssuer
          ? { key: 'card', id: 'legal.notice.profession.cardIssued', values: { number: profile.professionalCardNumber, issuer: profile.professionalCardIssuer } }
          : { key: 'card', id: 'legal.notice.profession.card', values: { number: profile.professionalCardNumber } },
      );
    }
    if (profile.financialGuarantee) profession.push({ key: 'guarantee', id: 'legal.notice.profession.guarantee', values: { guarantee: profile.financialGuarantee } });
    profession.push({ key: 'mediation', id: 'legal.notice.profession.mediation' });
  }
  const agencyName = profile?.legalName ?? profile?.name ?? '';

  const section = (id: string, paragraphs: Paragraph[]) => (
    <section key={id} className={styles.section} aria-labelledby={`legal-${id}`}>
      <h2 id={`legal-${id}`} className={styles.heading}>
        {intl.formatMessage({ id: `legal.notice.${id}.title` })}
      </h2>
      {paragraphs.map((paragraph) => (
        <p key={paragraph.key}>{intl.formatMessage({ id: paragraph.id }, paragraph.values)}</p>
      ))}
    </section>
  );

  return (
    <PublicLayout isWide>
      <article className={styles.article}>
        <h1 className={styles.title}>{title}</h1>
        <p className={styles.updated}>{intl.formatMessage({ id: 'legal.notice.updated' })}</p>
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
        {!data && !error && <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />}
        {data && !profile && <p>{intl.formatMessage({ id: 'legal.notice.missing' })}</p>}
        {profile && section('publisher', publisher)}
        {profile && section('profession', profession)}
        {profile &&
          FIXED_SECTIONS.map(({ id, paragraphs }) =>
            section(
              id,
              paragraphs.map((paragraph) => ({ key: paragraph, id: `legal.notice.${id}.${paragraph}`, values: { name: agencyName } })),
            ),
          )}
        <div className={styles.back}>
          <ButtonLink to="/" variant="secondary" icon="chevronLeft">
            {intl.formatMessage({ id: 'legal.notice.back' })}
          </ButtonLink>
        </div>
      </article>
    </PublicLayout>
  );
}
