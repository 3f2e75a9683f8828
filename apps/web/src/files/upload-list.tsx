import { useI18n } from "../i18n/i18n-provider.tsx";
import type { Locale } from "../i18n/locales.ts";
import type { Messages } from "../i18n/messages.ts";
import { formatPercent } from "../format/format-units.ts";
import { UploadItemRow } from "./upload-item-row.tsx";
import type { FileUploads, UploadItem } from "./use-file-uploads.ts";

/** The chosen files with their progress, and each one's progress and outcome read out without moving focus. */
export function UploadList({ uploads }: { uploads: FileUploads }) {
  const { locale, messages } = useI18n();
  return (
    <>
      {uploads.items.length > 0 && (
        <ul className="file-uploads">
          {uploads.items.map((item) => (
            <UploadItemRow key={item.key} item={item} onRemove={() => uploads.remove(item.key)} />
          ))}
        </ul>
      )}
      {/* Always in the page, so the first announcement is heard; progress in quarters, so a screen reader is not flooded. */}
      <div className="zang-visually-hidden" aria-live="polite">
        {uploads.items.map((item) => (
          <p key={item.key}>{announcement({ item, messages, locale })}</p>
        ))}
      </div>
    </>
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
