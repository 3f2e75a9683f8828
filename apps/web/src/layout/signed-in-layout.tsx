import { Alert, AppShell, Button } from "@zang/ui";
import type { ReactNode } from "react";
import type { Viewer } from "../api-types.ts";
import { useSignOut } from "../auth/use-sign-out.ts";
import { LanguageSwitcher } from "../components/language-switcher.tsx";
import { useI18n } from "../i18n/i18n-provider.tsx";

export function SignedInLayout({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const { messages } = useI18n();
  const { signOut, isSigningOut } = useSignOut();
  const actions = (
    <>
      <span className="header-user">
        <span className="zang-visually-hidden">{messages.header.signedInAs(viewer.displayName)}</span>
        <bdi aria-hidden="true">{viewer.displayName}</bdi>
      </span>
      <LanguageSwitcher />
      <Button variant="secondary" isBusy={isSigningOut} onClick={signOut}>
        {messages.header.signOut}
      </Button>
    </>
  );
  return (
    <AppShell title={messages.appName} subtitle={<bdi>{viewer.school.name}</bdi>} actions={actions}>
      {viewer.mustChangePassword && <Alert tone="info" className="must-change-password" title={messages.session.mustChangePassword} />}
      {children}
    </AppShell>
  );
}
