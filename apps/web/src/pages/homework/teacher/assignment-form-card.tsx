import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Card, Checkbox, TextArea, TextField } from "@zang/ui";
import { useState, type FormEvent } from "react";
import { FormActions } from "../../../components/form-actions.tsx";
import { formatDateTime } from "../../../format/format-date.ts";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import type { Messages } from "../../../i18n/messages.ts";
import { useTRPC } from "../../../trpc.ts";
import {
  assignmentFormValues,
  checkAssignmentForm,
  type AssignmentField,
  type AssignmentFormValues,
  type AssignmentProblems,
  type AssignmentTarget,
} from "../assignment-form.ts";
import { FilePicker } from "../../../files/file-picker.tsx";
import { homeworkFailureText } from "../homework-failure.ts";
import type { Assignment } from "../homework-types.ts";
import { useFileUploads } from "../../../files/use-file-uploads.ts";
import { zonedInputToDate } from "../zoned-date-time.ts";

type UploadProblem = "waitForUploads" | "removeFailedFiles" | null;

/** Creates an assignment (target: the class) or edits one (target: the assignment). */
export function AssignmentFormCard({
  target,
  assignment,
  timeZone,
  onDone,
}: {
  target: AssignmentTarget;
  assignment: Assignment | null;
  timeZone: string;
  onDone: () => void;
}) {
  const { locale, messages } = useI18n();
  const text = messages.homework.form;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<AssignmentFormValues>(() => assignmentFormValues({ assignment, timeZone }));
  const [problems, setProblems] = useState<AssignmentProblems>({});
  const [uploadProblem, setUploadProblem] = useState<UploadProblem>(null);
  const uploads = useFileUploads(assignment?.files);
  const onSuccess = async () => {
    await queryClient.invalidateQueries(trpc.homework.pathFilter());
    onDone();
  };
  const create = useMutation(trpc.homework.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.homework.update.mutationOptions({ onSuccess }));
  const saving = "classId" in target ? create : update;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving.isPending) return;
    const checked = checkAssignmentForm({ values, fileIds: uploads.fileIds, timeZone, target });
    const pendingUploads: UploadProblem = uploads.isUploading ? "waitForUploads" : uploads.items.some((item) => item.state === "failed") ? "removeFailedFiles" : null;
    setUploadProblem(pendingUploads);
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    if (pendingUploads) return;
    if ("create" in checked) create.mutate(checked.create);
    else update.mutate(checked.update);
  }

  function fieldProps(field: Exclude<AssignmentField, "instructions">) {
    return {
      name: field,
      value: values[field],
      error: problemText(messages, field, problems[field]),
      onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value })),
    };
  }

  /** The picked time spelled out on the school's clock (and in Jalali for Persian readers). */
  function timeHint(value: string) {
    const date = zonedInputToDate(value, timeZone);
    const zoneNote = text.schoolClockHint(timeZone);
    return date ? `${formatDateTime(date, { locale, timeZone })} · ${zoneNote}` : zoneNote;
  }

  return (
    <Card title={assignment ? text.editTitle : text.createTitle} className="homework-form-card">
      <form className="stacked-form" noValidate onSubmit={onSubmit}>
        {saving.isError && (
          <Alert tone="error" title={homeworkFailureText({ messages, error: saving.error, conflictText: messages.homework.errors.conflictEdit })} />
        )}
        <TextField label={text.title} maxLength={200} {...fieldProps("title")} />
        <TextArea
          label={text.instructions}
          name="instructions"
          rows={5}
          dir="auto"
          value={values.instructions}
          error={problemText(messages, "instructions", problems.instructions)}
          onChange={(event) => setValues((current) => ({ ...current, instructions: event.target.value }))}
        />
        <div className="stacked-form__row">
          <TextField label={text.dueAt} type="datetime-local" hint={timeHint(values.dueAt)} {...fieldProps("dueAt")} />
          <TextField label={text.maxPoints} inputMode="decimal" className="homework-form__points" {...fieldProps("maxPoints")} />
        </div>
        <Checkbox
          label={text.acceptsLateWork}
          name="acceptsLateWork"
          checked={values.acceptsLateWork}
          onChange={(event) => setValues((current) => ({ ...current, acceptsLateWork: event.target.checked }))}
        />
        {values.acceptsLateWork && <TextField label={text.allowLateUntil} type="datetime-local" hint={timeHint(values.allowLateUntil)} {...fieldProps("allowLateUntil")} />}
        <FilePicker label={text.attachments} name="attachments" uploads={uploads} />
        {uploadProblem && <Alert tone="error" title={text[uploadProblem]} />}
        <FormActions submitLabel={assignment ? text.save : text.create} isBusy={saving.isPending} cancelLabel={text.cancel} onCancel={onDone} />
      </form>
    </Card>
  );
}

function problemText(messages: Messages, field: AssignmentField, problem: AssignmentProblems[AssignmentField]): string | undefined {
  const text = messages.homework.form;
  switch (problem) {
    case undefined:
      return undefined;
    case "required":
      return field === "title" ? text.titleRequired : field === "allowLateUntil" ? text.allowLateUntilRequired : text.dueAtRequired;
    case "tooLong":
      return field === "instructions" ? text.instructionsTooLong : text.titleTooLong;
    case "invalidPoints":
      return text.invalidPoints;
    case "lateBeforeDue":
      return text.lateBeforeDue;
  }
}
