// Whether the default Prisma would write and the default PostgreSQL reports are the same.
// PostgreSQL prints defaults back in its own form (`'fa'::text`, `nextval('"A_id_seq"'::regclass)`,
// `'-1'::integer`), so both sides are reduced to one canonical spelling before comparing.
import { ANY_DEFAULT, AUTOINCREMENT } from "./prisma-default.ts";

export function isSameDefault(expected: string | null, actual: string | null): boolean {
  if (expected === ANY_DEFAULT) return actual !== null;
  if (expected === null || actual === null) return expected === actual;
  return canonicalDefault(expected) === canonicalDefault(actual);
}

const QUOTED_LITERAL = String.raw`'(?:[^']|'')*'`;
const MULTI_WORD_TYPE = String.raw`character varying|double precision|bit varying|(?:timestamp|time)(?:\(\d+\))? with(?:out)? time zone`;
const TYPE_NAME = String.raw`(?:"(?:[^"]|"")+"|${MULTI_WORD_TYPE}|[a-z_][a-z0-9_]*)(?:\(\d+(?:,\s*\d+)?\))?(?:\[\])*`;
const CAST_AFTER_LITERAL = new RegExp(`(${QUOTED_LITERAL})::${TYPE_NAME}`, "gi");
const LITERAL = new RegExp(QUOTED_LITERAL, "g");
const NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

export function canonicalDefault(sql: string): string {
  let text = sql.trim();
  if (/^nextval\(.*\)$/i.test(text)) return AUTOINCREMENT;
  text = text.replace(CAST_AFTER_LITERAL, "$1");
  // PostgreSQL prints negative numeric defaults as quoted literals with a cast.
  text = text.replace(LITERAL, (literal) => {
    const content = literal.slice(1, -1);
    return NUMBER.test(content) ? content : literal;
  });
  return text.replace(/^now\(\)$/i, "CURRENT_TIMESTAMP");
}
