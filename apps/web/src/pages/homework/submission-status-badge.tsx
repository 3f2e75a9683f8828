import { Badge } from "@zang/ui";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import type { SubmissionStatus } from "./homework-types.ts";

export function SubmissionStatusBadge({ status }: { status: SubmissionStatus }) {
  const { messages } = useI18n();
  const label = messages.homework.status[status];
  switch (status) {
    case "not_submitted":
      return <Badge>{label}</Badge>;
    case "submitted":
    case "graded":
      return <Badge tone="accent">{label}</Badge>;
    case "submitted_late":
      return <Badge tone="warning">{label}</Badge>;
    case "returned":
      return <Badge tone="success">{label}</Badge>;
  }
}
