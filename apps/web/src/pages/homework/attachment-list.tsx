import { Alert, Button } from "@zang/ui";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { formatFileSize } from "./format-units.ts";
import type { AttachedFile } from "./homework-types.ts";
import { useOpenFile } from "./use-open-file.ts";

/** Files attached to an assignment or a submission; each opens in a new tab. */
export function AttachmentList({ files }: { files: readonly AttachedFile[] }) {
  const { locale, messages } = useI18n();
  const { openFile, openingFileId, error } = useOpenFile();
  if (files.length === 0) return null;
  return (
    <>
      <ul className="homework-attachments">
        {files.map((file) => (
          <li key={file.id} className="homework-attachments__item">
            <Button
              variant="ghost"
              className="homework-attachments__open"
              aria-label={messages.homework.openFile(file.originalName)}
              isBusy={openingFileId === file.id}
              onClick={() => openFile(file.id)}
            >
              <bdi>{file.originalName}</bdi>
            </Button>
            <span className="homework-attachments__size">{formatFileSize(file.size, locale)}</span>
          </li>
        ))}
      </ul>
      {error && <Alert tone="error" title={messages.homework.openFileFailed} />}
    </>
  );
}
