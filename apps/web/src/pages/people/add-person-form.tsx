import { useMutation } from "@tanstack/react-query";
import { Alert, Card, Select, TextField } from "@zang/ui";
import { useState, type FormEvent } from "react";
import type { IssuedLoginCode } from "../../api-types.ts";
import { FormActions } from "../../components/form-actions.tsx";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { actionFailureText } from "../../lib/action-failure.ts";
import { useTRPC } from "../../trpc.ts";
import { PEOPLE_MESSAGES } from "./people-messages.ts";

type Role = IssuedLoginCode["role"];

/** One person by hand (a roster brings many): added, they get a one-time login code, shown by the page. */
export function AddPersonForm({ onAdded, onCancel }: { onAdded: (issued: IssuedLoginCode) => void; onCancel: () => void }) {
  const { messages, locale } = useI18n();
  const text = PEOPLE_MESSAGES[locale];
  const trpc = useTRPC();
  const [name, setName] = useState("");
  const [username, setUsername] = useState("");
  const [role, setRole] = useState<Role>("student");
  const [problems, setProblems] = useState<{ name?: string; username?: string }>({});
  const create = useMutation(trpc.users.create.mutationOptions({ gcTime: 0, onSuccess: onAdded }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const found = {
      ...(name.trim() === "" ? { name: text.add.nameMissing } : {}),
      ...(username.trim() === "" ? { username: text.add.usernameMissing } : /\s/.test(username.trim()) ? { username: text.add.usernameHasSpaces } : {}),
    };
    setProblems(found);
    if (Object.keys(found).length === 0) create.mutate({ displayName: name.trim(), username: username.trim(), role });
  }

  return (
    <Card title={text.add.title}>
      <form className="stacked-form" noValidate onSubmit={onSubmit}>
        {create.isError && <Alert tone="error" title={actionFailureText({ messages, error: create.error, texts: text.add.failed })} />}
        <div className="stacked-form__row">
          <TextField label={text.add.name} name="displayName" maxLength={200} dir="auto" value={name} error={problems.name} onChange={(event) => setName(event.target.value)} />
          <TextField
            label={text.add.username}
            name="username"
            maxLength={128}
            dir="ltr"
            autoCapitalize="none"
            spellCheck={false}
            hint={text.add.usernameHint}
            value={username}
            error={problems.username}
            onChange={(event) => setUsername(event.target.value)}
          />
          <Select<Role>
            label={text.add.role}
            name="role"
            value={role}
            options={(["student", "teacher", "admin"] as const).map((value) => ({ value, label: text.role[value] }))}
            onValueChange={setRole}
          />
        </div>
        <FormActions submitLabel={text.add.submit} isBusy={create.isPending} cancelLabel={text.add.cancel} onCancel={onCancel} />
      </form>
    </Card>
  );
}
