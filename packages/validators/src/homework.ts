import { z } from "zod";
import { ZId } from "./common.ts";
import { ZFileIds } from "./files.ts";
import { ZClientId } from "./messages.ts";

export const MAX_SUBMISSION_TEXT = 20_000;

const ZPoints = z
  .number({ error: "Points must be a number." })
  .min(0, { error: "Points cannot be negative." })
  .max(10_000, { error: "Points are at most 10,000." })
  .refine((value) => Number.isInteger(value * 100), { error: "Points have at most two decimals." });

const assignmentFields = {
  title: z.string().trim().min(1, { error: "Give the assignment a title." }).max(200, { error: "Titles are at most 200 characters." }),
  instructions: z.string().trim().max(20_000, { error: "Instructions are at most 20,000 characters." }).default(""),
  dueAt: z.coerce.date({ error: "Choose a due date and time." }),
  maxPoints: ZPoints.refine((value) => value > 0, { error: "Maximum points must be more than zero." }),
  /** Late work is accepted until this moment; null or omitted: no late work. */
  allowLateUntil: z.coerce.date().nullish(),
  fileIds: ZFileIds.default([]),
};

const lateAfterDue = (value: { dueAt?: Date; allowLateUntil?: Date | null }) =>
  !value.allowLateUntil || !value.dueAt || value.allowLateUntil >= value.dueAt;
const LATE_BEFORE_DUE = { error: "Late work must be accepted until a time after the due time.", path: ["allowLateUntil"] };

export const ZCreateAssignmentInput = z.object({ classId: ZId, ...assignmentFields }).refine(lateAfterDue, LATE_BEFORE_DUE);
export type TCreateAssignmentInput = z.infer<typeof ZCreateAssignmentInput>;

export const ZUpdateAssignmentInput = z
  .object({ assignmentId: ZId, ...assignmentFields })
  .refine(lateAfterDue, LATE_BEFORE_DUE);
export type TUpdateAssignmentInput = z.infer<typeof ZUpdateAssignmentInput>;

export const ZAssignmentRef = z.object({ assignmentId: ZId });

export const ZSubmitInput = z
  .object({
    assignmentId: ZId,
    text: z.string().trim().max(MAX_SUBMISSION_TEXT, { error: `Answers are at most ${MAX_SUBMISSION_TEXT.toLocaleString("en")} characters.` }).default(""),
    fileIds: ZFileIds.default([]),
    /** Chosen by the client once per submit attempt and reused on retries. */
    idempotencyKey: ZClientId,
  })
  .refine((value) => value.text.length > 0 || value.fileIds.length > 0, { error: "Write an answer or attach a file.", path: ["text"] });
export type TSubmitInput = z.infer<typeof ZSubmitInput>;

export const ZSubmissionFilter = z.enum(["all", "missing", "late", "ungraded"]);
export type TSubmissionFilter = z.infer<typeof ZSubmissionFilter>;

export const ZSubmissionsInput = z.object({ assignmentId: ZId, filter: ZSubmissionFilter.default("all") });

export const ZGradeInput = z.object({
  submissionId: ZId,
  points: ZPoints,
  feedback: z.string().trim().max(5_000, { error: "Feedback is at most 5,000 characters." }).default(""),
});
export type TGradeInput = z.infer<typeof ZGradeInput>;

export const ZReturnInput = z.object({ assignmentId: ZId, submissionIds: z.array(ZId).max(5_000).nullish() });
export type TReturnInput = z.infer<typeof ZReturnInput>;
