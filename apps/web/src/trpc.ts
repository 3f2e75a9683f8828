import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createTRPCContext } from "@trpc/tanstack-react-query";
// Types only: the web bundle must never pull in server code.
import type { AppRouter } from "@zang/trpc";
import superjson from "superjson";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function createApiClient({ getToken }: { getToken: () => string | null }) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        // Same origin as the page: the API serves the built client, and Vite proxies /trpc in development.
        url: "/trpc",
        transformer: superjson,
        headers() {
          const token = getToken();
          return token ? { Authorization: `Bearer ${token}` } : {};
        },
      }),
    ],
  });
}
