// Whether a database is the embedded PGlite, asked of the server itself (a DATABASE_URL may point
// at a PGlite wire server, as tests do). It serves every connection from one session, so COPY,
// session settings, advisory locks and named prepared statements do not work there as on PostgreSQL.
import type pg from "pg";

const answers = new WeakMap<pg.Pool, Promise<boolean>>();

export function isEmbeddedServer(pool: pg.Pool): Promise<boolean> {
  let answer = answers.get(pool);
  if (!answer) {
    answer = pool.query<{ version: string }>("SELECT version()").then(({ rows }) => /PGlite/i.test(rows[0]?.version ?? ""));
    answers.set(pool, answer);
    answer.catch(() => answers.delete(pool)); // asked again next time
  }
  return answer;
}
