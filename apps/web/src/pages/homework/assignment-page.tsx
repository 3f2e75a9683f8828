import { EmptyState, LinkButton, Page } from "@zang/ui";
import type { Viewer } from "../../api-types.ts";
import { LoadError } from "../../components/load-error.tsx";
import { Loading } from "../../components/loading.tsx";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { DocumentTitle } from "../../lib/document-title.tsx";
import { routeHref } from "../../routing/route.ts";
import "./homework.css";
import { StudentAssignment } from "./student/student-assignment.tsx";
import { TeacherAssignment } from "./teacher/teacher-assignment.tsx";
import { useClassHomework } from "./use-class-homework.ts";

/** One assignment: its submissions and grading for teachers, handing in work for students. */
export function AssignmentPage({ classId, assignmentId, viewer }: { classId: string; assignmentId: string; viewer: Viewer }) {
  const { messages } = useI18n();
  const homework = useClassHomework(classId);
  const timeZone = viewer.school.timeZone;
  const assignment = homework.state === "ready" ? (homework.assignments.find((item) => item.id === assignmentId) ?? null) : null;
  const backLink = <LinkButton href={routeHref({ name: "homework", classId })}>{messages.homework.backToHomework}</LinkButton>;
  if (homework.state !== "ready" || !assignment) {
    return (
      <Page title={messages.homework.title} actions={backLink}>
        <DocumentTitle page={messages.homework.title} />
        {homework.state === "pending" ? (
          <Loading />
        ) : homework.state === "error" ? (
          <LoadError title={messages.homework.loadFailed} error={homework.error} onRetry={homework.retry} />
        ) : (
          <EmptyState title={messages.homework.notFound} />
        )}
      </Page>
    );
  }
  return (
    <Page title={<bdi>{assignment.title}</bdi>} description={<bdi>{homework.classDetail.name}</bdi>} actions={backLink}>
      <DocumentTitle page={`${assignment.title} · ${homework.classDetail.name}`} />
      {homework.classDetail.canModerate ? (
        <TeacherAssignment assignment={assignment} timeZone={timeZone} />
      ) : (
        <StudentAssignment assignment={assignment} timeZone={timeZone} />
      )}
    </Page>
  );
}
