import { newClientId } from "../../lib/client-id.ts";

/**
 * Idempotency keys for handing in work, one per submit attempt. Retrying the same content (after
 * a dropped connection, say) reuses the key, so the server returns the version it may already have
 * made instead of making another; changed content is a new attempt with a new key.
 */
export function createAttemptKeys(newId: () => string = newClientId) {
  let current: { key: string; content: string } | null = null;
  return {
    keyFor(content: string): string {
      if (current?.content !== content) current = { key: newId(), content };
      return current.key;
    },
    /** After a success: submitting again, even unchanged, is a new attempt. */
    clear(): void {
      current = null;
    },
  };
}
