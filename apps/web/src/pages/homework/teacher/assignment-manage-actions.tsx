import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button } from "@zang/ui";
import { useState } from "react";
import { formatDateTime } from "../../../format/format-date.ts";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { routeHref } from "../../../routing/route.ts";
import { useTRPC } from "../../../trpc.ts";
import { homeworkFailureText } from "../homework-failure.ts";
import type { Assignment } from "../homework-types.ts";

type Confirming = "close" | "delete" | null;

/** Edit and delete while nobody has submitted; close at any time. Both ask first. */
export function AssignmentManageActions({ assignment, timeZone, onEdit }: { assignment: Assignment; timeZone: string; onEdit: () => void }) {
  const { locale, messages } = useI18n();
  const text = messages.homework.manage;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.homework.pathFilter());
  const close = useMutation(trpc.homework.close.mutationOptions({ onSuccess: refresh, onSettled: () => setConfirming(null) }));
  const remove = useMutation(
    trpc.homework.delete.mutationOptions({
      onSuccess: async () => {
        window.location.hash = routeHref({ name: "homework", classId: assignment.classId });
        await refresh();
      },
      onSettled: () => setConfirming(null),
    }),
  );
  const isLocked = (assignment.counts?.submitted ?? 0) > 0;
  const failed = close.error ?? remove.error;

  if (confirming) {
    const isClosing = confirming === "close";
    const question = isClosing ? text.confirmClose : text.confirmDelete;
    return (
      <div className="homework-confirm" role="group" aria-label={question}>
        <p className="homework-confirm__question">{question}</p>
        <Button
          variant="danger"
          isBusy={isClosing ? close.isPending : remove.isPending}
          onClick={() => (isClosing ? close.mutate({ assignmentId: assignment.id }) : remove.mutate({ assignmentId: assignment.id }))}
        >
          {isClosing ? text.confirmCloseAction : text.confirmDeleteAction}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(null)}>
          {text.cancel}
        </Button>
      </div>
    );
  }
  return (
    <div className="homework-manage">
      {assignment.closedAt ? (
        <p className="homework-manage__note">{messages.homework.closedOn(formatDateTime(assignment.closedAt, { locale, timeZone }))}</p>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming("close")}>
          {text.close}
        </Button>
      )}
      {isLocked ? (
        <p className="homework-manage__note">{text.locked}</p>
      ) : (
        <>
          <Button variant="secondary" onClick={onEdit}>
            {text.edit}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming("delete")}>
            {text.delete}
          </Button>
        </>
      )}
      {failed && <Alert tone="error" title={homeworkFailureText({ messages, error: failed, conflictText: messages.homework.errors.conflictEdit })} />}
    </div>
  );
}
