import { Page } from "@zang/ui";
import { ChangePasswordCard } from "../account/change-password-card.tsx";
import { SignOutEverywhereCard } from "../account/sign-out-everywhere-card.tsx";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { DocumentTitle } from "../lib/document-title.tsx";

/** Also the only page a user sees while their school requires a new password. */
export function AccountPage({ mustChangePassword }: { mustChangePassword: boolean }) {
  const { messages } = useI18n();
  return (
    <Page title={messages.account.title} description={mustChangePassword ? messages.session.mustChangePassword : undefined} width="narrow">
      <DocumentTitle page={messages.account.title} />
      <div className="account-page">
        <ChangePasswordCard />
        <SignOutEverywhereCard />
      </div>
    </Page>
  );
}
