/** UTF-8 byte order mark: without it Excel reads UTF-8 as the local code page and garbles Persian names. */
export const UTF8_BOM = "\uFEFF";

/**
 * One RFC 4180 field. Cells that a spreadsheet would run as a formula (=, +, -, @ and their
 * tab/CR variants) get a leading apostrophe, so a student named "=HYPERLINK(…)" stays text.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(fields: Array<string | number | null | undefined>): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}
