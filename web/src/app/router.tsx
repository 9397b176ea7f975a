import { createBrowserRouter, Navigate, Outlet, ScrollRestoration, type RouteObject } from 'react-router';
import { AccountPage } from '../features/accounts/routes/AccountPage';
import { ManagerAccountPage } from '../features/accounts/routes/ManagerAccountPage';
import { ForcedPasswordChangePage } from '../features/auth/routes/ForcedPasswordChangePage';
import { ForgotPasswordPage } from '../features/auth/routes/ForgotPasswordPage';
import { RedefinePasswordPage } from '../features/auth/routes/RedefinePasswordPage';
import { ResetPasswordPage } from '../features/auth/routes/ResetPasswordPage';
import { SignInPage } from '../features/auth/routes/SignInPage';
import { ClientHomePage } from '../features/client-home/routes/ClientHomePage';
import { PropertiesPage } from '../features/client-home/routes/PropertiesPage';
import { ExpenseListPage } from '../features/expenses/routes/ExpenseListPage';
import { LegalNoticePage } from '../features/legal/routes/LegalNoticePage';
import { BuildingsPage } from '../features/portfolio/routes/BuildingsPage';
import { PeoplePage } from '../features/portfolio/routes/PeoplePage';
import { PersonPage } from '../features/portfolio/routes/PersonPage';
import { SpaceChooserPage } from '../features/spaces/routes/SpaceChooserPage';
import { WorksFundsPage } from '../features/works-funds/routes/WorksFundsPage';
import { SpaceShell } from './layout/SpaceShell';
import { HomeRedirect } from './routes/HomeRedirect';
import { NotFoundPage } from './routes/NotFoundPage';
import { RouteError } from './routes/RouteError';
import { RequireSession } from './session/RequireSession';

function Root() {
  return (
    <>
      <ScrollRestoration />
      <Outlet />
    </>
  );
}

/**
 * French paths, as the e-mailed reset link (`/reinitialiser-mot-de-passe?token=…`) already is.
 * The API serves index.html for any path, so each of these survives a reload.
 */
export const routes: RouteObject[] = [
  {
    element: <Root />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'connexion', element: <SignInPage /> },
      { path: 'mot-de-passe-oublie', element: <ForgotPasswordPage /> },
      { path: 'reinitialiser-mot-de-passe', element: <ResetPasswordPage /> },
      { path: 'changer-mot-de-passe', element: <ForcedPasswordChangePage /> },
      { path: 'mentions-legales', element: <LegalNoticePage /> },
      {
        element: <RequireSession />,
        children: [
          { path: 'espaces', element: <SpaceChooserPage /> },
          {
            path: 'copropriete',
            element: <SpaceShell space="SYNDIC" />,
            children: [
              { index: true, element: <ClientHomePage space="SYNDIC" /> },
              { path: 'compte', element: <AccountPage space="SYNDIC" /> },
              { path: 'biens', element: <PropertiesPage space="SYNDIC" /> },
              { path: 'depenses', element: <ExpenseListPage /> },
              { path: 'fonds-travaux', element: <WorksFundsPage /> },
              { path: 'mot-de-passe', element: <RedefinePasswordPage /> },
            ],
          },
          {
            path: 'gerance',
            element: <SpaceShell space="GERANCE" />,
            children: [
              { index: true, element: <ClientHomePage space="GERANCE" /> },
              { path: 'compte', element: <AccountPage space="GERANCE" /> },
              { path: 'biens', element: <PropertiesPage space="GERANCE" /> },
              { path: 'mot-de-passe', element: <RedefinePasswordPage /> },
            ],
          },
          {
            path: 'gestion',
            element: <SpaceShell space="MANAGEMENT" />,
            children: [
              { index: true, element: <Navigate to="portefeuille" replace /> },
              { path: 'portefeuille', element: <PeoplePage /> },
              { path: 'portefeuille/:personId', element: <PersonPage /> },
              { path: 'portefeuille/:personId/comptes/:accountId', element: <ManagerAccountPage /> },
              { path: 'immeubles', element: <BuildingsPage /> },
              { path: 'mot-de-passe', element: <RedefinePasswordPage /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
