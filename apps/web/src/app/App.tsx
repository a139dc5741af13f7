import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ToastProvider } from '../shared/ui/Toasts';
import { createApolloClient, createSessionExpiryHandler } from './apollo-client';
import { initI18n } from './i18n';
import { createAppRouter } from './router';
import { theme } from './theme';

function createAppServices() {
  const i18n = initI18n();
  let client: ReturnType<typeof createApolloClient> | null = null;
  const onUnauthenticated = createSessionExpiryHandler(() => {
    if (!client) throw new Error('Apollo client not ready');
    return client;
  });
  client = createApolloClient({ onUnauthenticated });
  return { i18n, client, router: createAppRouter() };
}

export function App() {
  // Created once per page load; never stored in React state updates.
  const [services] = useState(createAppServices);
  return (
    <I18nextProvider i18n={services.i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <ApolloProvider client={services.client}>
          <ToastProvider>
            <RouterProvider router={services.router} />
          </ToastProvider>
        </ApolloProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
