import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { Link } from 'react-router';
import { Icon, type IconName } from './Icon';
import styles from './Button.module.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

type CommonProps = {
  children: ReactNode;
  variant?: ButtonVariant;
  icon?: IconName;
  /** Full width (forms on a phone). */
  isBlock?: boolean;
  className?: string;
};

function classes({ variant = 'primary', isBlock, className }: Pick<CommonProps, 'variant' | 'isBlock' | 'className'>) {
  return [styles.button, styles[variant], isBlock ? styles.block : '', className ?? ''].filter(Boolean).join(' ');
}

export type ButtonProps = CommonProps & {
  type?: 'button' | 'submit';
  onClick?: ButtonHTMLAttributes<HTMLButtonElement>['onClick'];
  isDisabled?: boolean;
  /** Shows a spinner and blocks a second submission while a request runs. */
  isBusy?: boolean;
  ref?: Ref<HTMLButtonElement>;
  'aria-describedby'?: string;
  /** The id of the form it submits when it sits outside it (a dialog's footer). */
  form?: string;
};

export function Button({ children, variant, icon, isBlock, className, type = 'button', onClick, isDisabled, isBusy, ref, form, ...aria }: ButtonProps) {
  return (
    <button
      ref={ref}
      type={type}
      form={form}
      className={classes({ variant, isBlock, className })}
      onClick={onClick}
      disabled={isDisabled || isBusy}
      aria-busy={isBusy || undefined}
      aria-describedby={aria['aria-describedby']}
    >
      {isBusy ? <span className={styles.spinner} aria-hidden="true" /> : icon && <Icon name={icon} />}
      {children}
    </button>
  );
}

export type ButtonLinkProps = CommonProps & {
  to: string;
  state?: unknown;
};

/** A link that looks like a button (navigation, not an action). */
export function ButtonLink({ children, variant, icon, isBlock, className, to, state }: ButtonLinkProps) {
  return (
    <Link to={to} state={state} className={classes({ variant, isBlock, className })}>
      {icon && <Icon name={icon} />}
      {children}
    </Link>
  );
}

export type ButtonAnchorProps = CommonProps & {
  /** A same-origin file (a PDF, a CSV) that the session cookie authorises. */
  href: string;
  /** Save the file instead of opening it. */
  isDownload?: boolean;
};

/** A plain link that looks like a button: downloads and files, outside the router. */
export function ButtonAnchor({ children, variant, icon, isBlock, className, href, isDownload }: ButtonAnchorProps) {
  return (
    <a href={href} download={isDownload || undefined} className={classes({ variant, isBlock, className })}>
      {icon && <Icon name={icon} />}
      {children}
    </a>
  );
}
