import { describeProblem, type ProblemCode } from "../problems/problem-catalog.ts";

/**
 * A problem with a file as a whole (unreadable encoding, missing column, broken zip): the import
 * cannot go on whatever the policy, because no row of the file can be trusted. Its `message` is
 * the English wording; `code` and `args` let a reader have it in their language.
 */
export class RosterInputError extends Error {
  override name = "RosterInputError";
  readonly file: string;
  readonly line: number;
  readonly column: string;
  readonly code: ProblemCode;
  readonly args: readonly string[];

  constructor({ file, line = 0, column = "", code, args = [] }: { file: string; line?: number; column?: string; code: ProblemCode; args?: readonly string[] }) {
    super(describeProblem(code, args, "en"));
    this.file = file;
    this.line = line;
    this.column = column;
    this.code = code;
    this.args = args;
  }
}
