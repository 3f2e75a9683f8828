// Loads staging rows into PostgreSQL. One interface, two ways: COPY FROM STDIN on a real server
// (the fastest way in, and memory stays flat because the stream applies back-pressure), and
// batched multi-row INSERT ... SELECT FROM unnest(...) on the embedded PGlite, whose wire server
// cannot carry COPY's sub-protocol.
import { once } from "node:events";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { StagingTable } from "./staging-tables.ts";
import { toText } from "../text/byte-string.ts";

export type StagingValue = string | number | boolean | null;

export interface StagingWriter {
  /** Queues one row (values in the table's column order; strings are byte strings). */
  write(values: StagingValue[]): void;
  /** Waits until queued rows have gone out far enough for more to be read. */
  flush(): Promise<void>;
  /** Sends the rest and waits for the database to have them all. */
  end(): Promise<void>;
  /** Gives up (the file turned out unreadable): the connection must leave COPY mode to be usable. */
  abort(reason: Error): Promise<void>;
}

export interface StagingLoader {
  open(table: StagingTable): Promise<StagingWriter>;
}

export function createStagingLoader({ client, isEmbedded }: { client: pg.ClientBase; isEmbedded: boolean }): StagingLoader {
  return isEmbedded ? new InsertLoader(client) : new CopyLoader(client);
}

const COPY_BUFFER_CHARS = 256 * 1024;
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_SPECIAL_ALL = /[\\\t\n\r]/g;
const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** COPY's text format: tab-separated, \N for null, backslash escapes. */
function copyValue(value: StagingValue): string {
  if (value === null) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  return COPY_SPECIAL.test(value) ? value.replace(COPY_SPECIAL_ALL, (char) => COPY_ESCAPES[char]!) : value;
}

class CopyLoader implements StagingLoader {
  constructor(private readonly client: pg.ClientBase) {}

  async open(table: StagingTable): Promise<StagingWriter> {
    const stream = this.client.query(copyFrom(`COPY ${table.name} (${table.columns.map((column) => column.name).join(", ")}) FROM STDIN`));
    let failure: Error | null = null;
    stream.on("error", (error: Error) => (failure = error));
    const finished = new Promise<void>((resolve, reject) => {
      stream.on("finish", resolve);
      stream.on("error", reject);
    });
    finished.catch(() => {}); // observed through `failure` and end()
    let buffer = "";
    let needsDrain = false;
    const send = () => {
      if (buffer.length === 0) return;
      // Byte strings hold UTF-8 bytes one per character: latin1 gives the bytes back unchanged.
      if (!stream.write(Buffer.from(buffer, "latin1"))) needsDrain = true;
      buffer = "";
    };
    return {
      write(values) {
        let line = copyValue(values[0]!);
        for (let index = 1; index < values.length; index++) line += `\t${copyValue(values[index]!)}`;
        buffer += `${line}\n`;
        if (buffer.length >= COPY_BUFFER_CHARS) send();
      },
      async flush() {
        if (failure) throw failure;
        send();
        if (needsDrain) {
          await new Promise<void>((resolve, reject) => {
            stream.once("drain", resolve);
            stream.once("error", reject);
          });
          needsDrain = false;
        }
      },
      async end() {
        if (failure) throw failure;
        send();
        stream.end();
        await finished;
      },
      async abort(reason) {
        if (stream.destroyed || stream.writableFinished) return;
        // destroy() sends CopyFail; the server answers with an error and the connection is free again.
        const closed = once(stream, "close").catch(() => {});
        stream.destroy(reason);
        await closed;
      },
    };
  }
}

const INSERT_BATCH_ROWS = 1000;
const ARRAY_TYPE = { int: "integer[]", text: "text[]", bool: "boolean[]" } as const;

class InsertLoader implements StagingLoader {
  constructor(private readonly client: pg.ClientBase) {}

  async open(table: StagingTable): Promise<StagingWriter> {
    const columns = table.columns;
    const sql = `INSERT INTO ${table.name} (${columns.map((column) => column.name).join(", ")})
      SELECT * FROM unnest(${columns.map((column, index) => `$${index + 1}::${ARRAY_TYPE[column.type]}`).join(", ")})`;
    let batch: StagingValue[][] = columns.map(() => []);
    let size = 0;
    const send = async () => {
      if (size === 0) return;
      const params = batch;
      batch = columns.map(() => []);
      size = 0;
      await this.client.query(sql, params);
    };
    return {
      write(values) {
        for (let index = 0; index < columns.length; index++) {
          const value = values[index] ?? null;
          // The driver sends parameters as UTF-8 text: turn byte strings back into text.
          batch[index]!.push(typeof value === "string" ? toText(value) : value);
        }
        size++;
      },
      async flush() {
        if (size >= INSERT_BATCH_ROWS) await send();
      },
      async end() {
        await send();
      },
      async abort() {
        batch = columns.map(() => []);
        size = 0;
      },
    };
  }
}
