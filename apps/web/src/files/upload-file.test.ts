import { TRPCClientError } from "@trpc/client";
import { beforeEach, describe, expect, it } from "vitest";
import { TransportError, type SendBytes, type SendBytesAnswer, type SendBytesRequest } from "./send-bytes.ts";
import { forgetDirectUploadSupport, MAX_UPLOAD_BYTES, precheckFile, uploadErrorOf, uploadFile, type DirectUploadApi } from "./upload-file.ts";

describe("uploadErrorOf", () => {
  it("keeps the API's code and message", () => {
    const error = uploadErrorOf({ status: 413, body: JSON.stringify({ error: { code: "too_large", message: "Files are at most 20 MB." } }) });
    expect(error.code).toBe("too_large");
    expect(error.message).toBe("Files are at most 20 MB.");
  });

  it("copes with an answer that is not the API's JSON", () => {
    expect(uploadErrorOf({ status: 502, body: "<html>Bad gateway</html>" }).code).toBe("http_502");
    expect(uploadErrorOf({ status: 401, body: "" }).code).toBe("UNAUTHORIZED");
    expect(uploadErrorOf({ status: 400, body: JSON.stringify({ error: "nope" }) }).code).toBe("http_400");
  });
});

describe("precheckFile", () => {
  it("refuses empty and too-large files before uploading", () => {
    expect(precheckFile({ size: 0 })?.code).toBe("empty");
    expect(precheckFile({ size: MAX_UPLOAD_BYTES + 1 })?.code).toBe("too_large");
    expect(precheckFile({ size: MAX_UPLOAD_BYTES })).toBeNull();
  });
});

describe("uploadFile", () => {
  const file = new File(["%PDF-1.4 answer"], "جواب.pdf", { type: "application/pdf" });
  const stored = { id: "00000000-0000-4000-8000-000000000001", originalName: "جواب.pdf", size: file.size, contentType: "application/pdf" };
  const ok = (body: unknown): SendBytesAnswer => ({ status: 201, body: JSON.stringify(body) });

  function recorder(answer: SendBytesAnswer) {
    const sent: SendBytesRequest[] = [];
    const send: SendBytes = async (request) => {
      sent.push(request);
      request.onProgress(1);
      return answer;
    };
    return { sent, send };
  }

  beforeEach(() => forgetDirectUploadSupport());

  it("puts the bytes to the presigned link, then finalizes the upload by its id", async () => {
    const finalized: Array<{ uploadId: string; name: string }> = [];
    const api: DirectUploadApi = {
      presign: async ({ name, size }) => {
        expect({ name, size }).toEqual({ name: "جواب.pdf", size: file.size });
        return { url: "https://bucket.example/quarantine/1?X-Amz-Signature=s", method: "PUT", headers: {}, uploadId: "upload-1" };
      },
      finalize: async (input) => {
        finalized.push(input);
        return stored;
      },
    };
    const { sent, send } = recorder({ status: 200, body: "" });
    const progress: number[] = [];
    await expect(uploadFile({ api, send, file, token: "t", onProgress: (fraction) => progress.push(fraction) })).resolves.toEqual(stored);
    expect(sent.map(({ method, url, body }) => ({ method, url, body }))).toEqual([{ method: "PUT", url: "https://bucket.example/quarantine/1?X-Amz-Signature=s", body: file }]);
    // The session token never goes to the bucket.
    expect(sent[0]!.headers).toEqual({});
    expect(finalized).toEqual([{ uploadId: "upload-1", name: "جواب.pdf" }]);
    expect(progress).toEqual([0.95, 1]);
  });

  it("posts to the API when the server takes no direct uploads, and stops asking afterwards", async () => {
    let asked = 0;
    const api: DirectUploadApi = {
      presign: async () => {
        asked += 1;
        return null;
      },
      finalize: async () => {
        throw new Error("not called");
      },
    };
    const { sent, send } = recorder(ok(stored));
    await uploadFile({ api, send, file, token: "t", onProgress: () => undefined });
    await uploadFile({ api, send, file, token: "t", onProgress: () => undefined });
    expect(asked).toBe(1);
    expect(sent.map(({ method, url, headers }) => ({ method, url, headers }))).toEqual(
      Array(2).fill({ method: "POST", url: "/api/files", headers: { "Content-Type": "application/pdf", "X-File-Name": encodeURIComponent("جواب.pdf"), Authorization: "Bearer t" } }),
    );
  });

  it("turns the server's refusal at finalize into the same codes POST gives", async () => {
    const refusal = new TRPCClientError("The file's bytes are not a PDF.", {
      result: { error: { message: "The file's bytes are not a PDF.", code: -32600, data: { code: "BAD_REQUEST", reason: "type_mismatch" } } },
    });
    const api: DirectUploadApi = {
      presign: async () => ({ url: "https://bucket.example/q", method: "PUT", headers: {}, uploadId: "u" }),
      finalize: async () => {
        throw refusal;
      },
    };
    const { send } = recorder({ status: 200, body: "" });
    await expect(uploadFile({ api, send, file, token: null, onProgress: () => undefined })).rejects.toMatchObject({ code: "type_mismatch", message: "The file's bytes are not a PDF." });
  });

  it("sends the bytes through the API instead when the bucket refuses them or cannot be reached", async () => {
    let finalized = false;
    const api: DirectUploadApi = {
      presign: async () => ({ url: "https://bucket.example/q", method: "PUT", headers: {}, uploadId: "u" }),
      finalize: async () => {
        finalized = true;
        return stored;
      },
    };
    const sent: Array<{ method: string; url: string }> = [];
    const answers: Array<SendBytesAnswer | Error> = [{ status: 403, body: "<Error><Code>AccessDenied</Code></Error>" }, ok(stored), new TransportError("network"), ok(stored)];
    const send: SendBytes = async ({ method, url }) => {
      sent.push({ method, url });
      const answer = answers.shift()!;
      if (answer instanceof Error) throw answer;
      return answer;
    };
    await expect(uploadFile({ api, send, file, token: "t", onProgress: () => undefined })).resolves.toEqual(stored); // an expired link
    await expect(uploadFile({ api, send, file, token: "t", onProgress: () => undefined })).resolves.toEqual(stored); // no CORS rule
    expect(sent).toEqual([
      { method: "PUT", url: "https://bucket.example/q" },
      { method: "POST", url: "/api/files" },
      { method: "PUT", url: "https://bucket.example/q" },
      { method: "POST", url: "/api/files" },
    ]);
    expect(finalized).toBe(false);
  });
});
