import type { ReactNode } from "react";
import type { ActivityEntry } from "../../api-types.ts";
import { formatDateTime } from "../../format/format-date.ts";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { routeHref } from "../../routing/route.ts";
import { ACTIVITY_MESSAGES } from "./activity-messages.tsx";
import { describeRosterChanges } from "./roster-import-changes.ts";

/** One line of the log: when (on the school's clock) and a sentence saying who did what to whom, where. */
export function ActivityEntryRow({ entry, timeZone }: { entry: ActivityEntry; timeZone: string }) {
  const { locale } = useI18n();
  const text = ACTIVITY_MESSAGES[locale];
  const at = entry.at;
  const rosterImport = entry.details.rosterImport;
  const sentence = text.sentence[entry.action]({
    actor: personLink(entry.actor, text.someone),
    target: personLink(entry.target, text.someone),
    classLink: entry.class ? (
      <a href={routeHref({ name: "class", classId: entry.class.classId })}>
        <bdi>{entry.class.name}</bdi>
      </a>
    ) : (
      text.someClass
    ),
    role: entry.details.role ?? "student",
    previousRole: entry.details.previousRole ?? "student",
    announcementsOnly: entry.details.postingPolicy === "teachers_only",
    onCommandLine: entry.details.via === "command_line",
    rosterFile: rosterImport ? (
      <a href={routeHref({ name: "roster-job", jobId: rosterImport.jobId })}>
        <bdi>{rosterImport.fileName}</bdi>
      </a>
    ) : null,
    rosterChanges: rosterImport ? describeRosterChanges(rosterImport, text.rosterChange, locale) : "",
    previousName: <bdi>{entry.details.previousName ?? ""}</bdi>,
    schoolChanges: <SchoolChanges changes={entry.details.schoolChanges ?? {}} names={text.schoolSetting} separator={text.rosterChange.join.betweenKinds} />,
  });
  return (
    <li className="activity-page__entry">
      <time className="activity-page__time" dateTime={at.toISOString()}>
        {formatDateTime(at, { locale, timeZone })}
      </time>
      <span className="activity-page__sentence">{sentence}</span>
    </li>
  );
}

/** A name that opens that person's part of the log. */
function personLink(person: ActivityEntry["actor"], someone: string): ReactNode {
  if (!person) return someone;
  return (
    <a href={routeHref({ name: "activity", personId: person.userId })}>
      <bdi>{person.displayName}</bdi>
    </a>
  );
}

/** Each changed setting as "time zone Asia/Tehran → Asia/Kabul", values isolated from the sentence's direction. */
function SchoolChanges({
  changes,
  names,
  separator,
}: {
  changes: NonNullable<ActivityEntry["details"]["schoolChanges"]>;
  names: Record<"name" | "timeZone" | "locale", string>;
  separator: string;
}) {
  const settings = (["name", "timeZone", "locale"] as const).filter((setting) => changes[setting]);
  return settings.map((setting, index) => (
    <span key={setting}>
      {index > 0 && separator}
      {names[setting]} <bdi>{changes[setting]![0]}</bdi> → <bdi>{changes[setting]![1]}</bdi>
    </span>
  ));
}
