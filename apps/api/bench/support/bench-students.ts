// Students for a benchmark's class, added with set-based SQL rather than the seed factory:
// `count` students (usernames student1…), members of the class, each with a session row so nobody
// has to log in. Given `sharePasswordOf`, they take that user's argon2 hash: hashing thousands of
// passwords would take seconds and measure nothing.
import { generateSessionToken, hashSessionToken, SESSION_IDLE_MS } from "@zang/core";
import type { Db } from "@zang/db";

export type BenchStudent = { id: string; token: string };

const hex = (token: string) => Buffer.from(hashSessionToken(token)).toString("hex");

/** Anything that runs a query: the pool, or a client inside a transaction. */
type Queryable = { query: Db["pool"]["query"] };

async function insertSessions(client: Queryable, { schoolId, userIds, tokens }: { schoolId: string; userIds: string[]; tokens: string[] }): Promise<void> {
  await client.query(
    `INSERT INTO "Session" ("tokenHash", "userId", "schoolId", "expiresAt")
     SELECT decode(h, 'hex'), id, $3, now() + $4 * interval '1 millisecond' FROM unnest($1::text[], $2::uuid[]) AS s(h, id)`,
    [tokens.map(hex), userIds, schoolId, SESSION_IDLE_MS],
  );
}

/** Student 1 first. */
export async function addBenchStudents({ db, schoolId, classId, count, sharePasswordOf }: { db: Db; schoolId: string; classId: string; count: number; sharePasswordOf?: string }): Promise<BenchStudent[]> {
  const numbers = Array.from({ length: count }, (_, index) => index + 1);
  const tokens = numbers.map(() => generateSessionToken());
  const client = await db.pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: string; n: number }>(
      `INSERT INTO "User" ("schoolId", username, "displayName", role)
       SELECT $1, 'student' || n, 'دانش‌آموز ' || n, 'student' FROM unnest($2::int[]) AS n
       RETURNING id, substr(username, 8)::int AS n`,
      [schoolId, numbers],
    );
    const ids = rows.sort((a, b) => a.n - b.n).map((row) => row.id);
    if (sharePasswordOf) {
      await client.query(
        `INSERT INTO "Credential" ("userId", "passwordHash")
         SELECT id, (SELECT "passwordHash" FROM "Credential" WHERE "userId" = $2) FROM unnest($1::uuid[]) AS id`,
        [ids, sharePasswordOf],
      );
    }
    await client.query(`INSERT INTO "Membership" ("classId", "userId", "schoolId", role) SELECT $2, id, $3, 'student' FROM unnest($1::uuid[]) AS id`, [ids, classId, schoolId]);
    await insertSessions(client, { schoolId, userIds: ids, tokens });
    await client.query("COMMIT");
    return ids.map((id, index) => ({ id, token: tokens[index]! }));
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

/** A bearer token for `userId`, without a login. */
export async function addBenchSession({ db, schoolId, userId }: { db: Db; schoolId: string; userId: string }): Promise<string> {
  const token = generateSessionToken();
  await insertSessions(db.pool, { schoolId, userIds: [userId], tokens: [token] });
  return token;
}
