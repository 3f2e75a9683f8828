import { Badge } from "@zang/ui";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import type { LessonState } from "./lesson-types.ts";

export function LessonStateBadge({ state }: { state: LessonState }) {
  const { messages } = useI18n();
  const label = messages.lessons.state[state];
  switch (state) {
    case "scheduled":
      return <Badge tone="accent">{label}</Badge>;
    case "live":
      return <Badge tone="success">{label}</Badge>;
    case "ended":
      return <Badge>{label}</Badge>;
  }
}
