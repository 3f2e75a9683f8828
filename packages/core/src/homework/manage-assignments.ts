import type { TCreateAssignmentInput, TUpdateAssignmentInput } from "@zang/validators";
import { canManageClass, type ClassAccess } from "../classes/class-access.ts";
import { AppError } from "../errors.ts";
import { assertOwnFiles, attachingFiles } from "../files/own-files.ts";
import { markFilesPending } from "../files/pending-files.ts";
import type { MessagingDeps } from "../messages/messaging-deps.ts";
import type { Viewer } from "../viewer.ts";
import { ASSIGNMENT_FIELDS, loadAssignment } from "./assignment-access.ts";
import { toAssignment } from "./assignment-view.ts";
import { postClassNotice } from "./class-notice.ts";

const forbidden = () => new AppError({ code: "FORBIDDEN", message: "Only the class's teachers can manage its homework." });

export async function createAssignment(deps: MessagingDeps & { viewer: Viewer; access: ClassAccess; input: TCreateAssignmentInput }) {
  const { db, viewer, access, input } = deps;
  await assertOwnFiles({ db, viewer, fileIds: input.fileIds });
  const assignment = await attachingFiles(() => db.prisma.assignment.create({
    data: {
      schoolId: viewer.schoolId,
      classId: access.classId,
      createdById: viewer.userId,
      title: input.title,
      instructions: input.instructions,
      dueAt: input.dueAt,
      allowLateUntil: input.allowLateUntil ?? null,
      maxPoints: input.maxPoints,
      files: { create: [...new Set(input.fileIds)].map((fileId) => ({ fileId })) },
    },
    select: ASSIGNMENT_FIELDS,
  }));
  await postClassNotice({
    ...deps,
    classId: access.classId,
    noticeId: `homework-new-${assignment.id}`,
    body: `📚 تکلیف جدید: «${assignment.title}» — New homework: “${assignment.title}”`,
  });
  return toAssignment(assignment);
}

/** Editing and deleting are allowed only before any student has submitted. */
async function loadEditable(deps: MessagingDeps & { viewer: Viewer; assignmentId: string }) {
  const { assignment, access } = await loadAssignment(deps);
  if (!canManageClass(access)) throw forbidden();
  const submitted = await deps.db.prisma.submission.count({ where: { assignmentId: assignment.id } });
  if (submitted > 0) throw new AppError({ code: "CONFLICT", message: "Students have already submitted work; the assignment can no longer be edited or deleted. Close it instead." });
  return assignment;
}

export async function updateAssignment(deps: MessagingDeps & { viewer: Viewer; input: TUpdateAssignmentInput }) {
  const { db, viewer, input } = deps;
  await loadEditable({ ...deps, assignmentId: input.assignmentId });
  await assertOwnFiles({ db, viewer, fileIds: input.fileIds });
  const before = await attachedFileIds(db, input.assignmentId);
  const updated = await attachingFiles(() => db.prisma.assignment.update({
    where: { id: input.assignmentId },
    data: {
      title: input.title,
      instructions: input.instructions,
      dueAt: input.dueAt,
      allowLateUntil: input.allowLateUntil ?? null,
      maxPoints: input.maxPoints,
      files: { deleteMany: {}, create: [...new Set(input.fileIds)].map((fileId) => ({ fileId })) },
    },
    select: ASSIGNMENT_FIELDS,
  }));
  const kept = new Set(input.fileIds);
  await markFilesPending({ db, fileIds: before.filter((fileId) => !kept.has(fileId)) });
  return toAssignment(updated);
}

export async function deleteAssignment(deps: MessagingDeps & { viewer: Viewer; assignmentId: string }) {
  await loadEditable(deps);
  const before = await attachedFileIds(deps.db, deps.assignmentId);
  await deps.db.prisma.assignment.delete({ where: { id: deps.assignmentId }, select: { id: true } });
  await markFilesPending({ db: deps.db, fileIds: before });
  return { ok: true as const };
}

/** The files an assignment lets go of become pending: housekeeping removes them unless attached elsewhere by then. */
async function attachedFileIds(db: MessagingDeps["db"], assignmentId: string): Promise<string[]> {
  const rows = await db.prisma.assignmentFile.findMany({ where: { assignmentId }, select: { fileId: true } });
  return rows.map(({ fileId }) => fileId);
}

export async function closeAssignment(deps: MessagingDeps & { viewer: Viewer; assignmentId: string }) {
  const { assignment, access } = await loadAssignment(deps);
  if (!canManageClass(access)) throw forbidden();
  const closed = await deps.db.prisma.assignment.update({
    where: { id: assignment.id },
    data: { closedAt: assignment.closedAt ?? new Date() },
    select: ASSIGNMENT_FIELDS,
  });
  return toAssignment(closed);
}
