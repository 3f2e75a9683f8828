import { Page } from "@zang/ui";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { DocumentTitle } from "../lib/document-title.tsx";
import { HOME_ROUTE, routeHref } from "../routing/route.ts";

export function NotFoundPage() {
  const { messages } = useI18n();
  return (
    <Page title={messages.notFound.title} description={messages.notFound.description}>
      <DocumentTitle page={messages.notFound.title} />
      <a href={routeHref(HOME_ROUTE)}>{messages.notFound.backToClasses}</a>
    </Page>
  );
}
