import type { ClassRole, Db } from "@zang/db";
import type { TClassMemberInput, TCreateClassInput, TMuteMemberInput } from "@zang/validators";
import { auditEntry } from "../audit/audit-record.ts";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";
import { publishQuietly, type MessagingDeps } from "../messages/messaging-deps.ts";
import { schoolUsersMatching } from "../users/school-user-search.ts";
import type { ClassAccess, PostingPolicy } from "./class-access.ts";

/** School admins create classes in their own school. */
export async function createClass({ db, viewer, input }: { db: Db; viewer: Viewer; input: TCreateClassInput }) {
  return db.prisma.$transaction(async (tx) => {
    const created = await tx.classGroup.create({
      data: { schoolId: viewer.schoolId, name: input.name, grade: input.grade ?? null, postingPolicy: input.postingPolicy },
      select: { id: true, name: true, grade: true, postingPolicy: true, createdAt: true },
    });
    await auditEntry(tx, { schoolId: viewer.schoolId, actorId: viewer.userId, action: "class_created", classId: created.id });
    return created;
  });
}

/**
 * Adds a user of the same school to a class, or changes their role there (assigning teachers).
 * Adding someone already there in that role changes nothing and logs nothing.
 */
export async function addClassMember({ db, viewer, input }: { db: Db; viewer: Viewer; input: TClassMemberInput }) {
  const [classGroup, user] = await Promise.all([
    db.prisma.classGroup.findFirst({ where: { id: input.classId, schoolId: viewer.schoolId }, select: { id: true } }),
    db.prisma.user.findFirst({ where: { id: input.userId, schoolId: viewer.schoolId, disabledAt: null }, select: { id: true, role: true } }),
  ]);
  if (!classGroup) throw new AppError({ code: "NOT_FOUND", message: "This class does not exist." });
  if (!user) throw new AppError({ code: "NOT_FOUND", message: "This user does not exist in your school." });
  if (input.role === "teacher" && user.role === "student") {
    throw new AppError({ code: "INVALID_INPUT", message: "A student cannot be made a teacher of a class." });
  }
  await db.prisma.$transaction(async (tx) => {
    // One statement decides, so two admins adding the same person at once log it once: a row
    // comes back only when it was inserted or its role really changed (and then from the other one).
    const [written] = await tx.$queryRaw<Array<{ inserted: boolean }>>`
      INSERT INTO "Membership" ("classId", "userId", "schoolId", role)
      VALUES (${input.classId}::uuid, ${input.userId}::uuid, ${viewer.schoolId}::uuid, ${input.role}::"ClassRole")
      ON CONFLICT ("classId", "userId") DO UPDATE SET role = EXCLUDED.role WHERE "Membership".role <> EXCLUDED.role
      RETURNING (xmax = 0) AS inserted`;
    if (!written) return;
    await auditEntry(tx, {
      schoolId: viewer.schoolId,
      actorId: viewer.userId,
      action: written.inserted ? "member_added" : "member_role_changed",
      targetUserId: input.userId,
      classId: input.classId,
      details: written.inserted ? { role: input.role } : { role: input.role, previousRole: input.role === "teacher" ? "student" : "teacher" },
    });
  });
  return { ok: true as const };
}

export async function removeClassMember({ db, viewer, input }: { db: Db; viewer: Viewer; input: { classId: string; userId: string } }) {
  await db.prisma.$transaction(async (tx) => {
    const [removed] = await tx.$queryRaw<Array<{ role: ClassRole }>>`
      DELETE FROM "Membership" WHERE "classId" = ${input.classId}::uuid AND "userId" = ${input.userId}::uuid AND "schoolId" = ${viewer.schoolId}::uuid
      RETURNING role`;
    if (!removed) throw new AppError({ code: "NOT_FOUND", message: "This user is not a member of this class." });
    await auditEntry(tx, {
      schoolId: viewer.schoolId,
      actorId: viewer.userId,
      action: "member_removed",
      targetUserId: input.userId,
      classId: input.classId,
      details: { role: removed.role },
    });
  });
  return { ok: true as const };
}

/** For an admin adding people to a class: the school's people who match, each with their role in the class (null when not in it). */
export async function findPeopleForClass({ db, viewer, input }: { db: Db; viewer: Viewer; input: { classId: string; query: string } }) {
  const classGroup = await db.prisma.classGroup.findFirst({ where: { id: input.classId, schoolId: viewer.schoolId }, select: { id: true } });
  if (!classGroup) throw new AppError({ code: "NOT_FOUND", message: "This class does not exist." });
  const users = await db.prisma.user.findMany({
    ...schoolUsersMatching(viewer.schoolId, input.query),
    select: { id: true, username: true, displayName: true, role: true, memberships: { where: { classId: input.classId }, select: { role: true } } },
  });
  return users.map(({ id, memberships, ...user }) => ({ userId: id, ...user, classRole: memberships[0]?.role ?? null }));
}

export async function listClassMembers({ db, access }: { db: Db; access: ClassAccess }) {
  const members = await db.prisma.membership.findMany({
    where: { classId: access.classId },
    select: { role: true, mutedAt: true, user: { select: { id: true, displayName: true, username: true, disabledAt: true } } },
    orderBy: [{ role: "desc" }, { user: { displayName: "asc" } }],
  });
  return members.map((member) => ({
    userId: member.user.id,
    displayName: member.user.displayName,
    username: member.user.username,
    role: member.role,
    isMuted: member.mutedAt !== null,
    /** False for an account an admin (or a roster) deactivated: still a member, cannot sign in. */
    isActive: member.user.disabledAt === null,
  }));
}

/**
 * Members' pages hear of it at once (a `class.updated` event) and re-read what they may do.
 * Setting the policy the class already has changes nothing and logs nothing.
 */
export async function setPostingPolicy({ db, events, viewer, access, postingPolicy }: MessagingDeps & { viewer: Viewer; access: ClassAccess; postingPolicy: PostingPolicy }) {
  const changed = await db.prisma.$transaction(async (tx) => {
    const { count } = await tx.classGroup.updateMany({ where: { id: access.classId, postingPolicy: { not: postingPolicy } }, data: { postingPolicy } });
    if (count === 0) return false;
    await auditEntry(tx, { schoolId: viewer.schoolId, actorId: viewer.userId, action: "posting_policy_changed", classId: access.classId, details: { postingPolicy } });
    return true;
  });
  if (changed) await publishQuietly(events, { classId: access.classId, kind: "class.updated" });
  return { postingPolicy };
}

/**
 * Mutes or unmutes a student; teachers cannot be muted. The student's page hears of it at once,
 * as for a policy change. Muting someone already muted (or the reverse) changes nothing.
 */
export async function muteClassMember({ db, events, viewer, access, input }: MessagingDeps & { viewer: Viewer; access: ClassAccess; input: TMuteMemberInput }) {
  const changed = await db.prisma.$transaction(async (tx) => {
    const [membership] = await tx.$queryRaw<Array<{ role: ClassRole; muted: boolean }>>`
      SELECT role, "mutedAt" IS NOT NULL AS muted FROM "Membership"
      WHERE "classId" = ${access.classId}::uuid AND "userId" = ${input.userId}::uuid FOR UPDATE`;
    if (!membership) throw new AppError({ code: "NOT_FOUND", message: "This user is not a member of this class." });
    if (membership.role === "teacher") throw new AppError({ code: "INVALID_INPUT", message: "Teachers cannot be muted." });
    if (membership.muted === input.muted) return false;
    await tx.membership.update({
      where: { classId_userId: { classId: access.classId, userId: input.userId } },
      data: { mutedAt: input.muted ? new Date() : null },
      select: { classId: true },
    });
    await auditEntry(tx, {
      schoolId: viewer.schoolId,
      actorId: viewer.userId,
      action: input.muted ? "member_muted" : "member_unmuted",
      targetUserId: input.userId,
      classId: access.classId,
    });
    return true;
  });
  if (changed) await publishQuietly(events, { classId: access.classId, kind: "class.updated" });
  return { muted: input.muted };
}
