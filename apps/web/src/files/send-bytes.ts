// Uploads go over XMLHttpRequest rather than fetch because only XHR reports upload progress.

export type SendBytesRequest = {
  method: "POST" | "PUT";
  url: string;
  headers: Record<string, string>;
  body: Blob;
  /** From 0 to 1, as the bytes leave the browser. */
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
};

/** What came back; transport failures reject with "network" or "aborted" instead. */
export type SendBytesAnswer = { status: number; body: string };

export type SendBytes = (request: SendBytesRequest) => Promise<SendBytesAnswer>;

export class TransportError extends Error {
  constructor(readonly kind: "network" | "aborted") {
    super(kind);
    this.name = "TransportError";
  }
}

export const sendBytesWithXhr: SendBytes = ({ method, url, headers, body, onProgress, signal }) =>
  new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => resolve({ status: request.status, body: request.responseText });
    request.onerror = () => reject(new TransportError("network"));
    request.onabort = () => reject(new TransportError("aborted"));
    if (signal?.aborted) request.abort();
    signal?.addEventListener("abort", () => request.abort(), { once: true });
    request.send(body);
  });
