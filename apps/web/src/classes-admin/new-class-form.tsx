import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Card, TextField } from "@zang/ui";
import { useState, type FormEvent } from "react";
import { FormActions } from "../components/form-actions.tsx";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { actionFailureText, sameRefusalText } from "../lib/action-failure.ts";
import { routeHref } from "../routing/route.ts";
import { useTRPC } from "../trpc.ts";
import "./classes-admin.css";

/** For school admins: a class by hand (rosters bring them in bulk); its page opens next, to add people. */
export function NewClassForm({ onCancel }: { onCancel: () => void }) {
  const { messages } = useI18n();
  const text = messages.classes.newClass;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [grade, setGrade] = useState("");
  const [nameMissing, setNameMissing] = useState(false);
  const create = useMutation(
    trpc.classes.create.mutationOptions({
      onSuccess: async (created) => {
        await queryClient.invalidateQueries(trpc.classes.list.queryFilter());
        window.location.hash = routeHref({ name: "class", classId: created.id });
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const trimmed = name.trim();
    setNameMissing(trimmed === "");
    if (trimmed === "") return;
    create.mutate({ name: trimmed, grade: grade.trim() || null });
  }

  return (
    <Card title={text.title} className="new-class-card">
      <form className="stacked-form" noValidate onSubmit={onSubmit}>
        {create.isError && (
          <Alert
            tone="error"
            title={actionFailureText({ messages, error: create.error, texts: sameRefusalText(text.failed) })}
          />
        )}
        <div className="stacked-form__row">
          <TextField label={text.name} name="name" maxLength={100} dir="auto" value={name} error={nameMissing ? text.nameMissing : undefined} onChange={(event) => setName(event.target.value)} />
          <TextField label={text.grade} name="grade" maxLength={20} dir="auto" hint={text.gradeHint} value={grade} onChange={(event) => setGrade(event.target.value)} />
        </div>
        <FormActions submitLabel={text.submit} isBusy={create.isPending} cancelLabel={text.cancel} onCancel={onCancel} />
      </form>
    </Card>
  );
}
