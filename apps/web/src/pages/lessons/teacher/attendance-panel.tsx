import { useQuery } from "@tanstack/react-query";
import { Button, Card } from "@zang/ui";
import { LoadError } from "../../../components/load-error.tsx";
import { formatTime } from "../../../format/format-date.ts";
import { formatNumber } from "../../../format/format-number.ts";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { useTRPC } from "../../../trpc.ts";
import type { Lesson } from "../lesson-types.ts";
import { AttendanceCsvButton } from "./attendance-csv-button.tsx";

/** Attendance comes from LiveKit's webhooks, which arrive as people come and go: re-read it while live. */
const LIVE_ATTENDANCE_REFRESH_MS = 30_000;

/** Every student of the class, present or not, with their time in the lesson; and the CSV. */
export function AttendancePanel({ lesson, timeZone }: { lesson: Lesson; timeZone: string }) {
  const { locale, messages } = useI18n();
  const text = messages.lessons.attendance;
  const trpc = useTRPC();
  const attendance = useQuery(
    trpc.lessons.attendance.queryOptions({ lessonId: lesson.id }, { staleTime: 0, refetchInterval: lesson.state === "live" ? LIVE_ATTENDANCE_REFRESH_MS : false }),
  );
  const time = (date: Date | null) => (date ? formatTime(date, { locale, timeZone }) : text.none);
  const number = (value: number) => formatNumber(value, locale);
  const report = attendance.data;
  return (
    <Card title={text.title} className="lesson-attendance">
      <div className="lesson-attendance__actions">
        <Button variant="ghost" isBusy={attendance.isFetching} onClick={() => void attendance.refetch()}>
          {text.refresh}
        </Button>
        <AttendanceCsvButton lessonId={lesson.id} />
      </div>
      {attendance.isError ? (
        <LoadError title={text.loadFailed} error={attendance.error} onRetry={() => void attendance.refetch()} />
      ) : report ? (
        <>
          <p className="lesson-attendance__summary">{text.summary(number(report.summary.attended), number(report.summary.students))}</p>
          <div className="lesson-attendance__scroll">
            <table className="lesson-attendance__table">
              <thead>
                <tr>
                  <th scope="col">{text.student}</th>
                  <th scope="col">{text.firstJoined}</th>
                  <th scope="col">{text.lastLeft}</th>
                  <th scope="col">{text.minutes}</th>
                  <th scope="col">{text.sessions}</th>
                  <th scope="col">{text.presentNow}</th>
                </tr>
              </thead>
              <tbody>
                {report.students.map((row) => (
                  <tr key={row.userId}>
                    <th scope="row">
                      <bdi>{row.displayName}</bdi>
                    </th>
                    <td>{time(row.firstJoinedAt)}</td>
                    <td>{time(row.lastLeftAt)}</td>
                    <td>{number(row.totalMinutes)}</td>
                    <td>{number(row.sessionCount)}</td>
                    <td>{row.isPresent ? text.yes : text.no}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </Card>
  );
}
