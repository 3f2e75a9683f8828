import { tracked } from "@trpc/server";
import {
  decodeCursor,
  deleteMessage,
  editMessage,
  listMessages,
  markRead,
  messageReaders,
  pinMessage,
  searchMessages,
  sendMessage,
  streamClassEvents,
  subscribableClassIds,
  type StreamedEvent,
} from "@zang/core";
import { ZEditMessageInput, ZListMessagesInput, ZMarkReadInput, ZMessageEventsInput, ZMessageRef, ZPinMessageInput, ZSearchMessagesInput, ZSendMessageInput } from "@zang/validators";
import { authedProcedure, classProcedure, router } from "../trpc.ts";

async function* trackEvents(stream: AsyncIterable<StreamedEvent>) {
  for await (const { id, event } of stream) yield tracked(id, event);
}

export const messagesRouter = router({
  send: classProcedure.input(ZSendMessageInput).mutation(({ ctx, input }) =>
    sendMessage({ db: ctx.services.db, events: ctx.services.events, viewer: ctx.viewer, access: ctx.classAccess, input }),
  ),

  list: classProcedure.input(ZListMessagesInput).query(({ ctx, input }) => listMessages({ db: ctx.services.db, access: ctx.classAccess, input })),

  search: classProcedure.input(ZSearchMessagesInput).query(async ({ ctx, input }) => {
    await ctx.services.searchLimit.take(ctx.viewer.userId);
    return searchMessages({ db: ctx.services.db, access: ctx.classAccess, input });
  }),

  edit: authedProcedure.input(ZEditMessageInput).mutation(({ ctx, input }) =>
    editMessage({ db: ctx.services.db, events: ctx.services.events, viewer: ctx.viewer, input }),
  ),

  delete: authedProcedure.input(ZMessageRef).mutation(({ ctx, input }) =>
    deleteMessage({ db: ctx.services.db, events: ctx.services.events, viewer: ctx.viewer, input }),
  ),

  pin: authedProcedure.input(ZPinMessageInput).mutation(({ ctx, input }) =>
    pinMessage({ db: ctx.services.db, events: ctx.services.events, viewer: ctx.viewer, input }),
  ),

  /** Teachers of the class: which of its students have read the message. */
  readers: authedProcedure.input(ZMessageRef).query(({ ctx, input }) => messageReaders({ db: ctx.services.db, viewer: ctx.viewer, messageId: input.messageId })),

  markRead: classProcedure.input(ZMarkReadInput).mutation(({ ctx, input }) =>
    markRead({ db: ctx.services.db, viewer: ctx.viewer, access: ctx.classAccess, input }),
  ),

  /**
   * Live changes to the caller's classes over SSE. Each event is tracked by a cursor; the client
   * link sends the last one back on reconnect and receives exactly what it missed.
   */
  onEvent: authedProcedure.input(ZMessageEventsInput).subscription(async ({ ctx, input, signal }) => {
    // Checks run here, before the stream starts, so a refusal is a proper error response rather
    // than an error inside the event stream.
    const { db, events } = ctx.services;
    const cursor = input.lastEventId ? decodeCursor(input.lastEventId) : null;
    const classIds = await subscribableClassIds({ db, viewer: ctx.viewer, classId: input.classId });
    return trackEvents(streamClassEvents({ db, bus: events, classIds, cursor, signal: signal ?? new AbortController().signal }));
  }),
});
