import { LinkButton, Page } from "@zang/ui";
import type { Viewer } from "../../api-types.ts";
import { LoadError } from "../../components/load-error.tsx";
import { Loading } from "../../components/loading.tsx";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { DocumentTitle } from "../../lib/document-title.tsx";
import { routeHref } from "../../routing/route.ts";
import "./homework.css";
import { StudentHomework } from "./student/student-homework.tsx";
import { TeacherHomework } from "./teacher/teacher-homework.tsx";
import { useClassHomework } from "./use-class-homework.ts";

/** A class's assignments: to manage for its teachers, to do for its students. */
export function HomeworkPage({ classId, viewer }: { classId: string; viewer: Viewer }) {
  const { messages } = useI18n();
  const homework = useClassHomework(classId);
  const timeZone = viewer.school.timeZone;
  return (
    <Page
      title={messages.homework.title}
      description={homework.state === "ready" ? <bdi>{homework.classDetail.name}</bdi> : undefined}
      actions={<LinkButton href={routeHref({ name: "class", classId })}>{messages.homework.backToClass}</LinkButton>}
    >
      <DocumentTitle page={messages.homework.title} />
      {homework.state === "pending" ? (
        <Loading />
      ) : homework.state === "error" ? (
        <LoadError title={messages.homework.loadFailed} error={homework.error} onRetry={homework.retry} />
      ) : homework.classDetail.canModerate ? (
        <TeacherHomework classId={classId} assignments={homework.assignments} timeZone={timeZone} />
      ) : (
        <StudentHomework assignments={homework.assignments} timeZone={timeZone} />
      )}
    </Page>
  );
}
