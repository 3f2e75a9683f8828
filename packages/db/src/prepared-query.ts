// The statements every request runs (the session and class check, the insert of a message) are
// named, so each pooled connection has PostgreSQL plan them once instead of on every call: for the
// session-and-class join, planning took 1.8 ms against 0.3 ms of execution (EXPLAIN ANALYZE on the
// messaging bench's school), and pgbench ran it 5.4 times as fast prepared. PGlite serves every
// connection from one session, where connections' statement names would collide: there they run
// unnamed. Behind PgBouncer in transaction mode this needs PgBouncer 1.21+ with
// max_prepared_statements set.
import type pg from "pg";
import { isEmbeddedServer } from "./embedded-server.ts";

export async function preparedQuery<Row extends pg.QueryResultRow>(pool: pg.Pool, { name, text, values }: { name: string; text: string; values: unknown[] }): Promise<pg.QueryResult<Row>> {
  return (await isEmbeddedServer(pool)) ? pool.query<Row>(text, values) : pool.query<Row>({ name, text, values });
}
