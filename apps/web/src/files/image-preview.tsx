import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc.ts";
import type { AttachedFile } from "./attached-file.ts";

/** Pictures a browser shows safely inline (SVG is left out: it can carry script when opened). */
const PREVIEWED_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);

/**
 * Download links live five minutes: one is reused for four, then fetched afresh the next time a
 * preview mounts (a picture already shown stays on screen).
 */
const LINK_REUSE_MS = 4 * 60 * 1000;

export function hasPreview(file: AttachedFile): boolean {
  return PREVIEWED_TYPES.has(file.contentType);
}

/**
 * A picture shown in the conversation, as a board photo or a worksheet is in class; a click opens
 * it whole. For pointers only: keyboards and screen readers have the file's name button beside it.
 */
export function ImagePreview({ file, onOpen }: { file: AttachedFile; onOpen: () => void }) {
  const trpc = useTRPC();
  const link = useQuery(trpc.files.downloadUrl.queryOptions({ fileId: file.id }, { staleTime: LINK_REUSE_MS, gcTime: LINK_REUSE_MS }));
  return (
    <button type="button" className="file-preview" tabIndex={-1} aria-hidden="true" onClick={onOpen}>
      {link.data ? <img className="file-preview__image" src={link.data.url} alt="" loading="lazy" /> : <span className="file-preview__placeholder" />}
    </button>
  );
}
