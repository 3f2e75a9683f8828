import type { Message } from "../messages/message.ts";

export type ClassEventKind = "message.created" | "message.edited" | "message.deleted";

/** A change in a class conversation. `seq` is the class event number it took (the message's changeSeq). */
export type ClassEvent = {
  classId: string;
  seq: number;
  kind: ClassEventKind;
  message: Message;
};

/**
 * Carries class events between API processes. Delivery is best effort: the database stays the
 * source of truth, and subscribers detect gaps by the per-class event numbers and re-read them.
 */
export interface ClassEventBus {
  publish(event: ClassEvent): Promise<void>;
  /**
   * Resolves once the subscription is live: every event published afterwards reaches `listener`.
   * `onResync` is called when the bus may have lost events (its connection dropped and came back).
   */
  subscribe(classIds: readonly string[], listener: (event: ClassEvent) => void, onResync?: () => void): Promise<() => void>;
  close(): Promise<void>;
}
