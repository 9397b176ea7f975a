import { Link } from 'react-router';
import styles from './BuildingSections.module.css';

export type PersonLinkProps = { person: { id: string; displayName: string } };

/** A person's name opening their record in the manager's portfolio. */
export function PersonLink({ person }: PersonLinkProps) {
  return (
    <Link to={`/gestion/portefeuille/${encodeURIComponent(person.id)}`} className={styles.personLink}>
      {person.displayName}
    </Link>
  );
}
