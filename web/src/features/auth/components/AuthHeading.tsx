import type { ReactNode } from 'react';
import { Icon, type IconName } from '../../../ui/Icon';
import styles from '../auth.module.css';

export type AuthHeadingProps = {
  icon: IconName;
  title: ReactNode;
  intro?: ReactNode;
  /** The signed-in person, above the intro (forced change: "Albert LOCATAIRE"). */
  personName?: string;
};

export function AuthHeading({ icon, title, intro, personName }: AuthHeadingProps) {
  return (
    <div className={styles.heading}>
      <span className={styles.headingIcon}>
        <Icon name={icon} size={26} />
      </span>
      <h1 className={styles.title}>{title}</h1>
      {personName && <p className={styles.person}>{personName}</p>}
      {intro && <p className={styles.intro}>{intro}</p>}
    </div>
  );
}
