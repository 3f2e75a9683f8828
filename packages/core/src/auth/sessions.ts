import { preparedQuery, type Db } from "@zang/db";
import { coalescedLookup } from "../sql/coalesced-lookup.ts";
import type { Viewer } from "../viewer.ts";
import { generateSessionToken, hashSessionToken, looksLikeSessionToken } from "./session-token.ts";

/** Idle lifetime: a session unused for this long expires. */
export const SESSION_IDLE_MS = 30 * 24 * 60 * 60 * 1000;
/** Refresh `lastSeenAt`/`expiresAt` at most this often, so reads do not turn into writes. */
const SESSION_TOUCH_INTERVAL_MS = 60 * 60 * 1000;

export type ClientInfo = { ipAddress?: string | null; userAgent?: string | null };

export async function createSession({
  db,
  userId,
  schoolId,
  client,
  now = new Date(),
}: {
  db: Db;
  userId: string;
  schoolId: string;
  client: ClientInfo;
  now?: Date;
}): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = generateSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
  const session = await db.prisma.session.create({
    data: {
      tokenHash: hashSessionToken(token),
      userId,
      schoolId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ipAddress: client.ipAddress ?? null,
      userAgent: client.userAgent?.slice(0, 512) ?? null,
    },
    select: { id: true },
  });
  return { token, sessionId: session.id, expiresAt };
}

/** A session joined with its user, as the session checks read it. */
export type SessionRow = {
  tokenHash: Buffer;
  id: string;
  schoolId: string;
  expiresAt: Date;
  lastSeenAt: Date;
  userId: string;
  userSchoolId: string;
  role: Viewer["role"];
  displayName: string;
  disabledAt: Date | null;
};

/** The columns of a SessionRow, for statements that join `Session s` and `User u`. */
export const SESSION_COLUMNS = `s."tokenHash", s.id, s."schoolId", s."expiresAt", s."lastSeenAt",
  u.id AS "userId", u."schoolId" AS "userSchoolId", u.role, u."displayName", u."disabledAt"`;

// Every request runs this, so it is plain SQL on the pool, and concurrent requests share one
// statement (see coalesced-lookup.ts): Prisma would take two queries (session, then user) per
// request and compile each on the way.
const SESSION_BY = `SELECT ${SESSION_COLUMNS} FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE s."tokenHash"`;
const sessionsByTokenHash = coalescedLookup<Buffer, SessionRow>({
  keyOf: (tokenHash) => tokenHash.toString("hex"),
  async run(pool, tokenHashes) {
    // Alone (the usual case) a prepared statement, planned once per connection; see authenticate-for-class.ts.
    const { rows } =
      tokenHashes.length === 1
        ? await preparedQuery<SessionRow>(pool, { name: "session-by-token", text: `${SESSION_BY} = $1`, values: [tokenHashes[0]] })
        : await pool.query<SessionRow>(`${SESSION_BY} = ANY($1::bytea[])`, [tokenHashes]);
    return new Map(rows.map((row) => [row.tokenHash.toString("hex"), row]));
  },
});

/** The token's hash as stored, or null for a string that cannot be one of our tokens. */
export function tokenHashOf(token: string): Buffer | null {
  return looksLikeSessionToken(token) ? Buffer.from(hashSessionToken(token)) : null;
}

/** The viewer behind a bearer token, or null when the token is unknown, expired or its user disabled. */
export async function authenticate({ db, token, now = new Date() }: { db: Db; token: string; now?: Date }): Promise<Viewer | null> {
  const tokenHash = tokenHashOf(token);
  return tokenHash ? viewerOfSession({ db, session: await sessionsByTokenHash.load(db.pool, tokenHash), now }) : null;
}

/** The viewer a session row stands for, or null when it is expired or its user disabled; refreshes a session in use. */
export async function viewerOfSession({ db, session, now }: { db: Db; session: SessionRow | undefined; now: Date }): Promise<Viewer | null> {
  if (!session || session.expiresAt <= now || session.disabledAt !== null) return null;
  if (session.userSchoolId !== session.schoolId) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    await db.prisma.session.update({
      where: { id: session.id },
      data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) },
      select: { id: true },
    });
  }
  return { userId: session.userId, schoolId: session.schoolId, role: session.role, displayName: session.displayName, sessionId: session.id };
}

export async function revokeSession({ db, viewer }: { db: Db; viewer: Viewer }): Promise<void> {
  await db.prisma.session.deleteMany({ where: { id: viewer.sessionId, userId: viewer.userId } });
}

/** "Log out everywhere": every session of the user, this one included. */
export async function revokeAllSessions({ db, viewer }: { db: Db; viewer: Viewer }): Promise<number> {
  const { count } = await db.prisma.session.deleteMany({ where: { userId: viewer.userId, schoolId: viewer.schoolId } });
  return count;
}

export async function deleteExpiredSessions({ db, now = new Date() }: { db: Db; now?: Date }): Promise<number> {
  const { count } = await db.prisma.session.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
