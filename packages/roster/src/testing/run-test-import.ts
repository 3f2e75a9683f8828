import { join } from "node:path";
import { readFile } from "node:fs/promises";
import type { Db } from "@zang/db";
import { createImportJob } from "../job/import-jobs.ts";
import { runImport, type ImportResult } from "../job/run-import.ts";
import { problemText } from "../problems/problem-catalog.ts";

export type TestImport = ImportResult & { sheet: string | null; errors: Array<{ file: string; line: number; column: string; message: string }> };

/** Runs an import as the command line would and returns its result, sheet text and errors. */
export async function importForTest({
  db,
  school,
  path,
  workDir,
  dryRun = false,
  skipInvalid = false,
  resetCodes = false,
  displayName,
}: {
  db: Db;
  school: { schoolId: string; code: string };
  path: string;
  workDir: string;
  dryRun?: boolean;
  skipInvalid?: boolean;
  resetCodes?: boolean;
  displayName?: string;
}): Promise<TestImport> {
  const jobId = await createImportJob({
    db,
    job: { schoolId: school.schoolId, createdById: null, actor: "cli:test", source: "cli", fileName: displayName ?? path, dryRun, skipInvalid, resetCodes },
  });
  const result = await runImport({
    db,
    jobId,
    schoolId: school.schoolId,
    schoolCode: school.code,
    path,
    ...(displayName ? { displayName } : {}),
    dryRun,
    skipInvalid,
    resetCodes,
    loginCodesPath: join(workDir, `codes-${jobId}.csv`),
    onInternalError: (error) => console.error(error),
  });
  const sheet = result.loginCodesPath ? await readFile(result.loginCodesPath, "utf8") : null;
  const rows = await db.prisma.rosterImportError.findMany({ where: { jobId }, orderBy: { id: "asc" }, select: { file: true, line: true, column: true, code: true, args: true, message: true } });
  // As the English report words them.
  const errors = rows.map(({ file, line, column, ...problem }) => ({ file, line, column, message: problemText(problem, "en") }));
  return { ...result, sheet, errors };
}
