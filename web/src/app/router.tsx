import { createBrowserRouter, Outlet, ScrollRestoration, type RouteObject } from 'react-router';
import { publicRoutesOf, sessionRoutesOf, spaceMenuOf, spaceRoutesOf } from './compose-features';
import { FEATURES } from './features';
import { SpaceShell } from './layout/SpaceShell';
import { HomeRedirect } from './routes/HomeRedirect';
import { NotFoundPage } from './routes/NotFoundPage';
import { RouteError } from './routes/RouteError';
import { RequireSession } from './session/RequireSession';
import { SPACE_ORDER, SPACE_PATHS } from './spaces';

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
 * The API serves index.html for any path, so each of these survives a reload. Only the frame is
 * written here; every screen comes from a feature manifest (app/features.ts).
 */
export const routes: RouteObject[] = [
  {
    element: <Root />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRedirect /> },
      ...publicRoutesOf(FEATURES),
      {
        element: <RequireSession />,
        children: [
          ...sessionRoutesOf(FEATURES),
          ...SPACE_ORDER.map((space) => ({
            path: SPACE_PATHS[space],
            element: <SpaceShell space={space} menu={spaceMenuOf(FEATURES, space)} />,
            children: spaceRoutesOf(FEATURES, space),
          })),
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
