import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Card, Select, TextField } from "@zang/ui";
import { useState, type FormEvent } from "react";
import type { Viewer } from "../api-types.ts";
import { FormActions } from "../components/form-actions.tsx";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { actionFailureText, sameRefusalText } from "../lib/action-failure.ts";
import { useTRPC } from "../trpc.ts";
import { CLASS_SETTINGS_MESSAGES } from "./class-settings-messages.ts";
import "./classes-admin.css";

type SchoolLocale = "fa" | "en";

/** Every zone the browser knows, offered as the admin types (the server checks the name too). */
const TIME_ZONES: readonly string[] = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];

/** For school admins, above the class list: the school's name, clock and default language. */
export function SchoolSettingsForm({ school, onClose }: { school: Viewer["school"]; onClose: () => void }) {
  const { messages, locale } = useI18n();
  const text = CLASS_SETTINGS_MESSAGES[locale].school;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(school.name);
  const [timeZone, setTimeZone] = useState(school.timeZone);
  const [language, setLanguage] = useState<SchoolLocale>(school.locale === "en" ? "en" : "fa");
  const update = useMutation(
    trpc.schools.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.auth.me.queryFilter());
        onClose();
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!update.isPending) update.mutate({ name: name.trim(), timeZone: timeZone.trim(), locale: language });
  }

  return (
    <Card title={text.title} className="school-settings-card">
      <form className="stacked-form" noValidate onSubmit={onSubmit}>
        {update.isError && (
          <Alert tone="error" title={actionFailureText({ messages, error: update.error, texts: { ...sameRefusalText(text.failed), invalid: text.invalid } })} />
        )}
        <div className="stacked-form__row">
          <TextField label={text.name} name="schoolName" maxLength={200} dir="auto" value={name} onChange={(event) => setName(event.target.value)} />
          <TextField label={text.timeZone} name="timeZone" dir="ltr" list="zang-time-zones" hint={text.timeZoneHint} value={timeZone} onChange={(event) => setTimeZone(event.target.value)} />
          <Select<SchoolLocale>
            label={text.language}
            name="schoolLocale"
            value={language}
            options={[
              { value: "fa", label: "فارسی", lang: "fa" },
              { value: "en", label: "English", lang: "en" },
            ]}
            onValueChange={setLanguage}
          />
        </div>
        <datalist id="zang-time-zones">
          {TIME_ZONES.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <FormActions submitLabel={text.save} isBusy={update.isPending} cancelLabel={text.cancel} onCancel={onClose} />
      </form>
    </Card>
  );
}
