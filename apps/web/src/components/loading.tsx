import { Spinner } from "@zang/ui";
import { useI18n } from "../i18n/i18n-provider.tsx";

export function Loading() {
  const { messages } = useI18n();
  return (
    <div className="loading">
      <Spinner label={messages.loading} />
    </div>
  );
}
