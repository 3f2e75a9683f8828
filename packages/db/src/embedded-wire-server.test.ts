import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded.ts";

let embedded: EmbeddedPostgres;
let pool: pg.Pool;

beforeAll(async () => {
  embedded = await startEmbeddedPostgres({ poolSize: 10 });
  pool = new pg.Pool({ connectionString: embedded.url, max: 8 });
});
afterAll(async () => {
  await pool.end();
  await embedded.stop();
});

describe("embedded PostgreSQL over the wire", () => {
  it("answers each of many concurrent parameterised queries with its own result", async () => {
    // Extended-protocol queries from 8 connections at once: interleaving their messages would
    // swap statements or parameters between connections.
    const results = await Promise.all(
      Array.from({ length: 400 }, (_, i) => pool.query<{ n: number; label: string }>("SELECT $1::int AS n, $2::text AS label", [i, `q${i}`])),
    );
    results.forEach((result, i) => expect(result.rows[0]).toEqual({ n: i, label: `q${i}` }));
  });

  it("keeps a transaction's statements together while other connections query", async () => {
    await pool.query("CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)");
    await pool.query("INSERT INTO counter VALUES (1, 0)");
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const { rows } = await client.query<{ n: number }>("SELECT n FROM counter WHERE id = 1 FOR UPDATE");
          await client.query("UPDATE counter SET n = $1 WHERE id = 1", [rows[0]!.n + 1]);
          await client.query("COMMIT");
        } finally {
          client.release();
        }
      }).concat(Array.from({ length: 50 }, (_, i) => pool.query("SELECT $1::int", [i]).then(() => {}))),
    );
    const { rows } = await pool.query<{ n: number }>("SELECT n FROM counter WHERE id = 1");
    expect(rows[0]!.n).toBe(20);
  });

  it("rolls back a transaction whose client disappeared, and keeps serving others", async () => {
    const client = new pg.Client({ connectionString: embedded.url });
    client.on("error", () => {});
    await client.connect();
    await client.query("BEGIN");
    await client.query("UPDATE counter SET n = 999 WHERE id = 1");
    (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await expect.poll(async () => (await pool.query<{ n: number }>("SELECT n FROM counter WHERE id = 1")).rows[0]!.n).toBe(20);
  });
});
