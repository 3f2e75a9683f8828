// With --api-url the bench builds its school in a database that is not its own, so removing it
// must leave nothing behind: every row of every table that belongs to a school goes with it.
import { randomUUID } from "node:crypto";
import { connectTestDb } from "@zang/core/testing";
import { afterAll, describe, expect, it } from "vitest";
import { buildBenchSchool, removeBenchSchool } from "./bench-school.ts";

const db = connectTestDb();
afterAll(() => db.close());

describe("the bench school", () => {
  it("is removed with everything in it", async () => {
    const school = await buildBenchSchool({ db, students: 3, code: `bench-${randomUUID().slice(0, 8)}` });
    await db.pool.query(`INSERT INTO "Message" ("schoolId", "classId", seq, "changeSeq", "authorId", "clientId", body) VALUES ($1, $2, 1, 1, $3, 'c-1', 'hello')`, [
      school.schoolId,
      school.liveClassId,
      school.teacherId,
    ]);
    const tables = await db.pool.query<{ table: string }>(
      `SELECT table_name AS table FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'schoolId' ORDER BY table_name`,
    );
    const rowsOfSchool = async () => {
      const counts: Record<string, number> = {};
      for (const { table } of tables.rows) {
        const { rows } = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE "schoolId" = $1`, [school.schoolId]);
        if (rows[0]!.n > 0) counts[table] = rows[0]!.n;
      }
      return counts;
    };
    expect(await rowsOfSchool()).toMatchObject({ User: 4, Session: 3, Message: 1 });

    await removeBenchSchool(db, school.schoolId);
    expect(await rowsOfSchool()).toEqual({});
    expect(await db.prisma.school.count({ where: { id: school.schoolId } })).toBe(0);
  });
});
