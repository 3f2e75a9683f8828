import { EmptyState } from "@zang/ui";
import { LoadError } from "../../components/load-error.tsx";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { actionFailureOf } from "../../lib/action-failure.ts";
import { LessonsNotConfigured } from "./lessons-not-configured.tsx";

/** A failed load of a class's lessons: unconfigured video, a class the reader cannot see, or trouble. */
export function LessonLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { messages } = useI18n();
  switch (actionFailureOf(error)) {
    case "notConfigured":
      return <LessonsNotConfigured />;
    case "notFound":
    case "forbidden":
      // The server answers alike for a class that does not exist and one the reader is not in.
      return <EmptyState title={messages.conversation.notFound} />;
    default:
      return <LoadError title={messages.lessons.loadFailed} error={error} onRetry={onRetry} />;
  }
}
