import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo';
import { LocaleProvider } from './i18n/locale';
import { createAppRouter } from './router';
import { PendingPasswordProvider } from './session/pending-password';

/** The shell: language, API client, the in-memory pending password, routes. */
export function App() {
  const [client] = useState(createApolloClient);
  const [router] = useState(createAppRouter);
  return (
    <LocaleProvider>
      <ApolloProvider client={client}>
        <PendingPasswordProvider>
          <RouterProvider router={router} />
        </PendingPasswordProvider>
      </ApolloProvider>
    </LocaleProvider>
  );
}
