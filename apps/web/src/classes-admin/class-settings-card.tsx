import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, ConfirmChoice, TextField } from "@zang/ui";
import { useState, type FormEvent } from "react";
import type { ClassDetail } from "../api-types.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { actionFailureText, sameRefusalText } from "../lib/action-failure.ts";
import { routeHref } from "../routing/route.ts";
import { useTRPC } from "../trpc.ts";
import { CLASS_SETTINGS_MESSAGES } from "./class-settings-messages.ts";
import "./classes-admin.css";

/** For school admins, beside a class's conversation: rename it, or archive it. */
export function ClassSettingsCard({ classDetail }: { classDetail: ClassDetail }) {
  const { messages, locale } = useI18n();
  const text = CLASS_SETTINGS_MESSAGES[locale];
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(classDetail.name);
  const [grade, setGrade] = useState(classDetail.grade ?? "");
  const [nameMissing, setNameMissing] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const refresh = () =>
    Promise.all([queryClient.invalidateQueries(trpc.classes.get.queryFilter({ classId: classDetail.id })), queryClient.invalidateQueries(trpc.classes.list.queryFilter())]);
  const rename = useMutation(trpc.classes.rename.mutationOptions({ onSuccess: refresh }));
  const archive = useMutation(
    trpc.classes.setArchived.mutationOptions({
      onSuccess: async () => {
        await Promise.all([queryClient.invalidateQueries(trpc.classes.list.queryFilter()), queryClient.invalidateQueries(trpc.classes.archived.queryFilter())]);
        window.location.hash = routeHref({ name: "classes" });
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (rename.isPending) return;
    const trimmed = name.trim();
    setNameMissing(trimmed === "");
    if (trimmed !== "") rename.mutate({ classId: classDetail.id, name: trimmed, grade: grade.trim() || null });
  }

  return (
    <Card title={text.title} className="class-settings-card">
      <form className="stacked-form" noValidate onSubmit={onSubmit}>
        {rename.isError && <Alert tone="error" title={actionFailureText({ messages, error: rename.error, texts: sameRefusalText(text.saveFailed) })} />}
        {rename.isSuccess && <Alert tone="info" title={text.saved} />}
        <TextField label={text.name} name="className" maxLength={100} dir="auto" value={name} error={nameMissing ? text.nameMissing : undefined} onChange={(event) => setName(event.target.value)} />
        <TextField label={text.grade} name="classGrade" maxLength={20} dir="auto" value={grade} onChange={(event) => setGrade(event.target.value)} />
        <div className="stacked-form__actions">
          <Button type="submit" isBusy={rename.isPending}>
            {text.save}
          </Button>
        </div>
      </form>
      {archive.isError && <Alert tone="error" title={actionFailureText({ messages, error: archive.error, texts: sameRefusalText(text.archiveFailed) })} />}
      {isConfirming ? (
        <ConfirmChoice
          question={text.archiveQuestion(classDetail.name)}
          confirmLabel={text.archiveConfirm}
          cancelLabel={text.cancel}
          isBusy={archive.isPending}
          onConfirm={() => archive.mutate({ classId: classDetail.id, archived: true })}
          onCancel={() => setIsConfirming(false)}
        />
      ) : (
        <Button variant="secondary" onClick={() => setIsConfirming(true)}>
          {text.archive}
        </Button>
      )}
    </Card>
  );
}
