import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, TextField } from "@zang/ui";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@zang/validators";
import { useState, type FormEvent } from "react";
import {
  changePasswordFailureOf,
  checkChangePasswordForm,
  type ChangePasswordFailure,
  type ChangePasswordField,
  type ChangePasswordProblems,
  type ChangePasswordValues,
} from "../auth/change-password-form.ts";
import { clearSessionToken } from "../auth/session.ts";
import { formatNumber } from "../format/format-number.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import type { Messages } from "../i18n/messages.ts";
import type { Locale } from "../i18n/locales.ts";
import { isUnauthorized } from "../lib/trpc-error.ts";
import { useTRPC } from "../trpc.ts";

const EMPTY: ChangePasswordValues = { currentPassword: "", newPassword: "", confirmPassword: "" };

export function ChangePasswordCard() {
  const { locale, messages } = useI18n();
  const text = messages.account.changePassword;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const [problems, setProblems] = useState<ChangePasswordProblems>({});
  const changePassword = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: async () => {
        setValues(EMPTY);
        // mustChangePassword is now false: the page the reader asked for can open.
        await queryClient.invalidateQueries(trpc.auth.me.queryFilter());
      },
      // The session ended meanwhile (expired, or signed out everywhere from another device).
      onError(error) {
        if (isUnauthorized(error)) clearSessionToken();
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (changePassword.isPending) return;
    const checked = checkChangePasswordForm(values);
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    changePassword.mutate(checked.input);
  }

  function fieldProps(field: ChangePasswordField) {
    return {
      name: field,
      type: "password",
      value: values[field],
      dir: "ltr",
      error: problemText({ messages, locale, problem: problems[field] }),
      onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value })),
    } as const;
  }

  return (
    <Card title={text.title}>
      <form className="stacked-form" noValidate onSubmit={onSubmit}>
        {changePassword.isError && <Alert tone="error" title={failureText(messages, changePasswordFailureOf(changePassword.error))} />}
        {changePassword.isSuccess && <Alert tone="info" title={text.changed} />}
        <TextField label={text.currentPassword} autoComplete="current-password" {...fieldProps("currentPassword")} />
        <TextField
          label={text.newPassword}
          autoComplete="new-password"
          hint={text.newPasswordHint(formatNumber(MIN_PASSWORD_LENGTH, locale))}
          {...fieldProps("newPassword")}
        />
        <TextField label={text.confirmPassword} autoComplete="new-password" {...fieldProps("confirmPassword")} />
        <Button type="submit" isBusy={changePassword.isPending} className="account-form__submit">
          {text.submit}
        </Button>
      </form>
    </Card>
  );
}

function problemText({ messages, locale, problem }: { messages: Messages; locale: Locale; problem: ChangePasswordProblems[ChangePasswordField] }) {
  const text = messages.account.changePassword;
  switch (problem) {
    case undefined:
      return undefined;
    case "required":
      return text.currentRequired;
    case "tooShort":
      return text.tooShort(formatNumber(MIN_PASSWORD_LENGTH, locale));
    case "tooLong":
      return text.tooLong(formatNumber(MAX_PASSWORD_LENGTH, locale));
    case "sameAsCurrent":
      return text.sameAsCurrent;
    case "mismatch":
      return text.mismatch;
  }
}

function failureText(messages: Messages, failure: ChangePasswordFailure): string {
  switch (failure) {
    case "wrongCurrent":
      return messages.account.changePassword.wrongCurrent;
    case "network":
      return messages.errors.network;
    case "unexpected":
      return messages.errors.unexpected;
  }
}
