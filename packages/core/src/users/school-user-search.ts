import type { Prisma } from "@zang/db";

/** At most this many people per search: enough to pick from, little enough to stay fast. */
export const FIND_PEOPLE_LIMIT = 20;

/**
 * Users of a school whose username or name holds `query` (any case): the active ones only, unless
 * `includeDeactivated`. Ordered by username and cut at FIND_PEOPLE_LIMIT, the walk follows the
 * (school, username) index and stops at the limit, so a common query on a big school stays cheap;
 * one that matches nobody reads the school's users once.
 */
export function schoolUsersMatching(schoolId: string, query: string, { includeDeactivated = false } = {}) {
  // Prisma passes `contains` to LIKE as it is: `%` and `_` in the query must match themselves.
  const literal = query.replace(/[\\%_]/g, (character) => `\\${character}`);
  const where: Prisma.UserWhereInput = {
    schoolId,
    ...(includeDeactivated ? {} : { disabledAt: null }),
    OR: [{ username: { contains: literal, mode: "insensitive" } }, { displayName: { contains: literal, mode: "insensitive" } }],
  };
  return { where, orderBy: { username: "asc" as const }, take: FIND_PEOPLE_LIMIT };
}
