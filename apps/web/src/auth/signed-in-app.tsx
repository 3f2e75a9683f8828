import { useQuery } from "@tanstack/react-query";
import { AppShell } from "@zang/ui";
import { lazy, Suspense, useEffect } from "react";
import type { Viewer } from "../api-types.ts";
import { LanguageSwitcher } from "../components/language-switcher.tsx";
import { LoadError } from "../components/load-error.tsx";
import { Loading } from "../components/loading.tsx";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { SignedInLayout } from "../layout/signed-in-layout.tsx";
import { isUnauthorized } from "../lib/trpc-error.ts";
import { AccountPage } from "../pages/account-page.tsx";
import { ActivityPage } from "../pages/activity/activity-page.tsx";
import { ClassPage } from "../pages/class-page.tsx";
import { ClassesPage } from "../pages/classes-page.tsx";
import { AssignmentPage } from "../pages/homework/assignment-page.tsx";
import { HomeworkPage } from "../pages/homework/homework-page.tsx";
import { LessonsPage } from "../pages/lessons/lessons-page.tsx";
import { NotFoundPage } from "../pages/not-found-page.tsx";
import { PeoplePage } from "../pages/people/people-page.tsx";
import { RosterJobPage } from "../pages/roster/roster-job-page.tsx";
import { RosterPage } from "../pages/roster/roster-page.tsx";
import type { Route } from "../routing/route.ts";
import { useRoute } from "../routing/use-route.ts";
import { useTRPC } from "../trpc.ts";

// The lesson room brings livekit-client (most of the bundle): it loads when a lesson is opened.
const LessonPage = lazy(() => import("../pages/lessons/lesson-page.tsx").then((module) => ({ default: module.LessonPage })));

/** Loads who is signed in, then shows the page the URL asks for. */
export function SignedInApp() {
  const { messages, adoptSchoolLocale } = useI18n();
  const trpc = useTRPC();
  const route = useRoute();
  const me = useQuery(trpc.auth.me.queryOptions());
  const schoolLocale = me.data?.school.locale;
  useEffect(() => {
    if (schoolLocale) adoptSchoolLocale(schoolLocale);
  }, [schoolLocale, adoptSchoolLocale]);
  if (me.data) {
    return <SignedInLayout viewer={me.data}>{pageFor(route, me.data)}</SignedInLayout>;
  }
  return (
    <AppShell title={messages.appName} actions={<LanguageSwitcher />}>
      {/* An UNAUTHORIZED answer has already dropped the token (see query-client.ts): the sign-in page follows. */}
      {me.isError && !isUnauthorized(me.error) ? (
        <LoadError title={messages.session.loadFailed} error={me.error} onRetry={() => void me.refetch()} />
      ) : (
        <Loading />
      )}
    </AppShell>
  );
}

function pageFor(route: Route, viewer: Viewer) {
  // A school can require a new password (a one-time code handed out on paper, say): nothing else
  // opens until it is changed.
  if (viewer.mustChangePassword) return <AccountPage mustChangePassword />;
  switch (route.name) {
    case "classes":
      return <ClassesPage viewer={viewer} />;
    case "class":
      return <ClassPage key={route.classId} classId={route.classId} viewer={viewer} />;
    case "account":
      return <AccountPage mustChangePassword={false} />;
    case "homework":
      return <HomeworkPage key={route.classId} classId={route.classId} viewer={viewer} />;
    case "assignment":
      return <AssignmentPage key={route.assignmentId} classId={route.classId} assignmentId={route.assignmentId} viewer={viewer} />;
    case "lessons":
      return <LessonsPage key={route.classId} classId={route.classId} viewer={viewer} />;
    case "lesson":
      return (
        <Suspense fallback={<Loading />}>
          <LessonPage key={route.lessonId} classId={route.classId} lessonId={route.lessonId} viewer={viewer} />
        </Suspense>
      );
    case "roster":
      return viewer.role === "admin" ? <RosterPage /> : <NotFoundPage />;
    case "roster-job":
      return viewer.role === "admin" ? <RosterJobPage key={route.jobId} jobId={route.jobId} /> : <NotFoundPage />;
    case "people":
      return viewer.role === "admin" ? <PeoplePage viewer={viewer} /> : <NotFoundPage />;
    case "activity":
      return viewer.role === "admin" ? <ActivityPage key={route.personId ?? "everyone"} viewer={viewer} personId={route.personId} /> : <NotFoundPage />;
    case "not-found":
      return <NotFoundPage />;
  }
}
