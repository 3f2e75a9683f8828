import { QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { clearSessionToken, readSessionToken } from "./auth/session.ts";
import { I18nProvider } from "./i18n/i18n-provider.tsx";
import { createQueryClient } from "./query-client.ts";
import { createApiClient, TRPCProvider } from "./trpc.ts";

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => createQueryClient({ onUnauthorized: clearSessionToken }));
  const [apiClient] = useState(() => createApiClient({ getToken: readSessionToken }));
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={apiClient} queryClient={queryClient}>
          {children}
        </TRPCProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
