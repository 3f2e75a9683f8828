import { Button } from "@zang/ui";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { formatFileSize, formatPercent } from "./format-units.ts";
import { uploadErrorText } from "./upload-error-text.ts";
import type { UploadItem } from "./use-file-uploads.ts";

/** One chosen file: its progress while uploading, then whether it arrived. */
export function UploadItemRow({ item, onRemove }: { item: UploadItem; onRemove: () => void }) {
  const { locale, messages } = useI18n();
  const text = messages.homework.files;
  const percent = formatPercent(item.progress, locale);
  return (
    <li className={`homework-upload homework-upload--${item.state}`}>
      <div className="homework-upload__header">
        <bdi className="homework-upload__name">{item.name}</bdi>
        <span className="homework-upload__size">{formatFileSize(item.size, locale)}</span>
        <Button variant="ghost" className="homework-upload__remove" aria-label={text.remove(item.name)} onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </Button>
      </div>
      {(item.state === "uploading" || item.state === "uploaded") && (
        <div className="homework-upload__progress">
          <progress max={100} value={Math.round(item.progress * 100)} aria-label={text.progressLabel(item.name)} aria-valuetext={percent} />
          <span className="homework-upload__percent" data-testid="upload-percent">
            {item.state === "uploading" ? text.uploading(percent) : `${percent} · ${text.uploaded}`}
          </span>
        </div>
      )}
      {item.state === "attached" && <span className="homework-upload__state">{text.attached}</span>}
      {item.state === "failed" && item.error && <p className="homework-upload__error">{uploadErrorText({ messages, locale, error: item.error })}</p>}
    </li>
  );
}
