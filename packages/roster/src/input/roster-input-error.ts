/**
 * A problem with a file as a whole (unreadable encoding, missing column, broken zip): the import
 * cannot go on whatever the policy, because no row of the file can be trusted.
 */
export class RosterInputError extends Error {
  override name = "RosterInputError";
  readonly file: string;
  readonly line: number;
  readonly column: string;

  constructor({ file, line = 0, column = "", message }: { file: string; line?: number; column?: string; message: string }) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
  }
}
