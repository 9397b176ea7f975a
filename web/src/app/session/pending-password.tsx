import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';

/**
 * The temporary password typed at sign-in, kept in memory only (never stored) until the forced
 * change: the API needs it as `currentPassword`, and the manual's screen asks only for the new
 * password and its confirmation. After a reload it is gone and the screen asks for it.
 */
type PendingPassword = { read: () => string | null; remember: (password: string) => void; forget: () => void };

const PendingPasswordContext = createContext<PendingPassword | null>(null);

export type PendingPasswordProviderProps = { children: ReactNode };

export function PendingPasswordProvider({ children }: PendingPasswordProviderProps) {
  const ref = useRef<string | null>(null);
  const value = useMemo<PendingPassword>(
    () => ({
      read: () => ref.current,
      remember: (password) => {
        ref.current = password;
      },
      forget: () => {
        ref.current = null;
      },
    }),
    [],
  );
  return <PendingPasswordContext.Provider value={value}>{children}</PendingPasswordContext.Provider>;
}

export function usePendingPassword(): PendingPassword {
  const value = useContext(PendingPasswordContext);
  if (!value) throw new Error('usePendingPassword must be used inside <PendingPasswordProvider>');
  return value;
}
