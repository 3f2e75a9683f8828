import { useQuery } from "@tanstack/react-query";
import { AppShell } from "@zang/ui";
import type { Viewer } from "../api-types.ts";
import { LanguageSwitcher } from "../components/language-switcher.tsx";
import { LoadError } from "../components/load-error.tsx";
import { Loading } from "../components/loading.tsx";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { SignedInLayout } from "../layout/signed-in-layout.tsx";
import { isUnauthorized } from "../lib/trpc-error.ts";
import { ClassesPage } from "../pages/classes-page.tsx";
import { NotFoundPage } from "../pages/not-found-page.tsx";
import type { Route } from "../routing/route.ts";
import { useRoute } from "../routing/use-route.ts";
import { useTRPC } from "../trpc.ts";

/** Loads who is signed in, then shows the page the URL asks for. */
export function SignedInApp() {
  const { messages } = useI18n();
  const trpc = useTRPC();
  const route = useRoute();
  const me = useQuery(trpc.auth.me.queryOptions());
  if (me.data) {
    return <SignedInLayout viewer={me.data}>{pageFor(route, me.data)}</SignedInLayout>;
  }
  return (
    <AppShell title={messages.appName} actions={<LanguageSwitcher />}>
      {/* An UNAUTHORIZED answer has already dropped the token (see query-client.ts): the sign-in page follows. */}
      {me.isError && !isUnauthorized(me.error) ? (
        <LoadError title={messages.session.loadFailed} error={me.error} onRetry={() => void me.refetch()} />
      ) : (
        <Loading />
      )}
    </AppShell>
  );
}

function pageFor(route: Route, viewer: Viewer) {
  switch (route.name) {
    case "classes":
      return <ClassesPage viewer={viewer} />;
    case "not-found":
      return <NotFoundPage />;
  }
}
