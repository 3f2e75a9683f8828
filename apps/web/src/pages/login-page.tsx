import { useMutation } from "@tanstack/react-query";
import { Alert, AppShell, Button, Card, Page, TextField } from "@zang/ui";
import { useState, type FormEvent } from "react";
import { checkLoginForm, loginFailureOf, type LoginFailure, type LoginField, type LoginFieldProblems, type LoginFormValues } from "../auth/login-form.ts";
import { readRememberedSchoolCode, rememberSchoolCode } from "../auth/remembered-school.ts";
import { saveSessionToken } from "../auth/session.ts";
import { LanguageSwitcher } from "../components/language-switcher.tsx";
import { useI18n } from "../i18n/i18n-provider.tsx";
import type { Messages } from "../i18n/messages.ts";
import { DocumentTitle } from "../lib/document-title.tsx";
import { useTRPC } from "../trpc.ts";

export function LoginPage() {
  const { messages } = useI18n();
  const trpc = useTRPC();
  const [values, setValues] = useState<LoginFormValues>(() => ({ schoolCode: readRememberedSchoolCode(), username: "", password: "" }));
  const [problems, setProblems] = useState<LoginFieldProblems>({});
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess({ token }, input) {
        rememberSchoolCode(input.schoolCode);
        saveSessionToken(token);
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (login.isPending) return;
    const checked = checkLoginForm(values);
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    login.mutate(checked.input);
  }

  // Codes, usernames and passwords are Latin text: typing them left to right avoids a jumping caret in RTL.
  function fieldProps(field: LoginField) {
    return {
      name: field,
      value: values[field],
      dir: "ltr",
      autoCapitalize: "none",
      spellCheck: false,
      error: problemText(messages, field, problems[field]),
      onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value })),
    } as const;
  }

  const rememberedSchool = values.schoolCode !== "";
  return (
    <AppShell title={messages.appName} actions={<LanguageSwitcher />}>
      <Page title={messages.login.title} description={messages.login.description} width="narrow">
        <DocumentTitle page={messages.login.submit} />
        <Card>
          <form className="login-form" noValidate onSubmit={onSubmit}>
            {login.isError && <Alert tone="error" title={failureText(messages, loginFailureOf(login.error))} />}
            <TextField label={messages.login.schoolCode} autoComplete="organization" autoFocus={!rememberedSchool} {...fieldProps("schoolCode")} />
            <TextField label={messages.login.username} autoComplete="username" autoFocus={rememberedSchool} {...fieldProps("username")} />
            <TextField label={messages.login.password} type="password" autoComplete="current-password" {...fieldProps("password")} />
            <Button type="submit" isBusy={login.isPending} className="login-form__submit">
              {messages.login.submit}
            </Button>
          </form>
        </Card>
      </Page>
    </AppShell>
  );
}

function problemText(messages: Messages, field: LoginField, problem: LoginFieldProblems[LoginField]): string | undefined {
  switch (problem) {
    case undefined:
      return undefined;
    case "tooLong":
      return messages.login.tooLong;
    case "required":
      return messages.login[`${field}Required`];
  }
}

function failureText(messages: Messages, failure: LoginFailure): string {
  switch (failure) {
    case "wrongCredentials":
      return messages.login.wrongCredentials;
    case "rateLimited":
      return messages.login.rateLimited;
    case "network":
      return messages.errors.network;
    case "unexpected":
      return messages.errors.unexpected;
  }
}
