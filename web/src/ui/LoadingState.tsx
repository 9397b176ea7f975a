import styles from './LoadingState.module.css';

export type LoadingStateProps = {
  label: string;
  isFullPage?: boolean;
};

export function LoadingState({ label, isFullPage }: LoadingStateProps) {
  return (
    <div className={[styles.loading, isFullPage ? styles.fullPage : ''].join(' ')} role="status" aria-live="polite">
      <span className={styles.spinner} aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
