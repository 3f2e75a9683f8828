import {
  addClassMember,
  createClass,
  findPeopleForClass,
  getClassDetail,
  listArchivedClasses,
  listClasses,
  listClassMembers,
  muteClassMember,
  removeClassMember,
  renameClass,
  setClassArchived,
  setPostingPolicy,
} from "@zang/core";
import {
  ZArchiveClassInput,
  ZClassMemberInput,
  ZCreateClassInput,
  ZFindPeopleInput,
  ZMuteMemberInput,
  ZRemoveClassMemberInput,
  ZRenameClassInput,
  ZSetPostingPolicyInput,
} from "@zang/validators";
import { authedProcedure, classProcedure, classTeacherProcedure, router, schoolAdminProcedure } from "../trpc.ts";

export const classesRouter = router({
  list: authedProcedure.query(({ ctx }) => listClasses({ db: ctx.services.db, viewer: ctx.viewer })),

  get: classProcedure.query(({ ctx }) => getClassDetail({ db: ctx.services.db, viewer: ctx.viewer, access: ctx.classAccess })),

  members: classTeacherProcedure.query(({ ctx }) => listClassMembers({ db: ctx.services.db, access: ctx.classAccess })),

  create: schoolAdminProcedure.input(ZCreateClassInput).mutation(({ ctx, input }) => createClass({ db: ctx.services.db, viewer: ctx.viewer, input })),

  rename: schoolAdminProcedure
    .input(ZRenameClassInput)
    .mutation(({ ctx, input }) => renameClass({ db: ctx.services.db, events: ctx.services.events, viewer: ctx.viewer, input })),

  setArchived: schoolAdminProcedure
    .input(ZArchiveClassInput)
    .mutation(({ ctx, input }) => setClassArchived({ db: ctx.services.db, events: ctx.services.events, viewer: ctx.viewer, input })),

  archived: schoolAdminProcedure.query(({ ctx }) => listArchivedClasses({ db: ctx.services.db, viewer: ctx.viewer })),

  findPeople: schoolAdminProcedure.input(ZFindPeopleInput).query(({ ctx, input }) => findPeopleForClass({ db: ctx.services.db, viewer: ctx.viewer, input })),

  addMember: schoolAdminProcedure.input(ZClassMemberInput).mutation(({ ctx, input }) => addClassMember({ db: ctx.services.db, viewer: ctx.viewer, input })),

  removeMember: schoolAdminProcedure
    .input(ZRemoveClassMemberInput)
    .mutation(({ ctx, input }) => removeClassMember({ db: ctx.services.db, viewer: ctx.viewer, input })),

  setPostingPolicy: classTeacherProcedure
    .input(ZSetPostingPolicyInput)
    .mutation(({ ctx, input }) => setPostingPolicy({ db: ctx.services.db, events: ctx.services.events, viewer: ctx.viewer, access: ctx.classAccess, postingPolicy: input.postingPolicy })),

  muteMember: classTeacherProcedure
    .input(ZMuteMemberInput)
    .mutation(({ ctx, input }) => muteClassMember({ db: ctx.services.db, events: ctx.services.events, viewer: ctx.viewer, access: ctx.classAccess, input })),
});
