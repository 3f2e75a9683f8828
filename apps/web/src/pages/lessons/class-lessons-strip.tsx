import { useQuery } from "@tanstack/react-query";
import { LinkButton } from "@zang/ui";
import { formatDateTime } from "../../format/format-date.ts";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { routeHref } from "../../routing/route.ts";
import { useTRPC } from "../../trpc.ts";
import { useNow } from "../homework/use-now.ts";
import { LessonStateBadge } from "./lesson-state-badge.tsx";
import { lessonsWorthMentioning } from "./lesson-phase.ts";
import type { Lesson } from "./lesson-types.ts";
import "./lessons.css";

const STRIP_REFRESH_MS = 30_000;

/**
 * On the class page: a lesson that is live now, or the next one. It stays silent when there is
 * none, and when lessons are unavailable (not configured on the server): the chat comes first,
 * and the lessons page explains the rest.
 */
export function ClassLessonsStrip({ classId, timeZone }: { classId: string; timeZone: string }) {
  const { messages } = useI18n();
  const trpc = useTRPC();
  const now = useNow();
  const lessons = useQuery(trpc.lessons.list.queryOptions({ classId }, { staleTime: 0, refetchInterval: STRIP_REFRESH_MS }));
  if (!lessons.data) return null;
  const { live, next } = lessonsWorthMentioning(lessons.data, now);
  if (live.length === 0 && !next) return null;
  return (
    <section className="class-lessons" aria-label={messages.lessons.classStrip.label}>
      <ul className="class-lessons__list">
        {live.map((lesson) => (
          <StripItem key={lesson.id} lesson={lesson} timeZone={timeZone} />
        ))}
        {next && <StripItem lesson={next} timeZone={timeZone} />}
      </ul>
    </section>
  );
}

function StripItem({ lesson, timeZone }: { lesson: Lesson; timeZone: string }) {
  const { locale, messages } = useI18n();
  return (
    <li className="class-lessons__item">
      <LessonStateBadge state={lesson.state} />
      <span className="class-lessons__text">
        <bdi className="class-lessons__title">{lesson.title}</bdi>
        {lesson.state === "scheduled" && <span className="class-lessons__time">{formatDateTime(lesson.startsAt, { locale, timeZone })}</span>}
      </span>
      <LinkButton
        variant={lesson.state === "live" ? "primary" : "secondary"}
        href={routeHref({ name: "lesson", classId: lesson.classId, lessonId: lesson.id })}
        // The visible words first, so voice-control users can say what they see.
        aria-label={`${messages.lessons.classStrip.join}: ${lesson.title}`}
      >
        {messages.lessons.classStrip.join}
      </LinkButton>
    </li>
  );
}
