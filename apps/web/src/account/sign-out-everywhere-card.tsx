import { Alert, Button, Card, ConfirmChoice } from "@zang/ui";
import { useState } from "react";
import { useSignOutEverywhere } from "../auth/use-sign-out.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { trpcErrorCode } from "../lib/trpc-error.ts";

export function SignOutEverywhereCard() {
  const { messages } = useI18n();
  const text = messages.account.signOutEverywhere;
  const { signOutEverywhere, isSigningOutEverywhere, error } = useSignOutEverywhere();
  const [isConfirming, setIsConfirming] = useState(false);
  return (
    <Card title={text.title}>
      <p>{text.description}</p>
      {error && <Alert tone="error" title={trpcErrorCode(error) === null ? messages.errors.network : messages.errors.unexpected} />}
      {isConfirming ? (
        <ConfirmChoice
          question={text.confirm}
          confirmLabel={text.confirmAction}
          cancelLabel={text.cancel}
          isBusy={isSigningOutEverywhere}
          onConfirm={signOutEverywhere}
          onCancel={() => setIsConfirming(false)}
        />
      ) : (
        <Button variant="secondary" onClick={() => setIsConfirming(true)}>
          {text.action}
        </Button>
      )}
    </Card>
  );
}
