// Uploads go over XMLHttpRequest rather than fetch because only XHR reports upload progress. The
// API takes the raw bytes (no multipart), the name in a header, and answers with the file's id,
// which assignments and submissions then refer to.

/** The API's limit; checked here too so a too-large file fails at once instead of after uploading. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** What the file picker offers: PDF, images, Word/Excel/PowerPoint and plain text, as the API allows. */
export const ACCEPTED_FILE_TYPES = [
  "application/pdf",
  ".pdf",
  "image/*",
  ".doc",
  ".docx",
  ".xls",
  ".xlsx",
  ".ppt",
  ".pptx",
  "text/plain",
  ".txt",
  ".csv",
].join(",");

const UPLOAD_URL = "/api/files";

export type UploadedFile = { id: string; originalName: string; size: number; contentType: string };

/** The API's codes (too_large, type_not_allowed, …), plus "network" and "aborted" from this side. */
export class UploadError extends Error {
  readonly code: string;
  constructor({ code, message }: { code: string; message: string }) {
    super(message);
    this.name = "UploadError";
    this.code = code;
  }
}

/** Problems worth refusing before sending a byte. */
export function precheckFile(file: { size: number }): UploadError | null {
  if (file.size === 0) return new UploadError({ code: "empty", message: "The file is empty." });
  if (file.size > MAX_UPLOAD_BYTES) return new UploadError({ code: "too_large", message: "The file is larger than 20 MB." });
  return null;
}

/** Reads the API's error body `{ error: { code, message } }`, whatever else arrived instead. */
export function uploadErrorOf({ status, body }: { status: number; body: string }): UploadError {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === "object" && parsed !== null && "error" in parsed) {
      const { error } = parsed;
      if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
        const message = "message" in error && typeof error.message === "string" ? error.message : "";
        return new UploadError({ code: error.code, message });
      }
    }
  } catch {
    // Not JSON: a proxy's error page, say.
  }
  return new UploadError({ code: status === 401 ? "UNAUTHORIZED" : `http_${status}`, message: "" });
}

function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === "object" && value !== null && "id" in value && typeof value.id === "string";
}

export function uploadFile({
  file,
  token,
  onProgress,
  signal,
}: {
  file: File;
  token: string | null;
  /** From 0 to 1, as the bytes leave the browser. */
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
}): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", UPLOAD_URL);
    if (token) request.setRequestHeader("Authorization", `Bearer ${token}`);
    request.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    // Header values must be ASCII; the API decodes the name.
    request.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        try {
          const body: unknown = JSON.parse(request.responseText);
          if (isUploadedFile(body)) {
            onProgress(1);
            resolve(body);
            return;
          }
        } catch {
          // Falls through to the error below.
        }
      }
      reject(uploadErrorOf({ status: request.status, body: request.responseText }));
    };
    request.onerror = () => reject(new UploadError({ code: "network", message: "" }));
    request.onabort = () => reject(new UploadError({ code: "aborted", message: "" }));
    signal?.addEventListener("abort", () => request.abort(), { once: true });
    request.send(file);
  });
}
