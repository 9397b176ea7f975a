import type { FeatureManifest, MenuEntry } from '../../app/feature-manifest';
import { ForcedPasswordChangePage } from './routes/ForcedPasswordChangePage';
import { ForgotPasswordPage } from './routes/ForgotPasswordPage';
import { RedefinePasswordPage } from './routes/RedefinePasswordPage';
import { ResetPasswordPage } from './routes/ResetPasswordPage';
import { SignInPage } from './routes/SignInPage';

// The manual lists "Redéfinir mon mot de passe" in every space's menu; here it is about the person,
// so it sits in the person menu (and leaves the phone's tab bar to the space's own pages).
const passwordEntry: MenuEntry = { path: 'mot-de-passe', labelId: 'auth.nav.password', shortLabelId: 'auth.nav.short.password', icon: 'key', order: 90, placement: 'person' };
const passwordSpace = { routes: [{ path: 'mot-de-passe', element: <RedefinePasswordPage /> }], menu: [passwordEntry] };

/**
 * Sign-in, forgotten password, the e-mailed reset link and the forced change are open without a
 * session; the voluntary change lives in every space. The reset link's path is in e-mails
 * already sent: it must not change.
 */
export const authFeature: FeatureManifest = {
  name: 'auth',
  publicRoutes: [
    { path: 'connexion', element: <SignInPage /> },
    { path: 'mot-de-passe-oublie', element: <ForgotPasswordPage /> },
    { path: 'reinitialiser-mot-de-passe', element: <ResetPasswordPage /> },
    // Outside the session guard: the guard itself sends a temporary password here.
    { path: 'changer-mot-de-passe', element: <ForcedPasswordChangePage /> },
  ],
  spaces: { SYNDIC: passwordSpace, GERANCE: passwordSpace, MANAGEMENT: passwordSpace },
};
