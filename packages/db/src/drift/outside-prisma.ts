// Database objects that exist on purpose although schema.prisma does not describe them. Anything
// else the database has and Prisma does not know is drift. When a migration adds such an object
// (a partial index for a hot query, a trigger's table, a partitioned archive), list it here with the
// migration's name and the reason, so the exception is reviewed like code.

export type OutsidePrisma = {
  tables: readonly string[];
  /** "Table.column" */
  columns: readonly string[];
  indexes: readonly string[];
  /** Constraint names. */
  foreignKeys: readonly string[];
  enums: readonly string[];
};

export const OUTSIDE_PRISMA: OutsidePrisma = {
  // Prisma Migrate's own bookkeeping, written by src/migrate.ts.
  tables: ["_prisma_migrations"],
  columns: [],
  // 20261206180000_homework_overview_indexes: an expression index and a partial one, for the
  // class list's homework lists (core/src/homework/homework-overview.ts).
  indexes: ["Assignment_open_until_idx", "Submission_ungraded_idx"],
  foreignKeys: [],
  enums: [],
};
