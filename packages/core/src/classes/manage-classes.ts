import type { Db } from "@zang/db";
import type { TClassMemberInput, TCreateClassInput, TMuteMemberInput } from "@zang/validators";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";
import { publishQuietly, type MessagingDeps } from "../messages/messaging-deps.ts";
import { schoolUsersMatching } from "../users/school-user-search.ts";
import type { ClassAccess, PostingPolicy } from "./class-access.ts";

/** School admins create classes in their own school. */
export async function createClass({ db, viewer, input }: { db: Db; viewer: Viewer; input: TCreateClassInput }) {
  return db.prisma.classGroup.create({
    data: { schoolId: viewer.schoolId, name: input.name, grade: input.grade ?? null, postingPolicy: input.postingPolicy },
    select: { id: true, name: true, grade: true, postingPolicy: true, createdAt: true },
  });
}

/** Adds a user of the same school to a class, or changes their role there (assigning teachers). */
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
  await db.prisma.membership.upsert({
    where: { classId_userId: { classId: input.classId, userId: input.userId } },
    create: { classId: input.classId, userId: input.userId, schoolId: viewer.schoolId, role: input.role },
    update: { role: input.role },
    select: { classId: true },
  });
  return { ok: true as const };
}

export async function removeClassMember({ db, viewer, input }: { db: Db; viewer: Viewer; input: { classId: string; userId: string } }) {
  const { count } = await db.prisma.membership.deleteMany({ where: { classId: input.classId, userId: input.userId, schoolId: viewer.schoolId } });
  if (count === 0) throw new AppError({ code: "NOT_FOUND", message: "This user is not a member of this class." });
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
    select: { role: true, mutedAt: true, user: { select: { id: true, displayName: true, username: true } } },
    orderBy: [{ role: "desc" }, { user: { displayName: "asc" } }],
  });
  return members.map((member) => ({
    userId: member.user.id,
    displayName: member.user.displayName,
    username: member.user.username,
    role: member.role,
    isMuted: member.mutedAt !== null,
  }));
}

/** Members' pages hear of it at once (a `class.updated` event) and re-read what they may do. */
export async function setPostingPolicy({ db, events, access, postingPolicy }: MessagingDeps & { access: ClassAccess; postingPolicy: PostingPolicy }) {
  await db.prisma.classGroup.update({ where: { id: access.classId }, data: { postingPolicy }, select: { id: true } });
  await publishQuietly(events, { classId: access.classId, kind: "class.updated" });
  return { postingPolicy };
}

/** Mutes or unmutes a student; teachers cannot be muted. The student's page hears of it at once, as for a policy change. */
export async function muteClassMember({ db, events, access, input }: MessagingDeps & { access: ClassAccess; input: TMuteMemberInput }) {
  const membership = await db.prisma.membership.findUnique({
    where: { classId_userId: { classId: access.classId, userId: input.userId } },
    select: { role: true },
  });
  if (!membership) throw new AppError({ code: "NOT_FOUND", message: "This user is not a member of this class." });
  if (membership.role === "teacher") throw new AppError({ code: "INVALID_INPUT", message: "Teachers cannot be muted." });
  await db.prisma.membership.update({
    where: { classId_userId: { classId: access.classId, userId: input.userId } },
    data: { mutedAt: input.muted ? new Date() : null },
    select: { classId: true },
  });
  await publishQuietly(events, { classId: access.classId, kind: "class.updated" });
  return { muted: input.muted };
}
