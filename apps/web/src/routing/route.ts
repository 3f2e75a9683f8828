// Pages are addressed by the URL hash (#/classes), so the API can serve one index.html for every
// page and reloads and shared links keep working without server-side routes. A new page adds a
// variant here and a case in parseRoute, routeHref and the app's switch.
export type Route =
  | { name: "classes" }
  | { name: "class"; classId: string }
  | { name: "account" }
  | { name: "homework"; classId: string }
  | { name: "assignment"; classId: string; assignmentId: string }
  | { name: "lessons"; classId: string }
  | { name: "lesson"; classId: string; lessonId: string }
  | { name: "roster" }
  | { name: "roster-job"; jobId: string }
  | { name: "people" }
  | { name: "activity"; personId?: string }
  | { name: "not-found"; path: string };

export const HOME_ROUTE: Route = { name: "classes" };

/** Class ids are database UUIDs; anything else in that position is a wrong address. */
const CLASS_PATH = /^\/classes\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const HOMEWORK_PATH = /^\/classes\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/homework(?:\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))?$/i;

const LESSONS_PATH = /^\/classes\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/lessons(?:\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))?$/i;

const ROSTER_JOB_PATH = /^\/roster\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The school's activity log, or one person's part of it. */
const ACTIVITY_PATH = /^\/activity(?:\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))?$/i;

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, "").replace(/\/+$/, "") || "/";
  switch (path) {
    case "/":
    case "/classes":
      return { name: "classes" };
    case "/account":
      return { name: "account" };
    case "/roster":
      return { name: "roster" };
    case "/people":
      return { name: "people" };
  }
  const activityMatch = ACTIVITY_PATH.exec(path);
  if (activityMatch) return activityMatch[1] ? { name: "activity", personId: activityMatch[1].toLowerCase() } : { name: "activity" };
  const rosterJobMatch = ROSTER_JOB_PATH.exec(path);
  if (rosterJobMatch) return { name: "roster-job", jobId: rosterJobMatch[1]!.toLowerCase() };
  const classMatch = CLASS_PATH.exec(path);
  if (classMatch) return { name: "class", classId: classMatch[1]!.toLowerCase() };
  const homeworkMatch = HOMEWORK_PATH.exec(path);
  if (homeworkMatch) {
    const classId = homeworkMatch[1]!.toLowerCase();
    const assignmentId = homeworkMatch[2]?.toLowerCase();
    return assignmentId ? { name: "assignment", classId, assignmentId } : { name: "homework", classId };
  }
  const lessonsMatch = LESSONS_PATH.exec(path);
  if (lessonsMatch) {
    const classId = lessonsMatch[1]!.toLowerCase();
    const lessonId = lessonsMatch[2]?.toLowerCase();
    return lessonId ? { name: "lesson", classId, lessonId } : { name: "lessons", classId };
  }
  return { name: "not-found", path };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case "classes":
      return "#/classes";
    case "class":
      return `#/classes/${route.classId}`;
    case "account":
      return "#/account";
    case "homework":
      return `#/classes/${route.classId}/homework`;
    case "assignment":
      return `#/classes/${route.classId}/homework/${route.assignmentId}`;
    case "lessons":
      return `#/classes/${route.classId}/lessons`;
    case "lesson":
      return `#/classes/${route.classId}/lessons/${route.lessonId}`;
    case "roster":
      return "#/roster";
    case "people":
      return "#/people";
    case "roster-job":
      return `#/roster/${route.jobId}`;
    case "activity":
      return route.personId ? `#/activity/${route.personId}` : "#/activity";
    case "not-found":
      return `#${route.path}`;
  }
}
