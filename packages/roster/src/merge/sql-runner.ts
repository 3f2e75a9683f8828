import type pg from "pg";

/** Runs SQL on the import's own connection (set-based roster SQL goes through `pg`, not Prisma: see merge/validate.ts). */
export type Sql = <Row extends pg.QueryResultRow = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<Row[]>;

export function sqlRunner(client: pg.ClientBase): Sql {
  return async <Row extends pg.QueryResultRow>(text: string, params: unknown[] = []) => (await client.query<Row>(text, params)).rows;
}
