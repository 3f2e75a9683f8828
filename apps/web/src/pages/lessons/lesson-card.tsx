import { Card } from "@zang/ui";
import { routeHref } from "../../routing/route.ts";
import { LessonStateBadge } from "./lesson-state-badge.tsx";
import type { Lesson } from "./lesson-types.ts";
import { LessonWhen } from "./lesson-when.tsx";

export function LessonCard({ lesson, timeZone }: { lesson: Lesson; timeZone: string }) {
  const href = routeHref({ name: "lesson", classId: lesson.classId, lessonId: lesson.id });
  return (
    <Card
      className="lesson-card"
      headingLevel={3}
      title={
        <a href={href}>
          <bdi>{lesson.title}</bdi>
        </a>
      }
      aside={<LessonStateBadge state={lesson.state} />}
    >
      <LessonWhen lesson={lesson} timeZone={timeZone} />
    </Card>
  );
}
