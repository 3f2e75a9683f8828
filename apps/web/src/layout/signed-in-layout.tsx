import { AppShell, Button, LinkButton } from "@zang/ui";
import type { ReactNode } from "react";
import type { Viewer } from "../api-types.ts";
import { useSignOut } from "../auth/use-sign-out.ts";
import { LanguageSwitcher } from "../components/language-switcher.tsx";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { ACTIVITY_MESSAGES } from "../pages/activity/activity-messages.tsx";
import { PEOPLE_MESSAGES } from "../pages/people/people-messages.ts";
import { ROSTER_MESSAGES } from "../pages/roster/roster-messages.ts";
import { routeHref } from "../routing/route.ts";

export function SignedInLayout({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const { messages, locale } = useI18n();
  const { signOut, isSigningOut } = useSignOut();
  const actions = (
    <>
      <span className="header-user">
        <span className="zang-visually-hidden">{messages.header.signedInAs(viewer.displayName)}</span>
        <bdi aria-hidden="true">{viewer.displayName}</bdi>
      </span>
      {viewer.role === "admin" ? (
        <>
          <LinkButton variant="ghost" href={routeHref({ name: "people" })}>
            {PEOPLE_MESSAGES[locale].title}
          </LinkButton>
          <LinkButton variant="ghost" href={routeHref({ name: "roster" })}>
            {ROSTER_MESSAGES[locale].title}
          </LinkButton>
          <LinkButton variant="ghost" href={routeHref({ name: "activity" })}>
            {ACTIVITY_MESSAGES[locale].title}
          </LinkButton>
        </>
      ) : null}
      <LinkButton variant="ghost" href={routeHref({ name: "account" })}>
        {messages.header.account}
      </LinkButton>
      <LanguageSwitcher />
      <Button variant="secondary" isBusy={isSigningOut} onClick={signOut}>
        {messages.header.signOut}
      </Button>
    </>
  );
  return (
    <AppShell title={<a className="header-home" href={routeHref({ name: "classes" })}>{messages.appName}</a>} subtitle={<bdi>{viewer.school.name}</bdi>} actions={actions}>
      {children}
    </AppShell>
  );
}
