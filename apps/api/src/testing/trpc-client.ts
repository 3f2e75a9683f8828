// A Node tRPC client like the browser's: queries and mutations over HTTP, subscriptions over SSE
// with the session token as a connection parameter.
import { createTRPCClient, httpLink, httpSubscriptionLink, splitLink } from "@trpc/client";
import type { AppRouter } from "@zang/trpc";
import { EventSource } from "eventsource";
import superjson from "superjson";

export function createNodeClient({ url, subscriptionUrl = url, token }: { url: string; subscriptionUrl?: string; token?: string }) {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === "subscription",
        true: httpSubscriptionLink({
          url: `${subscriptionUrl}/trpc`,
          transformer: superjson,
          EventSource,
          connectionParams: () => (token ? { token } : {}),
        }),
        false: httpLink({ url: `${url}/trpc`, transformer: superjson, headers: () => (token ? { authorization: `Bearer ${token}` } : {}) }),
      }),
    ],
  });
}
