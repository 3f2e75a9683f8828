import { EmptyState } from "@zang/ui";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { LessonCard } from "./lesson-card.tsx";
import { groupLessons, type LessonGroups } from "./lesson-phase.ts";
import type { Lesson } from "./lesson-types.ts";

const GROUP_ORDER: Array<keyof LessonGroups> = ["live", "upcoming", "past"];

export function LessonList({ lessons, timeZone, isTeacher }: { lessons: Lesson[]; timeZone: string; isTeacher: boolean }) {
  const { messages } = useI18n();
  const text = messages.lessons;
  if (lessons.length === 0) {
    return isTeacher ? <EmptyState title={text.empty.teacher} description={text.empty.teacherHint} /> : <EmptyState title={text.empty.student} description={text.empty.studentHint} />;
  }
  const groups = groupLessons(lessons);
  return (
    <>
      {GROUP_ORDER.filter((group) => groups[group].length > 0).map((group) => (
        <section key={group} className="lesson-group" aria-labelledby={`lesson-group-${group}`}>
          <h2 id={`lesson-group-${group}`} className="lesson-group__title">
            {text.groups[group]}
          </h2>
          <ul className="lesson-list">
            {groups[group].map((lesson) => (
              <li key={lesson.id}>
                <LessonCard lesson={lesson} timeZone={timeZone} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
