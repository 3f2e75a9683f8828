import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { Button, EmptyState, Page } from "@zang/ui";
import { useState } from "react";
import type { Viewer } from "../api-types.ts";
import { ArchivedClassesCard } from "../classes-admin/archived-classes-card.tsx";
import { NewClassForm } from "../classes-admin/new-class-form.tsx";
import { SchoolSettingsForm } from "../classes-admin/school-settings-form.tsx";
import { CLASS_SETTINGS_MESSAGES } from "../classes-admin/class-settings-messages.ts";
import { LoadError } from "../components/load-error.tsx";
import { Loading } from "../components/loading.tsx";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { useDocumentTitle } from "../lib/document-title.tsx";
import { useTRPC } from "../trpc.ts";
import { ClassCard } from "./class-card.tsx";
import { DueSoonCard, ToGradeCard } from "./homework/homework-overview.tsx";

export function ClassesPage({ viewer }: { viewer: Viewer }) {
  const { messages, locale } = useI18n();
  const isAdmin = viewer.role === "admin";
  const [isCreating, setIsCreating] = useState(false);
  const [isEditingSchool, setIsEditingSchool] = useState(false);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Events that came while another page was open were heard by nobody: coming back re-reads the
  // list (showing the one in memory meanwhile).
  const classes = useQuery(trpc.classes.list.queryOptions(undefined, { refetchOnMount: "always" }));
  // Any message in any of the reader's classes changes a badge or a preview: re-read the list
  // (TanStack Query folds a burst of events into one request in flight). A teacher's post may be
  // the notice of new homework: a student's homework card is re-read too.
  const live = useSubscription(
    trpc.messages.onEvent.subscriptionOptions(
      {},
      {
        onData: ({ data }) => {
          void queryClient.invalidateQueries(trpc.classes.list.queryFilter());
          if (viewer.role === "student" && data.kind === "message.created" && data.message.authorRole !== "student") {
            void queryClient.invalidateQueries(trpc.homework.dueSoon.queryFilter());
          }
        },
      },
    ),
  );
  const title = isAdmin ? messages.classes.adminTitle : messages.classes.title;
  // An admin sees every class of the school, and reads none of them as a member: no count.
  useDocumentTitle(title, isAdmin ? 0 : (classes.data ?? []).reduce((sum, classGroup) => sum + classGroup.unreadCount, 0));
  return (
    <Page
      title={title}
      actions={
        isAdmin && (
          <>
            {!isEditingSchool && (
              <Button variant="secondary" onClick={() => setIsEditingSchool(true)}>
                {CLASS_SETTINGS_MESSAGES[locale].school.open}
              </Button>
            )}
            {!isCreating && <Button onClick={() => setIsCreating(true)}>{messages.classes.newClass.open}</Button>}
          </>
        )
      }
    >
      {isEditingSchool && <SchoolSettingsForm school={viewer.school} onClose={() => setIsEditingSchool(false)} />}
      {isCreating && <NewClassForm onCancel={() => setIsCreating(false)} />}
      {viewer.role === "student" && <DueSoonCard timeZone={viewer.school.timeZone} />}
      {viewer.role === "teacher" && <ToGradeCard />}
      {classes.isPending ? (
        <Loading />
      ) : classes.isError ? (
        <LoadError title={messages.classes.loadFailed} error={classes.error} onRetry={() => void classes.refetch()} />
      ) : classes.data.length === 0 ? (
        <EmptyState title={messages.classes.emptyTitle} description={messages.classes.emptyDescription} />
      ) : (
        <ul className="class-list" data-live={live.status === "pending"}>
          {classes.data.map((classGroup) => (
            <li key={classGroup.id}>
              <ClassCard classGroup={classGroup} />
            </li>
          ))}
        </ul>
      )}
      {isAdmin && <ArchivedClassesCard timeZone={viewer.school.timeZone} />}
    </Page>
  );
}
