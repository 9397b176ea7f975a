import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Badge } from '../../../ui/Badge';
import { ResolutionResult } from './ResolutionResult';
import styles from './Agenda.module.css';

export const Agenda_resolution = graphql(`
  fragment Agenda_resolution on Resolution {
    id
    number
    title
    text
    majority
    amended
    allocationKey {
      id
      code
      label
    }
    result {
      ...ResolutionResult_result
    }
  }
`);

export type AgendaProps = { resolutions: FragmentType<typeof Agenda_resolution>[] };

/**
 * The agenda in order ("5" before "5.1"): each question with the majority it is put to and the
 * key its shares come from; the result appears once the API gives it (minutes published).
 */
export function Agenda({ resolutions }: AgendaProps) {
  const intl = useIntl();
  const rows = useFragment(Agenda_resolution, resolutions);
  return (
    <ol className={styles.list}>
      {rows.map((resolution) => (
        <li key={resolution.id} className={resolution.number.includes('.') ? `${styles.item} ${styles.sub}` : styles.item}>
          <h3 className={styles.title}>{intl.formatMessage({ id: 'assemblies.resolution.heading' }, { number: resolution.number, title: resolution.title })}</h3>
          <p className={styles.meta}>
            <Badge tone="neutral">{intl.formatMessage({ id: `assemblies.majority.${resolution.majority}` })}</Badge>
            {resolution.allocationKey && (
              <span>{intl.formatMessage({ id: 'assemblies.resolution.key' }, { code: resolution.allocationKey.code, label: resolution.allocationKey.label })}</span>
            )}
            {resolution.amended && <Badge tone="warning">{intl.formatMessage({ id: 'assemblies.resolution.amended' })}</Badge>}
          </p>
          {resolution.text && <p className={styles.text}>{resolution.text}</p>}
          {resolution.result && <ResolutionResult result={resolution.result} />}
        </li>
      ))}
    </ol>
  );
}
