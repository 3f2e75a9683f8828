// Whether a database is the embedded PGlite, asked of the server itself (a DATABASE_URL may point
// at a PGlite wire server, as tests do). It serves every connection from one session, so COPY,
// session settings and advisory locks do not work there as on PostgreSQL.
import type { Db } from "@zang/db";

const answers = new WeakMap<Db, Promise<boolean>>();

export function isEmbeddedServer(db: Db): Promise<boolean> {
  let answer = answers.get(db);
  if (!answer) {
    answer = db.pool.query<{ version: string }>("SELECT version()").then(({ rows }) => /PGlite/i.test(rows[0]?.version ?? ""));
    answers.set(db, answer);
    answer.catch(() => answers.delete(db)); // asked again next time
  }
  return answer;
}
