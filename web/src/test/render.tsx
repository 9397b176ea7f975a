import { ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { Observable } from 'rxjs';
import { createApolloClient } from '../app/apollo';
import { LocaleProvider, type Locale } from '../app/i18n/locale';
import { PendingPasswordProvider } from '../app/session/pending-password';

/** A GraphQL answer as the API sends it: data, errors, or both. */
export type ScriptedResult = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/** Answers operations by name; records every call so that tests can check the variables sent. */
export type Script = Record<string, (variables: Record<string, unknown>) => ScriptedResult>;

export function scriptedLink(script: Script, calls: { operationName: string; variables: Record<string, unknown> }[] = []) {
  return new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const handler = script[operation.operationName ?? ''];
        calls.push({ operationName: operation.operationName ?? '', variables: operation.variables });
        if (!handler) {
          observer.error(new Error(`No scripted answer for ${operation.operationName}`));
          return;
        }
        observer.next(handler(operation.variables) as never);
        observer.complete();
      }),
  );
}

/** A GraphQL error as the API formats it. */
export function apiError(code: string, extensions: Record<string, unknown> = {}) {
  return { message: code, extensions: { code, ...extensions } };
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname}</output>;
}

export type RenderRouteOptions = {
  path: string;
  initialPath?: string;
  script?: Script;
  locale?: Locale;
};

/**
 * Renders one screen the way the app does (language, Apollo, pending password, router); other
 * paths render a probe that shows where the screen navigated to.
 */
export function renderRoute(element: ReactElement, { path, initialPath, script = {}, locale = 'fr' }: RenderRouteOptions) {
  const calls: { operationName: string; variables: Record<string, unknown> }[] = [];
  const client = createApolloClient({ link: scriptedLink(script, calls) });
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '*', element: <LocationProbe /> },
    ],
    { initialEntries: [initialPath ?? path] },
  );
  const result = render(
    <LocaleProvider initialLocale={locale}>
      <ApolloProvider client={client}>
        <PendingPasswordProvider>
          <RouterProvider router={router} />
        </PendingPasswordProvider>
      </ApolloProvider>
    </LocaleProvider>,
  );
  return { ...result, client, router, calls };
}
