import { Alert, Button } from "@zang/ui";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { formatFileSize } from "../format/format-units.ts";
import type { AttachedFile } from "./attached-file.ts";
import { hasPreview, ImagePreview } from "./image-preview.tsx";
import { useOpenFile } from "./use-open-file.ts";
import "./files.css";

/** Files attached to an assignment, a submission or a message; each opens in a new tab, and pictures may show inline. */
export function AttachmentList({ files, previewImages = false }: { files: readonly AttachedFile[]; previewImages?: boolean }) {
  const { locale, messages } = useI18n();
  const { openFile, openingFileId, error } = useOpenFile();
  if (files.length === 0) return null;
  return (
    <>
      <ul className="file-attachments">
        {files.map((file) => (
          <li key={file.id} className="file-attachments__item">
            {previewImages && hasPreview(file) && <ImagePreview file={file} onOpen={() => openFile(file.id)} />}
            <Button
              variant="ghost"
              className="file-attachments__open"
              aria-label={messages.files.open(file.originalName)}
              isBusy={openingFileId === file.id}
              onClick={() => openFile(file.id)}
            >
              <bdi>{file.originalName}</bdi>
            </Button>
            <span className="file-attachments__size">{formatFileSize(file.size, locale)}</span>
          </li>
        ))}
      </ul>
      {error && <Alert tone="error" title={messages.files.openFailed} />}
    </>
  );
}
