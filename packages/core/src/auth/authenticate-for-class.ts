// A request that names its class up front (a message send) checks its session and its class
// membership in one statement instead of two: one round trip less on the busiest path. The rules
// are those of `authenticate` and `getClassAccess`, applied to the same columns.
import type { Db } from "@zang/db";
import { classAccessOf, type ClassAccess, type ClassAccessRow } from "../classes/class-access.ts";
import { coalescedLookup } from "../sql/coalesced-lookup.ts";
import type { Viewer } from "../viewer.ts";
import { authenticate, SESSION_COLUMNS, tokenHashOf, viewerOfSession, type SessionRow } from "./sessions.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Key = { tokenHash: Buffer; classId: string };
/** `classPostingPolicy` is null when the class is not one of the session's school (or archived, or absent). */
type Row = SessionRow & { i: string; classPostingPolicy: ClassAccessRow["postingPolicy"] | null; classRole: ClassAccessRow["role"]; mutedAt: Date | null };

const keyOf = ({ tokenHash, classId }: Key) => `${tokenHash.toString("hex")}/${classId}`;

const sessionsWithClass = coalescedLookup<Key, Row>({
  keyOf,
  async run(pool, keys) {
    const { rows } = await pool.query<Row>(
      `SELECT k.i::text AS i, ${SESSION_COLUMNS},
              c."postingPolicy" AS "classPostingPolicy", m.role AS "classRole", m."mutedAt"
       FROM unnest($1::bytea[], $2::uuid[]) WITH ORDINALITY AS k(token_hash, class_id, i)
       JOIN "Session" s ON s."tokenHash" = k.token_hash
       JOIN "User" u ON u.id = s."userId"
       LEFT JOIN "ClassGroup" c ON c.id = k.class_id AND c."schoolId" = s."schoolId" AND c."archivedAt" IS NULL
       LEFT JOIN "Membership" m ON m."classId" = c.id AND m."userId" = u.id`,
      [keys.map((key) => key.tokenHash), keys.map((key) => key.classId)],
    );
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
