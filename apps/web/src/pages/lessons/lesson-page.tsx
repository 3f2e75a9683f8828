import { EmptyState, LinkButton, Page } from "@zang/ui";
import type { Viewer } from "../../api-types.ts";
import { Loading } from "../../components/loading.tsx";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { DocumentTitle } from "../../lib/document-title.tsx";
import { routeHref } from "../../routing/route.ts";
import { LessonLoadError } from "./lesson-load-error.tsx";
import { LessonStateBadge } from "./lesson-state-badge.tsx";
import { LessonWhen } from "./lesson-when.tsx";
import "./lessons.css";
import { StudentLesson } from "./student/student-lesson.tsx";
import { TeacherLesson } from "./teacher/teacher-lesson.tsx";
import { useClassLessons } from "./use-class-lessons.ts";

/** Students waiting for the start (or inside when it ends) should see the change within seconds. */
const LESSON_REFRESH_MS = 5_000;

/** One lesson: the teacher runs it, students join it. */
export function LessonPage({ classId, lessonId, viewer }: { classId: string; lessonId: string; viewer: Viewer }) {
  const { messages } = useI18n();
  const text = messages.lessons;
  // There is no single-lesson query: the class's list is small, and it carries the state we poll.
  const lessons = useClassLessons(classId, { refreshMs: LESSON_REFRESH_MS });
  const lesson = lessons.state === "ready" ? lessons.lessons.find((item) => item.id === lessonId) : undefined;
  const timeZone = viewer.school.timeZone;
  const back = <LinkButton href={routeHref({ name: "lessons", classId })}>{text.backToLessons}</LinkButton>;
  if (lessons.state === "pending") return <Loading />;
  if (lessons.state === "error" || !lesson) {
    return (
      <Page title={text.title} actions={back}>
        <DocumentTitle page={text.title} />
        {lessons.state === "error" ? <LessonLoadError error={lessons.error} onRetry={lessons.retry} /> : <EmptyState title={text.notFound} />}
      </Page>
    );
  }
  return (
    <Page title={<bdi>{lesson.title}</bdi>} description={<bdi>{lessons.classDetail.name}</bdi>} actions={back}>
      <DocumentTitle page={`${lesson.title} · ${lessons.classDetail.name}`} />
      <div className="lesson-summary">
        <LessonStateBadge state={lesson.state} />
        <LessonWhen lesson={lesson} timeZone={timeZone} />
      </div>
      {lessons.classDetail.canModerate ? <TeacherLesson lesson={lesson} timeZone={timeZone} /> : <StudentLesson lesson={lesson} timeZone={timeZone} />}
    </Page>
  );
}
