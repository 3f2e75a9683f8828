import { Alert, Button } from "@zang/ui";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { trpcErrorCode } from "../lib/trpc-error.ts";

/** A failed load, with a way to try again; network trouble gets its own, more useful, hint. */
export function LoadError({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  const { messages } = useI18n();
  return (
    <Alert tone="error" title={title}>
      <p>{trpcErrorCode(error) === null ? messages.errors.network : messages.errors.unexpected}</p>
      <Button variant="secondary" onClick={onRetry}>
        {messages.retry}
      </Button>
    </Alert>
  );
}
