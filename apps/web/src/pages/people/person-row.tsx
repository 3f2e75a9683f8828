import { Badge, Button, ConfirmChoice, LinkButton } from "@zang/ui";
import { useState } from "react";
import type { SchoolPerson } from "../../api-types.ts";
import { formatNumber } from "../../format/format-number.ts";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { INTL_LOCALES, type Locale } from "../../i18n/locales.ts";
import { isolateText } from "../../lib/isolate-text.ts";
import { routeHref } from "../../routing/route.ts";
import { ACTIVITY_MESSAGES } from "../activity/activity-messages.tsx";
import { PEOPLE_MESSAGES } from "./people-messages.ts";

/** One person found: who they are, their classes, how they sign in, their part of the activity log, and (after a confirmation) a new login code. */
export function PersonRow({ person, isSelf, isIssuing, onIssue }: { person: SchoolPerson; isSelf: boolean; isIssuing: boolean; onIssue: () => void }) {
  const { locale } = useI18n();
  const text = PEOPLE_MESSAGES[locale];
  const [isConfirming, setIsConfirming] = useState(false);
  return (
    <li className="people-page__person">
      <div className="people-page__who">
        <span className="people-page__name">
          <bdi>{person.displayName}</bdi> <bdi className="people-page__username">{person.username}</bdi>
        </span>
        <span className="people-page__details">
          <Badge tone={person.role === "student" ? "neutral" : "accent"}>{text.role[person.role]}</Badge>
          <span>{classesLine(person, locale)}</span>
          <span>{text.signIn[person.signIn]}</span>
        </span>
      </div>
      <div className="people-page__actions">
        <LinkButton variant="ghost" href={routeHref({ name: "activity", personId: person.userId })} aria-label={ACTIVITY_MESSAGES[locale].personActivity(person.displayName)}>
          {ACTIVITY_MESSAGES[locale].personActivityShort}
        </LinkButton>
        {isSelf ? (
          <Badge tone="neutral">{text.you}</Badge>
        ) : isConfirming ? (
          <ConfirmChoice
            className="people-page__confirm"
            question={text.confirm(isolateText(person.displayName))}
            confirmLabel={text.confirmAction}
            cancelLabel={text.cancel}
            onConfirm={() => {
              setIsConfirming(false);
              onIssue();
            }}
            onCancel={() => setIsConfirming(false)}
          />
        ) : (
          <Button variant="secondary" isBusy={isIssuing} aria-label={text.newCodeFor(person.displayName)} onClick={() => setIsConfirming(true)}>
            {text.newCode}
          </Button>
        )}
      </div>
    </li>
  );
}

/** A person's first classes and how many more. */
function classesLine(person: SchoolPerson, locale: Locale): string {
  const text = PEOPLE_MESSAGES[locale];
  if (person.classCount === 0) return text.noClasses;
  const names = new Intl.ListFormat(INTL_LOCALES[locale], { style: "narrow", type: "unit" }).format(person.classNames.map(isolateText));
  const more = person.classCount - person.classNames.length;
  return more > 0 ? text.classesAndMore(names, formatNumber(more, locale)) : names;
}
