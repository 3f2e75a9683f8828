// Files through the real HTTP server with an S3 bucket (s3rver on loopback): POST /api/files, and
// the presigned way in — presign, PUT to the bucket, finalize — with its refusals as clients see them.
import { createHash } from "node:crypto";
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import { createTestDatabase, type TestDatabase } from "@zang/db/testing";
import { sampleElf, samplePdf, startLocalS3, type LocalS3 } from "@zang/storage/testing";
import type { AppRouter } from "@zang/trpc";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApi, type RunningApi } from "../app.ts";
import { readEnv } from "../env.ts";

let s3: LocalS3;
let database: TestDatabase;
let api: RunningApi;
let token: string;

beforeAll(async () => {
  s3 = await startLocalS3();
  const bucket = await s3.createBucket();
  database = await createTestDatabase();
  api = await startApi({
    env: readEnv({
      DATABASE_URL: database.url,
      PORT: "0",
      HOST: "127.0.0.1",
      ZANG_DEMO_SEED: "auto",
      ZANG_S3_BUCKET: bucket.bucket,
      ZANG_S3_REGION: bucket.region,
      ZANG_S3_ENDPOINT: bucket.endpoint,
      ZANG_S3_FORCE_PATH_STYLE: "true",
      ZANG_S3_ACCESS_KEY_ID: bucket.credentials!.accessKeyId,
      ZANG_S3_SECRET_ACCESS_KEY: bucket.credentials!.secretAccessKey,
    }),
    log: () => {},
  });
  ({ token } = await client().auth.login.mutate({ schoolCode: "demo", username: "student1", password: "demo-pass-1234" }));
});
afterAll(async () => {
  await api?.close();
  await database?.drop();
  await s3?.stop();
});

function client() {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${api.url}/trpc`, transformer: superjson, headers: () => (token ? { authorization: `Bearer ${token}` } : {}) })],
  });
}

const post = (bytes: Buffer, name: string) =>
  fetch(`${api.url}/api/files`, { method: "POST", headers: { authorization: `Bearer ${token}`, "x-file-name": encodeURIComponent(name) }, body: bytes });

const sha256Of = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("file uploads over HTTP", () => {
  it("stores a POSTed PDF and answers its record; refuses a program by its bytes", async () => {
    const bytes = samplePdf("posted");
    const response = await post(bytes, "تکلیف.pdf");
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: expect.any(String), originalName: "تکلیف.pdf", size: bytes.length, contentType: "application/pdf", sha256: sha256Of(bytes) });

    const refused = await post(sampleElf(), "homework.pdf");
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: "type_not_allowed" } });
  });

  it("takes a presigned upload to the bucket and answers as POST does", async () => {
    const bytes = samplePdf("direct");
    const target = await client().files.presignUpload.mutate({ name: "direct.pdf", size: bytes.length });
    if (!target) throw new Error("with a bucket, uploads must be presigned");
    expect((await fetch(target.url, { method: target.method, headers: target.headers, body: bytes })).status).toBe(200);

    const file = await client().files.finalizeUpload.mutate({ uploadId: target.uploadId, name: "direct.pdf" });

    expect(file).toEqual({ id: expect.any(String), originalName: "direct.pdf", size: bytes.length, contentType: "application/pdf", sha256: sha256Of(bytes) });
    const { url } = await client().files.downloadUrl.query({ fileId: file.id });
    expect(Buffer.from(await (await fetch(url)).arrayBuffer())).toEqual(bytes);
  });

  it("gives a refused presigned upload the same reason code POST gives", async () => {
    const bytes = sampleElf();
    const target = await client().files.presignUpload.mutate({ name: "homework.pdf", size: bytes.length });
    await fetch(target!.url, { method: "PUT", body: bytes });

    const error = await client().files.finalizeUpload.mutate({ uploadId: target!.uploadId, name: "homework.pdf" }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(TRPCClientError);
    expect(error).toMatchObject({ message: expect.stringContaining("Linux program"), data: { code: "BAD_REQUEST", httpStatus: 400, reason: "type_not_allowed" } });
  });
});
