// Roster files over HTTP against the real server: a streamed upload, live job progress through
// tRPC, the error report and the login-code sheet; only the school's admins.
import { buildTestSchool, connectTestDb, TEST_PASSWORD } from "@zang/core/testing";
import { testDatabaseUrl } from "@zang/db/testing";
import { smallRoster, tempDir, zipArchive } from "@zang/roster/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApi, type RunningApi } from "../app.ts";
import { readEnv } from "../env.ts";
import { createNodeClient } from "../testing/trpc-client.ts";

const db = connectTestDb();
let api: RunningApi;
let school: Awaited<ReturnType<typeof buildTestSchool>>;
let other: Awaited<ReturnType<typeof buildTestSchool>>;

beforeAll(async () => {
  api = await startApi({
    env: readEnv({ DATABASE_URL: testDatabaseUrl(), PORT: "0", HOST: "127.0.0.1", ZANG_DEMO_SEED: "off", ZANG_DATA_DIR: await tempDir("zang-api-data-") }),
    log: () => {},
  });
  [school, other] = await Promise.all([buildTestSchool(db, "upload"), buildTestSchool(db, "upload-other")]);
});
afterAll(async () => {
  await api.close();
  await db.close();
});

async function tokenOf(schoolCode: string, username: string): Promise<string> {
  const { token } = await createNodeClient({ url: api.url }).auth.login.mutate({ schoolCode, username, password: TEST_PASSWORD });
  return token;
}

function upload(token: string | null, body: Buffer, query: string) {
  return fetch(`${api.url}/roster/imports?${query}`, {
    method: "POST",
    headers: { "content-type": "application/octet-stream", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
}

async function waitForJob(token: string, jobId: string) {
  const client = createNodeClient({ url: api.url, token });
  const phases = new Set<string>();
  for (let i = 0; i < 300; i++) {
    const job = await client.roster.job.query({ jobId });
    phases.add(job.phase);
    if (!["queued", "running"].includes(job.status)) return { job, phases };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the import did not finish");
}

describe("roster upload over HTTP", () => {
  it("streams a zip to the server, imports it, and serves the login-code sheet", async () => {
    const token = await tokenOf(school.code, "admin");
    const response = await upload(token, zipArchive(smallRoster({ classes: 4, studentsPerClass: 25 }).files), "fileName=roster.zip");
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    const { job } = await waitForJob(token, jobId);
    expect(job).toMatchObject({ status: "succeeded", fileName: "roster.zip", actor: "admin", source: "web", loginCodeCount: 104, errors: [] });

    const sheet = await fetch(`${api.url}/roster/imports/${jobId}/login-codes.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get("content-disposition")).toMatch(/attachment; filename="login-codes-/);
    const text = await sheet.text();
    expect(text.trim().split("\r\n")).toHaveLength(105);

    // The first code signs its student in, who must then choose a password.
    const [, username, , , , code] = text.split("\r\n")[1]!.split(",");
    const login = await createNodeClient({ url: api.url }).auth.login.mutate({ schoolCode: school.code, username: username!, password: code! });
    expect(login.user.mustChangePassword).toBe(true);
  });

  it("serves the error report of a refused import, worded in English or Persian", async () => {
    const token = await tokenOf(school.code, "admin");
    const csv = "externalId,givenName,familyName,grade,className\r\nz-1,Sara,,7,7-Z\r\nz-2,Nima,Rad,,7-Z\r\n";
    const response = await upload(token, Buffer.from(csv), "fileName=list.csv&dryRun=true");
    const { jobId } = (await response.json()) as { jobId: string };
    const { job } = await waitForJob(token, jobId);
    expect(job).toMatchObject({ status: "refused", errorCount: 2, dryRun: true });
    const report = await fetch(`${api.url}/roster/imports/${jobId}/errors.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(Buffer.from(await report.arrayBuffer()).toString("utf8")).toBe(
      "\uFEFFfile,line,column,message\r\nlist.csv,2,familyName,familyName is required.\r\nlist.csv,3,grade,grade is required for a student.\r\n",
    );
    const persian = await fetch(`${api.url}/roster/imports/${jobId}/errors.csv?language=fa`, { headers: { authorization: `Bearer ${token}` } });
    expect(Buffer.from(await persian.arrayBuffer()).toString("utf8")).toBe("\uFEFFfile,line,column,message\r\nlist.csv,2,familyName,familyName خالی است و باید پر شود.\r\nlist.csv,3,grade,grade برای دانش‌آموز باید پر شود.\r\n");
    const unknown = await fetch(`${api.url}/roster/imports/${jobId}/errors.csv?language=de`, { headers: { authorization: `Bearer ${token}` } });
    expect(unknown.status).toBe(400);
    const shown = await createNodeClient({ url: api.url, token }).roster.job.query({ jobId, language: "fa" });
    expect(shown.errors[0]).toEqual({ file: "list.csv", line: 2, column: "familyName", message: "familyName خالی است و باید پر شود.", language: "fa" });
  });

  it("words a refusal of the whole upload in Persian too", async () => {
    const token = await tokenOf(school.code, "admin");
    const response = await upload(token, Buffer.from("externalId,givenName\r\n\u0000\r\n"), "fileName=binary.csv&dryRun=true");
    const { jobId } = (await response.json()) as { jobId: string };
    const { job } = await waitForJob(token, jobId);
    expect(job).toMatchObject({ status: "refused", counts: null, message: "binary.csv contains NUL bytes: it is not a text file." });
    const shown = await createNodeClient({ url: api.url, token }).roster.job.query({ jobId, language: "fa" });
    expect(shown.errors).toEqual([{ file: "binary.csv", line: 0, column: "", message: "binary.csv بایت NUL دارد: فایل متنی نیست.", language: "fa" }]);
  });

  it("lets only the school's admins upload and download", async () => {
    const admin = await tokenOf(school.code, "admin");
    const body = Buffer.from("externalId,givenName,familyName,grade,className\r\nq-1,Sara,Kamali,7,7-Q\r\n");
    const { jobId } = (await (await upload(admin, body, "fileName=a.csv&dryRun=1")).json()) as { jobId: string };
    await waitForJob(admin, jobId);

    expect((await upload(null, body, "fileName=a.csv")).status).toBe(401);
    expect((await upload(await tokenOf(school.code, "teacher1"), body, "fileName=a.csv")).status).toBe(403);
    expect((await upload(await tokenOf(school.code, "student1"), body, "fileName=a.csv")).status).toBe(403);
    const otherAdmin = await tokenOf(other.code, "admin");
    for (const file of ["errors.csv", "login-codes.csv"]) {
      const response = await fetch(`${api.url}/roster/imports/${jobId}/${file}`, { headers: { authorization: `Bearer ${otherAdmin}` } });
      expect(response.status).toBe(404);
    }
    await expect(createNodeClient({ url: api.url, token: otherAdmin }).roster.job.query({ jobId })).rejects.toMatchObject({ data: { code: "NOT_FOUND" } });
  });
});
