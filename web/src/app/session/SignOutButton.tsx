import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../gql';
import { Button, type ButtonVariant } from '../../ui/Button';
import { useEndSession } from './end-session';

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export type SignOutButtonProps = {
  variant?: ButtonVariant;
  className?: string;
  /** Lets the shell hide the word on a phone (the icon stays, the name stays for screen readers). */
  labelClassName?: string;
};

/** "Déconnexion": ends the session on the server, then on this device. */
export function SignOutButton({ variant = 'ghost', className, labelClassName }: SignOutButtonProps) {
  const intl = useIntl();
  const [logout] = useMutation(LogoutMutation);
  const endSession = useEndSession();
  const [isBusy, setBusy] = useState(false);

  const signOut = async () => {
    setBusy(true);
    try {
      await logout();
    } catch {
      // Offline or already signed out: the device forgets the session all the same.
    }
    await endSession({ reason: 'signedOut' });
  };

  return (
    <Button variant={variant} icon="logout" onClick={() => void signOut()} isBusy={isBusy} className={className}>
      <span className={labelClassName}>{intl.formatMessage({ id: 'app.shell.signOut' })}</span>
    </Button>
  );
}
