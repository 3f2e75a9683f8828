import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createTRPCContext } from "@trpc/tanstack-react-query";
// Types only: the web bundle must never pull in server code.
import type { AppRouter } from "@zang/trpc";
import superjson from "superjson";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

// Same origin as the page: the API serves the built client, and Vite proxies /trpc in development.
const API_URL = "/trpc";

export function createApiClient({ getToken }: { getToken: () => string | null }) {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (operation) => operation.type === "subscription",
        // Server-sent events; the link reconnects by itself and resumes from the last event id.
        true: httpSubscriptionLink({
          url: API_URL,
          transformer: superjson,
          // EventSource cannot send an Authorization header, so the token travels as a connection param.
          connectionParams: () => {
            const token = getToken();
            return token ? { token } : {};
          },
        }),
        false: httpBatchLink({
          url: API_URL,
          transformer: superjson,
          headers() {
            const token = getToken();
            return token ? { Authorization: `Bearer ${token}` } : {};
          },
        }),
      }),
    ],
  });
}
