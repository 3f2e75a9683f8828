import type { Db } from "@zang/db";
import type { ClassEvent, ClassEventBus } from "../events/class-event.ts";

export type MessagingDeps = { db: Db; events: ClassEventBus };

/**
 * Publishes after the change has committed. A failed publish loses nothing: subscribers find the
 * change by its event number when the next event arrives or when they reconnect.
 */
export async function publishQuietly(events: ClassEventBus, event: ClassEvent): Promise<void> {
  try {
    await events.publish(event);
  } catch (error) {
    console.warn(`[events] publish failed for class ${event.classId} (${event.kind}):`, (error as Error).message);
  }
}
