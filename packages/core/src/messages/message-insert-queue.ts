// Concurrent sends to one class are written together. Numbering a message row-locks its class
// until the transaction commits, so one-by-one inserts into a busy class wait for each other's
// commit (measured: ~440/s for one class against ~4,000/s for unrelated rows). Here, while one
// insert for a class is in flight, later ones queue and go as one statement that takes a block of
// numbers: one lock, one commit, one round trip for the whole batch.
import type pg from "pg";
import type { Message } from "./message.ts";
import { insertMessageBatch, sendKey, type NewMessage } from "./message-sql.ts";

/** Largest batch one statement writes. */
const MAX_BATCH = 256;

type Pending = { values: NewMessage; resolve: (message: Message | null) => void; reject: (error: unknown) => void };
type ClassQueue = { pending: Pending[]; running: boolean };

const queuesByPool = new WeakMap<pg.Pool, Map<string, ClassQueue>>();

/** Inserts a message with the class's next number; null when this author already used `clientId`. */
export function insertMessage(pool: pg.Pool, values: NewMessage): Promise<Message | null> {
  let queues = queuesByPool.get(pool);
  if (!queues) queuesByPool.set(pool, (queues = new Map()));
  const key = `${values.schoolId}/${values.classId}`;
  let queue = queues.get(key);
  if (!queue) queues.set(key, (queue = { pending: [], running: false }));
  const inserted = new Promise<Message | null>((resolve, reject) => queue.pending.push({ values, resolve, reject }));
  if (!queue.running) void drain(pool, queues, key, queue);
  return inserted;
}

async function drain(pool: pg.Pool, queues: Map<string, ClassQueue>, key: string, queue: ClassQueue): Promise<void> {
  queue.running = true;
  while (queue.pending.length > 0) {
    const batch = queue.pending.splice(0, nextBatchSize(queue.pending));
    try {
      settle(batch, await insertMessageBatch(pool, distinctSends(batch)));
    } catch (error) {
      if (batch.length === 1) batch[0]!.reject(error);
      // One bad row must not fail its neighbours: write them one by one to find it.
      else for (const item of batch) await insertAlone(pool, item);
    }
  }
  queue.running = false;
  queues.delete(key);
}

/** Sends without files go together, in order; a send with files goes alone (its statement also writes the attachments). */
function nextBatchSize(pending: Pending[]): number {
  const hasFiles = (item: Pending) => item.values.attachments.length > 0;
  if (hasFiles(pending[0]!)) return 1;
  let size = 1;
  while (size < pending.length && size < MAX_BATCH && !hasFiles(pending[size]!)) size++;
  return size;
}

async function insertAlone(pool: pg.Pool, item: Pending): Promise<void> {
  try {
    settle([item], await insertMessageBatch(pool, [item.values]));
  } catch (error) {
    item.reject(error);
  }
}

/** The batch without repeated (author, clientId) pairs: a repeat is a retry racing its original. */
function distinctSends(batch: Pending[]): NewMessage[] {
  const seen = new Set<string>();
  return batch.map((item) => item.values).filter((values) => !seen.has(sendKey(values)) && seen.add(sendKey(values)));
}

/** Each send gets the message it created; a repeat (or a clientId used before) gets null. */
function settle(batch: Pending[], created: Message[]): void {
  const byKey = new Map(created.map((message) => [sendKey(message), message]));
  for (const item of batch) {
    const key = sendKey(item.values);
    item.resolve(byKey.get(key) ?? null);
    byKey.delete(key);
  }
}
