import type { Message } from "../messages/message.ts";

export type MessageEventKind = "message.created" | "message.edited" | "message.deleted";
export type ClassEventKind = MessageEventKind | ClassUpdatedEvent["kind"];

/** A change in a class conversation. `seq` is the class event number it took (the message's changeSeq). */
export type MessageEvent = {
  classId: string;
  seq: number;
  kind: MessageEventKind;
  message: Message;
};

/**
 * The class's settings changed (posting policy, or a member muted or unmuted): members re-read the
 * class to see what they may do now. It carries no details (a mute is no one else's business) and
 * takes no event number: it is a doorbell, not history. One that is lost costs a member nothing
 * they cannot recover: the page re-reads the class when its stream reconnects and when a send is
 * refused.
 */
export type ClassUpdatedEvent = { classId: string; kind: "class.updated" };

export type ClassEvent = MessageEvent | ClassUpdatedEvent;

export const isMessageEvent = (event: ClassEvent): event is MessageEvent => event.kind !== "class.updated";

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
