// A file reaches storage one of two ways (README "Files"): straight to the bucket through a
// presigned link when the server keeps files in S3, or as the raw body of POST /api/files when it
// keeps them in a local folder. Either way the answer is the file's id, which assignments and
// submissions then refer to.
import { TRPCClientError } from "@trpc/client";
import { MAX_UPLOAD_BYTES } from "@zang/validators";
import { sendBytesWithXhr, TransportError, type SendBytes } from "./send-bytes.ts";

/** The API's limit; checked here too so a too-large file fails at once instead of after uploading. */
export { MAX_UPLOAD_BYTES };

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

/** A refusal from `files.presignUpload` or `files.finalizeUpload`, in the same codes as POST's. */
export function uploadErrorOfTrpc(error: unknown): UploadError {
  if (error instanceof UploadError) return error;
  if (error instanceof TRPCClientError) {
    const data: unknown = error.data;
    const field = (name: string) => (typeof data === "object" && data !== null && name in data ? (data as Record<string, unknown>)[name] : undefined);
    const reason = field("reason");
    const code = field("code");
    if (typeof reason === "string") return new UploadError({ code: reason, message: error.message });
    if (code === "UNAUTHORIZED") return new UploadError({ code: "UNAUTHORIZED", message: error.message });
    if (typeof code !== "string") return new UploadError({ code: "network", message: "" });
    return new UploadError({ code: `trpc_${code}`, message: error.message });
  }
  return new UploadError({ code: "unexpected", message: "" });
}

export type PresignedTarget = { url: string; method: "PUT"; headers: Record<string, string>; uploadId: string };

/** The two procedures of a direct upload, as the tRPC client offers them. */
export type DirectUploadApi = {
  presign: (input: { name: string; size: number }) => Promise<PresignedTarget | null>;
  finalize: (input: { uploadId: string; name: string }) => Promise<UploadedFile>;
};

const UPLOAD_URL = "/api/files";
/** Share of the bar for the bytes of a direct upload; the rest fills when the server has checked them. */
const DIRECT_BYTES_SHARE = 0.95;

// A server that said "no direct uploads" once keeps its files in a folder: later uploads skip asking.
let serverTakesDirectUploads = true;

function asUploadError(error: unknown): UploadError {
  if (error instanceof TransportError) return new UploadError({ code: error.kind, message: "" });
  return error instanceof UploadError ? error : new UploadError({ code: "unexpected", message: "" });
}

async function postToApi({ file, token, onProgress, signal, send }: UploadRequest & { send: SendBytes }): Promise<UploadedFile> {
  const headers: Record<string, string> = {
    "Content-Type": file.type || "application/octet-stream",
    // Header values must be ASCII; the API decodes the name.
    "X-File-Name": encodeURIComponent(file.name),
  };
  if (token) headers.Authorization = `Bearer ${token}`;
  const answer = await send({ method: "POST", url: UPLOAD_URL, headers, body: file, onProgress, ...(signal ? { signal } : {}) });
  if (answer.status >= 200 && answer.status < 300) {
    try {
      const body: unknown = JSON.parse(answer.body);
      if (isUploadedFile(body)) return body;
    } catch {
      // Falls through to the error below.
    }
  }
  throw uploadErrorOf(answer);
}

/** Null when the bucket could not be reached or refused the bytes (no CORS rule, an expired link): the API takes them instead. */
async function putToBucket({ file, onProgress, signal, api, send, target }: UploadRequest & { api: DirectUploadApi; send: SendBytes; target: PresignedTarget }): Promise<UploadedFile | null> {
  const answer = await send({
    method: target.method,
    url: target.url,
    headers: target.headers,
    body: file,
    onProgress: (fraction) => onProgress(fraction * DIRECT_BYTES_SHARE),
    ...(signal ? { signal } : {}),
  }).catch((error: unknown) => {
    if (error instanceof TransportError && error.kind === "network") return null;
    throw error;
  });
  if (!answer || answer.status < 200 || answer.status >= 300) return null;
  if (signal?.aborted) throw new UploadError({ code: "aborted", message: "" });
  return api.finalize({ uploadId: target.uploadId, name: file.name }).catch((error: unknown) => {
    throw uploadErrorOfTrpc(error);
  });
}

type UploadRequest = {
  file: File;
  token: string | null;
  /** From 0 to 1. */
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
};

/** Stores one file, by whichever way the server takes it; rejects with an UploadError. */
export async function uploadFile({ api, send = sendBytesWithXhr, ...request }: UploadRequest & { api: DirectUploadApi; send?: SendBytes }): Promise<UploadedFile> {
  try {
    const target = serverTakesDirectUploads
      ? await api.presign({ name: request.file.name, size: request.file.size }).catch((error: unknown) => {
          throw uploadErrorOfTrpc(error);
        })
      : null;
    if (!target) serverTakesDirectUploads = false;
    const direct = target ? await putToBucket({ ...request, api, send, target }) : null;
    if (target && !direct) request.onProgress(0); // starting again, through the API
    const uploaded = direct ?? (await postToApi({ ...request, send }));
    request.onProgress(1);
    return uploaded;
  } catch (error) {
    throw asUploadError(error);
  }
}

/** For tests: forget what the last server said about direct uploads. */
export function forgetDirectUploadSupport() {
  serverTakesDirectUploads = true;
}
