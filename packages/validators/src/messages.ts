import { z } from "zod";
import { ZId } from "./common.ts";
import { ZFileIds } from "./files.ts";
import { MAX_SEARCH_LENGTH, MIN_SEARCH_LENGTH, searchableText } from "./search-text.ts";

/** Long enough for a lesson summary, short enough that one message cannot flood a class. */
export const MAX_MESSAGE_LENGTH = 4000;
export const MAX_PAGE_SIZE = 100;

/** Counts characters as people see them (an emoji is one), not UTF-16 units. */
const characterCount = (text: string) => Array.from(text).length;

const WRITE_SOMETHING = "Write a message first.";

/** Message text, possibly empty (a message may be only files). */
const ZMessageText = z
  .string()
  .trim()
  // PostgreSQL text cannot hold NUL; refuse it here with words instead of a database error.
  .refine((text) => !text.includes("\u0000"), { error: "Messages cannot contain NUL characters." })
  .refine((text) => characterCount(text) <= MAX_MESSAGE_LENGTH, {
    error: (issue) =>
      `Messages are at most ${MAX_MESSAGE_LENGTH.toLocaleString("en")} characters; this one has ${characterCount(String(issue.input)).toLocaleString("en")}.`,
  });

export const ZMessageBody = ZMessageText.refine((text) => text.length > 0, { error: WRITE_SOMETHING });

/** Chosen by the client (a UUID, typically) so a retried send is recognised. */
export const ZClientId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { error: "clientId may use letters, digits, '-' and '_' only." });

export const ZSendMessageInput = z
  .object({
    classId: ZId,
    /** May be empty when files are attached. */
    body: ZMessageText.default(""),
    clientId: ZClientId,
    replyToId: ZId.nullish(),
    /** Files the sender uploaded, shown with the message in this order. */
    fileIds: ZFileIds.default([]),
  })
  .refine((input) => input.body.length > 0 || input.fileIds.length > 0, { error: WRITE_SOMETHING, path: ["body"] });
export type TSendMessageInput = z.infer<typeof ZSendMessageInput>;

export const ZListMessagesInput = z.object({
  classId: ZId,
  /** Return messages older than this sequence number (the `seq` of the oldest message shown). */
  before: z.number().int().positive().nullish(),
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});
export type TListMessagesInput = z.infer<typeof ZListMessagesInput>;

export const ZEditMessageInput = z.object({ messageId: ZId, body: ZMessageBody });
export type TEditMessageInput = z.infer<typeof ZEditMessageInput>;

export const ZMessageRef = z.object({ messageId: ZId });

export const ZPinMessageInput = z.object({ messageId: ZId, pinned: z.boolean() });
export type TPinMessageInput = z.infer<typeof ZPinMessageInput>;

export const ZMarkReadInput = z.object({
  classId: ZId,
  /** Read up to and including this message; omitted: everything so far. */
  messageId: ZId.nullish(),
});
export type TMarkReadInput = z.infer<typeof ZMarkReadInput>;

export const ZMessageEventsInput = z.object({
  /** One class, or (omitted) every class of the caller. */
  classId: ZId.nullish(),
  /** Set by the client on reconnect: the id of the last event it received. */
  lastEventId: z.string().max(8192).nullish(),
});
export type TMessageEventsInput = z.infer<typeof ZMessageEventsInput>;

export const MAX_SEARCH_PAGE_SIZE = 50;

/**
 * A search of one class's messages, newest first. `cursor` goes on with a search: the previous
 * answer's `nextCursor` (the name tRPC's infinite queries expect).
 */
export const ZSearchMessagesInput = z.object({
  classId: ZId,
  query: z
    .string()
    .trim()
    .refine((query) => searchableText(query).text.trim().length >= MIN_SEARCH_LENGTH, { error: `Type at least ${MIN_SEARCH_LENGTH} letters to search.` })
    .refine((query) => characterCount(query) <= MAX_SEARCH_LENGTH, { error: `A search is at most ${MAX_SEARCH_LENGTH} characters.` }),
  cursor: z.number().int().positive().nullish(),
  limit: z.number().int().min(1).max(MAX_SEARCH_PAGE_SIZE).default(20),
});
export type TSearchMessagesInput = z.infer<typeof ZSearchMessagesInput>;
