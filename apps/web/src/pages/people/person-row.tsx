import { Badge, Button, classNames, ConfirmChoice, LinkButton } from "@zang/ui";
import { useState } from "react";
import type { SchoolPerson } from "../../api-types.ts";
import { formatNumber } from "../../format/format-number.ts";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { INTL_LOCALES, type Locale } from "../../i18n/locales.ts";
import { isolateText } from "../../lib/isolate-text.ts";
import { routeHref } from "../../routing/route.ts";
import { ACTIVITY_MESSAGES } from "../activity/activity-messages.tsx";
import { PEOPLE_MESSAGES } from "./people-messages.ts";

/** What the row asks to be done: a new login code, or the account turned off or on. */
export type PersonActions = {
  onIssue: () => void;
  onSetActive: (active: boolean) => void;
  isIssuing: boolean;
  isChangingActive: boolean;
};

/**
 * One person found: who they are, their classes, how they sign in, their part of the activity log,
 * and (after a confirmation) a new login code or deactivation; a deactivated account is reactivated.
 */
export function PersonRow({ person, isSelf, actions }: { person: SchoolPerson; isSelf: boolean; actions: PersonActions }) {
  const { locale } = useI18n();
  const text = PEOPLE_MESSAGES[locale];
  const [confirming, setConfirming] = useState<"code" | "deactivate" | null>(null);
  const name = isolateText(person.displayName);
  return (
    <li className={classNames("people-page__person", !person.isActive && "people-page__person--inactive")}>
      <div className="people-page__who">
        <span className="people-page__name">
          <bdi>{person.displayName}</bdi> <bdi className="people-page__username">{person.username}</bdi>
        </span>
        <span className="people-page__details">
          <Badge tone={person.role === "student" ? "neutral" : "accent"}>{text.role[person.role]}</Badge>
          {!person.isActive && <Badge tone="warning">{text.deactivated}</Badge>}
          <span>{classesLine(person, locale)}</span>
          {person.isActive && <span>{text.signIn[person.signIn]}</span>}
        </span>
      </div>
      <div className="people-page__actions">
        <LinkButton variant="ghost" href={routeHref({ name: "activity", personId: person.userId })} aria-label={ACTIVITY_MESSAGES[locale].personActivity(person.displayName)}>
          {ACTIVITY_MESSAGES[locale].personActivityShort}
        </LinkButton>
        {isSelf ? (
          <Badge tone="neutral">{text.you}</Badge>
        ) : confirming ? (
          <ConfirmChoice
            className="people-page__confirm"
            question={confirming === "code" ? text.confirm(name) : text.confirmDeactivate(name)}
            confirmLabel={confirming === "code" ? text.confirmAction : text.confirmDeactivateAction}
            cancelLabel={text.cancel}
            onConfirm={() => {
              setConfirming(null);
              if (confirming === "code") actions.onIssue();
              else actions.onSetActive(false);
            }}
            onCancel={() => setConfirming(null)}
          />
        ) : person.isActive ? (
          <>
            <Button variant="secondary" isBusy={actions.isIssuing} aria-label={text.newCodeFor(person.displayName)} onClick={() => setConfirming("code")}>
              {text.newCode}
            </Button>
            <Button variant="ghost" isBusy={actions.isChangingActive} aria-label={text.deactivateFor(person.displayName)} onClick={() => setConfirming("deactivate")}>
              {text.deactivate}
            </Button>
          </>
        ) : (
          <Button variant="secondary" isBusy={actions.isChangingActive} aria-label={text.reactivateFor(person.displayName)} onClick={() => actions.onSetActive(true)}>
            {text.reactivate}
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
