import type { ClassEvent, ClassEventBus } from "./class-event.ts";

/** The bus for a single API process (the embedded default). */
export class MemoryEventBus implements ClassEventBus {
  private readonly listeners = new Map<string, Set<(event: ClassEvent) => void>>();

  async publish(event: ClassEvent): Promise<void> {
    for (const listener of this.listeners.get(event.classId) ?? []) listener(event);
  }

  async subscribe(classIds: readonly string[], listener: (event: ClassEvent) => void): Promise<() => void> {
    for (const classId of classIds) {
      let set = this.listeners.get(classId);
      if (!set) this.listeners.set(classId, (set = new Set()));
      set.add(listener);
    }
    return () => {
      for (const classId of classIds) {
        const set = this.listeners.get(classId);
        set?.delete(listener);
        if (set?.size === 0) this.listeners.delete(classId);
      }
    };
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
