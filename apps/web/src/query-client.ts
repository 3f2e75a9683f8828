import { QueryCache, QueryClient } from "@tanstack/react-query";
import { trpcErrorCode, isUnauthorized } from "./lib/trpc-error.ts";

const TRANSIENT_CODES = new Set(["INTERNAL_SERVER_ERROR", "BAD_GATEWAY", "SERVICE_UNAVAILABLE", "GATEWAY_TIMEOUT"]);

function isTransient(error: unknown): boolean {
  const code = trpcErrorCode(error);
  return code === null || TRANSIENT_CODES.has(code);
}

export function createQueryClient({ onUnauthorized }: { onUnauthorized: () => void }): QueryClient {
  return new QueryClient({
    // Any query refused as UNAUTHORIZED means the session is gone (expired, or signed out
    // everywhere); mutations are left alone because a failed sign-in is also UNAUTHORIZED.
    queryCache: new QueryCache({
      onError(error) {
        if (isUnauthorized(error)) onUnauthorized();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retrying an answer the server gave on purpose (forbidden, not found) only delays it;
        // only network trouble and server faults are worth another try.
        retry: (failureCount, error) => isTransient(error) && failureCount < 2,
      },
    },
  });
}
