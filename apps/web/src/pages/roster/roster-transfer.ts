// Roster files travel over plain HTTP (apps/api/src/http/roster-upload.ts), not tRPC: the upload
// goes over XMLHttpRequest because only XHR reports upload progress, and streams from the browser
// as it is read from disk; downloads are fetched with the session token and saved from a blob.
import { MAX_ROSTER_UPLOAD_BYTES, type TRosterImportOptions } from "@zang/validators";
import type { Locale } from "../../i18n/locales.ts";
import { saveBlob } from "../../lib/save-file.ts";

export class RosterTransferError extends Error {
  override name = "RosterTransferError";
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export function uploadUrl(fileName: string, options: TRosterImportOptions): string {
  const query = new URLSearchParams({
    fileName,
    dryRun: String(options.dryRun),
    skipInvalid: String(options.skipInvalid),
    resetCodes: String(options.resetCodes),
  });
  return `/roster/imports?${query.toString()}`;
}

/** The server's `{ error }` message, or "" when the body is something else (a proxy's page). */
export function serverMessage(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === "object" && parsed !== null && "error" in parsed && typeof parsed.error === "string") return parsed.error;
  } catch {
    // not JSON
  }
  return "";
}

export function isTooLarge(file: { size: number }): boolean {
  return file.size > MAX_ROSTER_UPLOAD_BYTES;
}

export function uploadRoster({
  file,
  token,
  options,
  onProgress,
  signal,
}: {
  file: File;
  token: string | null;
  options: TRosterImportOptions;
  /** From 0 to 1, as the bytes leave the browser. */
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
}): Promise<{ jobId: string }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", uploadUrl(file.name, options));
    if (token) request.setRequestHeader("Authorization", `Bearer ${token}`);
    request.setRequestHeader("Content-Type", "application/octet-stream");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status === 202) {
        try {
          resolve(JSON.parse(request.responseText) as { jobId: string });
        } catch {
          reject(new RosterTransferError("", request.status));
        }
      } else {
        reject(new RosterTransferError(serverMessage(request.responseText), request.status));
      }
    };
    request.onerror = () => reject(new RosterTransferError("", 0));
    request.onabort = () => reject(new RosterTransferError("", 0));
    signal?.addEventListener("abort", () => request.abort());
    request.send(file);
  });
}

/** Downloads one of a job's files (with the token, which a plain link cannot send) and saves it. */
/** Saves a job's error report (its problems worded in `language`) or login-code sheet. */
export async function downloadJobFile({ jobId, kind, language, token }: { jobId: string; kind: "errors" | "login-codes"; language: Locale; token: string | null }): Promise<void> {
  const query = kind === "errors" ? `?language=${language}` : "";
  const response = await fetch(`/roster/imports/${jobId}/${kind}.csv${query}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new RosterTransferError(serverMessage(await response.text()), response.status);
  saveBlob(await response.blob(), `${kind === "errors" ? "roster-errors" : "login-codes"}-${jobId.slice(0, 8)}.csv`);
}

