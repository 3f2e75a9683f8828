import { MAX_ATTACHMENTS } from "@zang/validators";
import { useId } from "react";
import { formatNumber } from "../format/format-number.ts";
import { formatFileSize } from "../format/format-units.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { ChooseFilesButton } from "./choose-files-button.tsx";
import { UploadList } from "./upload-list.tsx";
import { MAX_UPLOAD_BYTES } from "./upload-file.ts";
import type { FileUploads } from "./use-file-uploads.ts";
import "./files.css";

/** A form field for files: a label, the chooser with what it accepts, and each chosen file's upload. */
export function FilePicker({ label, uploads, name }: { label: string; uploads: FileUploads; name: string }) {
  const { locale, messages } = useI18n();
  const id = useId();
  const hint = messages.files.hint(formatFileSize(MAX_UPLOAD_BYTES, locale), formatNumber(MAX_ATTACHMENTS, locale));
  return (
    <div className="file-picker">
      <span className="zang-field__label" id={`${id}-label`}>
        {label}
      </span>
      <ChooseFilesButton uploads={uploads} name={name} labelledBy={`${id}-label`} describedBy={`${id}-hint`}>
        {messages.files.choose}
      </ChooseFilesButton>
      <p id={`${id}-hint`} className="zang-field__hint">
        {hint}
      </p>
      <UploadList uploads={uploads} />
    </div>
  );
}
