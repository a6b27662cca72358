/** Entry point: Mantine theme, notifications, the query client and the router. */
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './theme/theme.css';
import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError, isFieldError } from './api/client.ts';
import { sessionQuery } from './api/hooks.ts';
import { createAppRouter } from './router.tsx';
import { cssVariablesResolver, theme } from './theme/theme.ts';

function onUnauthenticated(error: unknown) {
  if (!(error instanceof ApiError) || error.status !== 401) return false;
  // The session ended (expired, signed out elsewhere): forget it and let the route guard send us to sign in.
  queryClient.setQueryData(sessionQuery.queryKey, {
    user: null,
    org: null,
    orgs: [],
    csrfToken: null,
    via: null,
  });
  void router.invalidate();
  return true;
}

const queryClient: QueryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
  queryCache: new QueryCache({ onError: onUnauthenticated }),
  mutationCache: new MutationCache({
    onError: (error, _vars, _ctx, mutation) => {
      if (mutation.meta?.inline || onUnauthenticated(error)) return;
      const fields = mutation.meta?.fields ?? [];
      // Errors about a field the form shows are rendered under that field instead.
      if (fields.some((field) => isFieldError(error, field))) return;
      notifications.show({ color: 'red', title: 'That did not work', message: error.message });
    },
    onSuccess: (_data, _vars, _ctx, mutation) => {
      if (mutation.meta?.success) notifications.show({ color: 'teal', message: mutation.meta.success });
    },
  }),
});

const router = createAppRouter(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
