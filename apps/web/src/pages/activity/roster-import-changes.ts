import type { ActivityEntry } from "../../api-types.ts";
import { formatNumber } from "../../format/format-number.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { ActivityMessages } from "./activity-messages.tsx";

type RosterImportSummary = NonNullable<ActivityEntry["details"]["rosterImport"]>;

const KINDS = ["users", "classes", "enrollments"] as const;
const CHANGES = ["created", "updated", "deactivated"] as const;

/**
 * What an import changed, in words: only the counts that are not zero, grouped by kind
 * ("accounts: 120 added, 3 changed; classes: 5 added"), or that nothing changed.
 */
export function describeRosterChanges(summary: RosterImportSummary, words: ActivityMessages["rosterChange"], locale: Locale): string {
  const parts: string[] = [];
  for (const kind of KINDS) {
    const counts = summary.changes[kind];
    const changed = CHANGES.filter((change) => counts[change] > 0).map((change) => words[kind][change](formatNumber(counts[change], locale)));
    if (changed.length > 0) parts.push(words[kind].label + words.join.label + changed.join(words.join.inKind));
  }
  if (summary.loginCodes > 0) parts.push(words.loginCodes(formatNumber(summary.loginCodes, locale)));
  return parts.length > 0 ? parts.join(words.join.betweenKinds) : words.nothing;
}
