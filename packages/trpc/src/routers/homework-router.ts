import {
  closeAssignment,
  createAssignment,
  deleteAssignment,
  dueSoon,
  exportGradesCsv,
  gradeSubmission,
  listAssignments,
  listSubmissions,
  mySubmission,
  returnSubmissions,
  submitWork,
  toGrade,
  updateAssignment,
} from "@zang/core";
import {
  ZAssignmentRef,
  ZCreateAssignmentInput,
  ZGradeInput,
  ZReturnInput,
  ZSubmissionsInput,
  ZSubmitInput,
  ZUpdateAssignmentInput,
} from "@zang/validators";
import { authedProcedure, classProcedure, classTeacherProcedure, router } from "../trpc.ts";

export const homeworkRouter = router({
  create: classTeacherProcedure.input(ZCreateAssignmentInput).mutation(({ ctx, input }) =>
    createAssignment({ db: ctx.services.db, events: ctx.services.events, viewer: ctx.viewer, access: ctx.classAccess, input }),
  ),

  update: authedProcedure.input(ZUpdateAssignmentInput).mutation(({ ctx, input }) =>
    updateAssignment({ db: ctx.services.db, events: ctx.services.events, viewer: ctx.viewer, input }),
  ),

  delete: authedProcedure.input(ZAssignmentRef).mutation(({ ctx, input }) =>
    deleteAssignment({ db: ctx.services.db, events: ctx.services.events, viewer: ctx.viewer, assignmentId: input.assignmentId }),
  ),

  close: authedProcedure.input(ZAssignmentRef).mutation(({ ctx, input }) =>
    closeAssignment({ db: ctx.services.db, events: ctx.services.events, viewer: ctx.viewer, assignmentId: input.assignmentId }),
  ),

  /** A student's work still to hand in, across their classes (empty for anyone else). */
  dueSoon: authedProcedure.query(({ ctx }) => dueSoon({ db: ctx.services.db, viewer: ctx.viewer })),

  /** A teacher's hand-ins still to grade, across their classes (empty for anyone else). */
  toGrade: authedProcedure.query(({ ctx }) => toGrade({ db: ctx.services.db, viewer: ctx.viewer })),

  list: classProcedure.query(({ ctx }) => listAssignments({ db: ctx.services.db, viewer: ctx.viewer, access: ctx.classAccess })),

  submit: authedProcedure.input(ZSubmitInput).mutation(({ ctx, input }) => submitWork({ db: ctx.services.db, viewer: ctx.viewer, input })),

  mine: authedProcedure.input(ZAssignmentRef).query(({ ctx, input }) =>
    mySubmission({ db: ctx.services.db, viewer: ctx.viewer, assignmentId: input.assignmentId }),
  ),

  submissions: authedProcedure.input(ZSubmissionsInput).query(({ ctx, input }) =>
    listSubmissions({ db: ctx.services.db, viewer: ctx.viewer, assignmentId: input.assignmentId, filter: input.filter }),
  ),

  grade: authedProcedure.input(ZGradeInput).mutation(({ ctx, input }) =>
    gradeSubmission({ db: ctx.services.db, events: ctx.services.events, viewer: ctx.viewer, input }),
  ),

  return: authedProcedure.input(ZReturnInput).mutation(({ ctx, input }) =>
    returnSubmissions({ db: ctx.services.db, events: ctx.services.events, viewer: ctx.viewer, input }),
  ),

  /** The class's grade book as CSV text (UTF-8 with BOM); the client saves it as a file. */
  gradesCsv: classTeacherProcedure.query(({ ctx }) => exportGradesCsv({ db: ctx.services.db, access: ctx.classAccess })),
});
