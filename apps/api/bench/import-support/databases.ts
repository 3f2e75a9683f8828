// Fresh, migrated databases on the real server for one benchmark run, dropped afterwards.
import { randomBytes } from "node:crypto";
import { migrate, MIGRATIONS_DIR } from "@zang/db";
import pg from "pg";

export type BenchDatabase = { name: string; url: string; drop(): Promise<void> };

export async function freshDatabase(serverUrl: string, label: string): Promise<BenchDatabase> {
  const name = `zang_bench_${label}_${randomBytes(4).toString("hex")}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrate({ url: url.toString(), migrationsDir: MIGRATIONS_DIR, log: () => {} });
  return { name, url: url.toString(), drop: () => admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function query<Row extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text, params)).rows;
  } finally {
    await client.end();
  }
}
