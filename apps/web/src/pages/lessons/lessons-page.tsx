import { Button, LinkButton, Page } from "@zang/ui";
import { useState } from "react";
import type { Viewer } from "../../api-types.ts";
import { Loading } from "../../components/loading.tsx";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { DocumentTitle } from "../../lib/document-title.tsx";
import { routeHref } from "../../routing/route.ts";
import { LessonList } from "./lesson-list.tsx";
import { LessonLoadError } from "./lesson-load-error.tsx";
import "./lessons.css";
import { ScheduleLessonForm } from "./schedule-lesson-form.tsx";
import { useClassLessons } from "./use-class-lessons.ts";

/** Often enough that "live" shows up about when the teacher starts; the lesson page itself polls faster. */
const LIST_REFRESH_MS = 15_000;

/** A class's video lessons: to schedule and run for its teachers, to join for its students. */
export function LessonsPage({ classId, viewer }: { classId: string; viewer: Viewer }) {
  const { messages } = useI18n();
  const text = messages.lessons;
  const lessons = useClassLessons(classId, { refreshMs: LIST_REFRESH_MS });
  const [isScheduling, setIsScheduling] = useState(false);
  const timeZone = viewer.school.timeZone;
  return (
    <Page
      title={text.title}
      description={lessons.state === "ready" ? <bdi>{lessons.classDetail.name}</bdi> : undefined}
      actions={<LinkButton href={routeHref({ name: "class", classId })}>{text.backToClass}</LinkButton>}
    >
      <DocumentTitle page={text.title} />
      {lessons.state === "pending" ? (
        <Loading />
      ) : lessons.state === "error" ? (
        <LessonLoadError error={lessons.error} onRetry={lessons.retry} />
      ) : (
        <div className="lessons-stack">
          {lessons.classDetail.canModerate && !isScheduling && (
            <div className="lessons-toolbar">
              <Button onClick={() => setIsScheduling(true)}>{text.schedule.open}</Button>
            </div>
          )}
          {isScheduling && <ScheduleLessonForm classId={classId} timeZone={timeZone} onDone={() => setIsScheduling(false)} />}
          <LessonList lessons={lessons.lessons} timeZone={timeZone} isTeacher={lessons.classDetail.canModerate} />
        </div>
      )}
    </Page>
  );
}
