import { Button } from "@zang/ui";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { formatFileSize, formatPercent } from "../format/format-units.ts";
import { uploadErrorText } from "./upload-error-text.ts";
import type { UploadItem } from "./use-file-uploads.ts";

/** One chosen file: its progress while uploading, then whether it arrived. */
export function UploadItemRow({ item, onRemove }: { item: UploadItem; onRemove: () => void }) {
  const { locale, messages } = useI18n();
  const text = messages.files;
  const percent = formatPercent(item.progress, locale);
  return (
    <li className={`file-upload file-upload--${item.state}`}>
      <div className="file-upload__header">
        <bdi className="file-upload__name">{item.name}</bdi>
        <span className="file-upload__size">{formatFileSize(item.size, locale)}</span>
        <Button variant="ghost" className="file-upload__remove" aria-label={text.remove(item.name)} onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </Button>
      </div>
      {(item.state === "uploading" || item.state === "uploaded") && (
        <div className="file-upload__progress">
          <progress max={100} value={Math.round(item.progress * 100)} aria-label={text.progressLabel(item.name)} aria-valuetext={percent} />
          <span className="file-upload__percent" data-testid="upload-percent">
            {item.state === "uploading" ? text.uploading(percent) : `${percent} · ${text.uploaded}`}
          </span>
        </div>
      )}
      {item.state === "attached" && <span className="file-upload__state">{text.attached}</span>}
      {item.state === "failed" && item.error && <p className="file-upload__error">{uploadErrorText({ messages, locale, error: item.error })}</p>}
    </li>
  );
}
