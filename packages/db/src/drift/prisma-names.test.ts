import { describe, expect, it } from "vitest";
import { foreignKeyName, indexName, primaryKeyName, uniqueIndexName } from "./prisma-names.ts";

describe("Prisma's default constraint names", () => {
  it("joins the table, the columns and the suffix", () => {
    expect(primaryKeyName("Membership")).toBe("Membership_pkey");
    expect(uniqueIndexName("User", ["schoolId", "username"])).toBe("User_schoolId_username_key");
    expect(indexName("Session", ["expiresAt"])).toBe("Session_expiresAt_idx");
    expect(foreignKeyName("Membership", ["classId"])).toBe("Membership_classId_fkey");
  });

  it("cuts a long name to 63 bytes before the suffix, as PostgreSQL would otherwise do silently", () => {
    const name = indexName("HomeworkSubmissionAttachment", ["submissionId", "uploadedById", "createdAt"]);
    expect(name).toBe("HomeworkSubmissionAttachment_submissionId_uploadedById_crea_idx");
    expect(Buffer.byteLength(name)).toBe(63);
  });

  it("never splits a multi-byte character when cutting", () => {
    const name = uniqueIndexName("کلاس".repeat(8), ["نام"]);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(63);
    expect(name).not.toContain("\uFFFD");
    expect(name.endsWith("_key")).toBe(true);
  });
});
