import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, precheckFile, uploadErrorOf } from "./upload-file.ts";

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
