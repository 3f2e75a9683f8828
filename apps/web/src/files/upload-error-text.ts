import { MAX_ATTACHMENTS } from "@zang/validators";
import { formatNumber } from "../format/format-number.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Messages } from "../i18n/messages.ts";
import { formatFileSize } from "../format/format-units.ts";
import { MAX_UPLOAD_BYTES, type UploadError } from "./upload-file.ts";

/** The reader's words for an upload failure; codes this client does not know keep the API's message. */
export function uploadErrorText({ messages, locale, error }: { messages: Messages; locale: Locale; error: UploadError }): string {
  const text = messages.files.errors;
  switch (error.code) {
    case "too_large":
      return text.too_large(formatFileSize(MAX_UPLOAD_BYTES, locale));
    case "too_many":
      return text.too_many(formatNumber(MAX_ATTACHMENTS, locale));
    case "type_not_allowed":
    case "type_mismatch":
    case "bad_name":
    case "incomplete":
    case "empty":
    case "network":
      return text[error.code];
    default:
      return error.message || text.unexpected;
  }
}
