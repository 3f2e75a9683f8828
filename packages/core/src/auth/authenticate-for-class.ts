// A request that names its class up front (a message send) checks its session and its class
// membership in one statement instead of two: one round trip less on the busiest path. The rules
// are those of `authenticate` and `getClassAccess`, applied to the same columns.
import { preparedQuery, type Db } from "@zang/db";
import { classAccessOf, type ClassAccess, type ClassAccessRow } from "../classes/class-access.ts";
import { coalescedLookup } from "../sql/coalesced-lookup.ts";
import type { Viewer } from "../viewer.ts";
import { authenticate, SESSION_COLUMNS, tokenHashOf, viewerOfSession, type SessionRow } from "./sessions.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Key = { tokenHash: Buffer; classId: string };
/** `classPostingPolicy` is null when the class is not one of the session's school (or archived, or absent). */
type Row = SessionRow & { i: string; classPostingPolicy: ClassAccessRow["postingPolicy"] | null; classRole: ClassAccessRow["role"]; mutedAt: Date | null };

const keyOf = ({ tokenHash, classId }: Key) => `${tokenHash.toString("hex")}/${classId}`;

/** The columns the check reads, and the joins from the session `s` to its user and to the class `k.class_id`. */
const SESSION_WITH_CLASS = `${SESSION_COLUMNS}, c."postingPolicy" AS "classPostingPolicy", m.role AS "classRole", m."mutedAt"`;
const CLASS_JOINS = `
  JOIN "User" u ON u.id = s."userId"
  LEFT JOIN "ClassGroup" c ON c.id = k.class_id AND c."schoolId" = s."schoolId" AND c."archivedAt" IS NULL
  LEFT JOIN "Membership" m ON m."classId" = c.id AND m."userId" = u.id`;

// Alone (the usual case) the check is a prepared statement whose plan is unique-index lookups at
// any table size; a batch takes arrays, whose plan depends on their length, so it is planned each time.
const ONE = `SELECT '1' AS i, ${SESSION_WITH_CLASS} FROM (SELECT $1::bytea AS token_hash, $2::uuid AS class_id) k
  JOIN "Session" s ON s."tokenHash" = k.token_hash ${CLASS_JOINS}`;
const MANY = `SELECT k.i::text AS i, ${SESSION_WITH_CLASS} FROM unnest($1::bytea[], $2::uuid[]) WITH ORDINALITY AS k(token_hash, class_id, i)
  JOIN "Session" s ON s."tokenHash" = k.token_hash ${CLASS_JOINS}`;

const sessionsWithClass = coalescedLookup<Key, Row>({
  keyOf,
  async run(pool, keys) {
    const { rows } =
      keys.length === 1
        ? await preparedQuery<Row>(pool, { name: "session-with-class", text: ONE, values: [keys[0]!.tokenHash, keys[0]!.classId] })
        : await pool.query<Row>(MANY, [keys.map((key) => key.tokenHash), keys.map((key) => key.classId)]);
    return new Map(rows.map((row) => [keyOf(keys[Number(row.i) - 1]!), row]));
  },
});

/**
 * The viewer behind the token and their access to `classId`: `viewer` is null exactly when
 * `authenticate` would say so, and `classAccess` is null whenever `getClassAccess` would refuse.
 */
export async function authenticateForClass({ db, token, classId, now = new Date() }: { db: Db; token: string; classId: string; now?: Date }): Promise<{ viewer: Viewer | null; classAccess: ClassAccess | null }> {
  const tokenHash = tokenHashOf(token);
  if (!tokenHash) return { viewer: null, classAccess: null };
  // Not a class id at all: the input check will refuse the call; the session still counts.
  if (!UUID.test(classId)) return { viewer: await authenticate({ db, token, now }), classAccess: null };
  const row = await sessionsWithClass.load(db.pool, { tokenHash, classId });
  const viewer = await viewerOfSession({ db, session: row, now });
  if (!viewer || !row?.classPostingPolicy) return { viewer, classAccess: null };
  return { viewer, classAccess: classAccessOf(viewer, classId, { postingPolicy: row.classPostingPolicy, role: row.classRole, mutedAt: row.mutedAt }) };
}
