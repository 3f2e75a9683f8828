import type { ClassRole, Db } from "@zang/db";
import { AppError } from "../errors.ts";
import { coalescedLookup } from "../sql/coalesced-lookup.ts";
import type { Viewer } from "../viewer.ts";

/** How the viewer relates to a class: a member with a role there, or the school's admin. */
export type ClassAccessRole = ClassRole | "admin";
export type PostingPolicy = "everyone" | "teachers_only";
export type ClassAccess = {
  classId: string;
  role: ClassAccessRole;
  postingPolicy: PostingPolicy;
  isMuted: boolean;
};

const NOT_FOUND_MESSAGE = "This class does not exist or you are not a member of it.";

/**
 * Resolves the viewer's access to a class of their own school. A class of another school and a
 * class the viewer is not in give the same NOT_FOUND, so ids of other schools reveal nothing.
 */
export async function getClassAccess({ db, viewer, classId }: { db: Db; viewer: Viewer; classId: string }): Promise<ClassAccess> {
  const access = classAccessOf(viewer, classId, await classAccessRows.load(db.pool, { classId, schoolId: viewer.schoolId, userId: viewer.userId }));
  if (!access) throw new AppError({ code: "NOT_FOUND", message: NOT_FOUND_MESSAGE });
  return access;
}

/** The class as the viewer's school has it, with the viewer's membership; absent for a class of another school or archived. */
export type ClassAccessRow = { postingPolicy: PostingPolicy; role: ClassRole | null; mutedAt: Date | null };

/** The viewer's access given their row for the class, or null when they have none. */
export function classAccessOf(viewer: Viewer, classId: string, row: ClassAccessRow | undefined): ClassAccess | null {
  if (!row) return null;
  const base = { classId, postingPolicy: row.postingPolicy };
  if (row.role) return { ...base, role: row.role, isMuted: row.mutedAt !== null };
  if (viewer.role === "admin") return { ...base, role: "admin", isMuted: false };
  return null;
}

type AccessKey = { classId: string; schoolId: string; userId: string };
type AccessRow = ClassAccessRow & { i: string };

// Every class procedure runs this first: plain SQL (Prisma would take two queries), and
// concurrent checks share one statement (see coalesced-lookup.ts).
const accessKeyOf = ({ classId, schoolId, userId }: AccessKey) => `${classId}/${schoolId}/${userId}`;
const classAccessRows = coalescedLookup<AccessKey, AccessRow>({
  keyOf: accessKeyOf,
  async run(pool, keys) {
    const { rows } = await pool.query<AccessRow>(
      `SELECT k.i::text AS i, c."postingPolicy", m.role, m."mutedAt"
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) WITH ORDINALITY AS k(class_id, school_id, user_id, i)
       JOIN "ClassGroup" c ON c.id = k.class_id AND c."schoolId" = k.school_id AND c."archivedAt" IS NULL
       LEFT JOIN "Membership" m ON m."classId" = c.id AND m."userId" = k.user_id`,
      [keys.map((key) => key.classId), keys.map((key) => key.schoolId), keys.map((key) => key.userId)],
    );
    return new Map(rows.map((row) => [accessKeyOf(keys[Number(row.i) - 1]!), row]));
  },
});

/** Teachers of the class and the school's admins manage it. */
export function canManageClass(access: ClassAccess): boolean {
  return access.role === "teacher" || access.role === "admin";
}

export type CannotPostReason = "announcement_mode" | "muted";

/** Why the viewer may not post in the class, or null when they may. */
export function cannotPostReason(access: ClassAccess): CannotPostReason | null {
  if (canManageClass(access)) return null;
  if (access.isMuted) return "muted";
  if (access.postingPolicy === "teachers_only") return "announcement_mode";
  return null;
}

const CANNOT_POST_MESSAGES: Record<CannotPostReason, string> = {
  announcement_mode: "Only teachers can post in this class (announcement mode).",
  muted: "A teacher has muted you in this class. You can still read it.",
};

export function assertCanPost(access: ClassAccess): void {
  const reason = cannotPostReason(access);
  if (reason) throw new AppError({ code: "FORBIDDEN", message: CANNOT_POST_MESSAGES[reason] });
}
