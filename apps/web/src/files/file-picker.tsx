import { MAX_ATTACHMENTS } from "@zang/validators";
import { useId, useRef } from "react";
import { formatNumber } from "../format/format-number.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import type { Locale } from "../i18n/locales.ts";
import type { Messages } from "../i18n/messages.ts";
import { formatFileSize, formatPercent } from "../format/format-units.ts";
import { UploadItemRow } from "./upload-item-row.tsx";
import { ACCEPTED_FILE_TYPES, MAX_UPLOAD_BYTES } from "./upload-file.ts";
import type { FileUploads, UploadItem } from "./use-file-uploads.ts";
import "./files.css";

/** Chooses files and shows each one's upload; the files start uploading as soon as they are chosen. */
export function FilePicker({ label, uploads, name }: { label: string; uploads: FileUploads; name: string }) {
  const { locale, messages } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const hint = messages.files.hint(formatFileSize(MAX_UPLOAD_BYTES, locale), formatNumber(MAX_ATTACHMENTS, locale));
  return (
    <div className="file-picker">
      <span className="zang-field__label" id={`${id}-label`}>
        {label}
      </span>
      {/* The native control says "Choose Files" in the browser's language, whatever the page's; it
          stays in the page for keyboards and screen readers, and the label beside it is what shows. */}
      <input
        ref={input}
        id={id}
        name={name}
        type="file"
        multiple
        accept={ACCEPTED_FILE_TYPES}
        className="file-picker__input zang-visually-hidden"
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          uploads.add(Array.from(event.target.files ?? []));
          // Cleared so the same file can be chosen again after a failure.
          if (input.current) input.current.value = "";
        }}
      />
      <label htmlFor={id} className="zang-button zang-button--secondary file-picker__button" aria-hidden="true">
        {messages.files.choose}
      </label>
      <p id={`${id}-hint`} className="zang-field__hint">
        {hint}
      </p>
      {uploads.items.length > 0 && (
        <ul className="file-uploads">
          {uploads.items.map((item) => (
            <UploadItemRow key={item.key} item={item} onRemove={() => uploads.remove(item.key)} />
          ))}
        </ul>
      )}
      {/* Progress in quarters and each outcome, read out without moving the reader's focus. */}
      <div className="zang-visually-hidden" aria-live="polite">
        {uploads.items.map((item) => (
          <p key={item.key}>{announcement({ item, messages, locale })}</p>
        ))}
      </div>
    </div>
  );
}

function announcement({ item, messages, locale }: { item: UploadItem; messages: Messages; locale: Locale }): string {
  const text = messages.files;
  switch (item.state) {
    case "uploading":
      return text.announceProgress(item.name, formatPercent(Math.floor(item.progress * 4) / 4, locale));
    case "uploaded":
      return text.announceUploaded(item.name);
    case "failed":
      return text.announceFailed(item.name);
    case "attached":
      return "";
  }
}
