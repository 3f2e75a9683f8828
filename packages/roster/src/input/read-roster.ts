// Reads a roster into the staging tables: finds out what it is (a OneRoster package or the simple
// one-file format), honours the manifest, and streams every file through encoding detection, the
// CSV reader and the row checks into the loader. Memory stays flat: rows are never collected.
import { readCsv, type CsvRecord } from "../csv/csv-tokenizer.ts";
import { encodeProblem, PROBLEM_SEPARATOR, type Header } from "../oneroster/fields.ts";
import { ONEROSTER_FILES, requiredColumns, type OneRosterKind } from "../oneroster/oneroster-files.ts";
import type { ImportNotice } from "../problems/problem-catalog.ts";
import { simpleHeader, simpleRow } from "../simple/simple-format.ts";
import type { StagingLoader, StagingValue } from "../staging/staging-loader.ts";
import type { StagingTable, StagingTables } from "../staging/staging-tables.ts";
import { asciiTrim, toText } from "../text/byte-string.ts";
import { toUtf8 } from "../text/decode.ts";
import type { RosterEntry, RosterSource } from "./roster-source.ts";
import { RosterInputError } from "./roster-input-error.ts";

export type KindMode = "bulk" | "delta" | "absent";
export type RosterFormat = "oneroster" | "simple";

export type ReadProgress = { file: string; rowsRead: number; bytesRead: number; bytesTotal: number };

export type ReadResult = {
  format: RosterFormat;
  modes: Record<OneRosterKind, KindMode>;
  /** Data rows read per file name. */
  rows: Record<string, number>;
  /** Things the admin should know that are not errors (files skipped, files ignored). */
  notices: ImportNotice[];
};

type ReadInput = {
  source: RosterSource;
  tables: StagingTables;
  loader: StagingLoader;
  onProgress?: (progress: ReadProgress) => void;
};

/** The OneRoster files Zang reads, in the order they are loaded. */
const LOADED_KINDS: OneRosterKind[] = ["orgs", "academicSessions", "courses", "classes", "users", "enrollments"];
const MANIFEST = "manifest.csv";

export async function readRoster({
  source,
  tables,
  loader,
  onProgress,
}: ReadInput): Promise<ReadResult> {
  const manifestEntry = source.find(MANIFEST);
  if (!manifestEntry) return readSimple({ source, tables, loader, onProgress });

  const manifest = await readManifest(manifestEntry);
  const modes = {} as Record<OneRosterKind, KindMode>;
  const notices: ImportNotice[] = [];
  for (const kind of LOADED_KINDS) {
    const file = ONEROSTER_FILES[kind].file;
    const mode = manifest.modes.get(kind) ?? "absent";
    const entry = source.find(file);
    if (mode !== "absent" && !entry) {
      throw new RosterInputError({ file: MANIFEST, line: manifest.lines.get(kind) ?? 0, column: "value", code: "manifestFileMissing", args: [file, mode] });
    }
    if (mode === "absent" && entry) notices.push({ code: "skippedAbsent", args: [file] });
    modes[kind] = entry ? mode : "absent";
  }
  const ignored = [...manifest.modes.entries()].filter(([kind, mode]) => mode !== "absent" && !LOADED_KINDS.includes(kind as OneRosterKind)).map(([kind]) => `${kind}.csv`);
  if (ignored.length > 0) notices.push({ code: "notUsed", args: [ignored.join(", ")] });

  const toLoad = LOADED_KINDS.filter((kind) => modes[kind] !== "absent");
  const bytesTotal = toLoad.reduce((sum, kind) => sum + (source.find(ONEROSTER_FILES[kind].file)?.size ?? 0), 0);
  const progress = { bytesRead: 0, rowsRead: 0, bytesTotal };
  const rows: Record<string, number> = {};
  for (const kind of toLoad) {
    const spec = ONEROSTER_FILES[kind];
    const entry = source.find(spec.file)!;
    rows[spec.file] = await loadFile({
      entry,
      table: tables[kind],
      loader,
      progress,
      onProgress,
      header: (fields) => oneRosterHeader(fields, kind, spec.file),
      toRow: spec.toRow,
    });
  }
  return { format: "oneroster", modes, rows, notices };
}

async function readSimple({
  source,
  tables,
  loader,
  onProgress,
}: ReadInput): Promise<ReadResult> {
  const csvEntries = source.entries.filter((entry) => /\.(csv|txt)$/i.test(entry.name) || source.kind === "file");
  if (csvEntries.length !== 1) {
    throw new RosterInputError({
      file: source.entries[0]?.name ?? "upload",
      code: csvEntries.length === 0 ? "noCsv" : "needsManifest",
    });
  }
  const entry = csvEntries[0]!;
  const progress = { bytesRead: 0, rowsRead: 0, bytesTotal: entry.size };
  const count = await loadFile({
    entry,
    table: tables.simple,
    loader,
    progress,
    onProgress,
    header: (fields) => {
      if (fields.some((name) => asciiTrim(name).toLowerCase() === "sourcedid") && fields.some((name) => asciiTrim(name).toLowerCase() === "enableduser")) {
        throw new RosterInputError({ file: entry.name, line: 1, code: "oneRosterFileAlone", args: [entry.name] });
      }
      return simpleHeader(fields, entry.name);
    },
    toRow: simpleRow,
  });
  const modes: Record<OneRosterKind, KindMode> = { orgs: "absent", academicSessions: "absent", courses: "absent", classes: "bulk", users: "bulk", enrollments: "bulk" };
  return { format: "simple", modes, rows: { [entry.name]: count }, notices: [] };
}

function oneRosterHeader(fields: string[], kind: OneRosterKind, file: string): Header {
  const header: Header = new Map();
  for (const [index, raw] of fields.entries()) {
    const name = asciiTrim(raw).toLowerCase();
    if (name === "") continue;
    if (header.has(name)) throw new RosterInputError({ file, line: 1, column: toText(asciiTrim(raw)), code: "duplicateColumn", args: [file, toText(asciiTrim(raw))] });
    header.set(name, index);
  }
  const missing = requiredColumns(kind).filter((column) => !header.has(column.toLowerCase()));
  if (missing.length > 0) {
    throw new RosterInputError({
      file,
      line: 1,
      column: missing[0]!,
      code: "missingColumns",
      args: [file, missing.join(", ")],
    });
  }
  return header;
}

/** Streams one file into its staging table; returns the number of data rows. */
async function loadFile({
  entry,
  table,
  loader,
  progress,
  onProgress,
  header: makeHeader,
  toRow,
}: {
  entry: RosterEntry;
  table: StagingTable;
  loader: StagingLoader;
  progress: { bytesRead: number; rowsRead: number; bytesTotal: number };
  onProgress: ((progress: ReadProgress) => void) | undefined;
  header: (fields: string[]) => Header;
  toRow: (fields: string[], header: Header, line: number) => StagingValue[];
}): Promise<number> {
  const { chunks } = await toUtf8({ bytes: await entry.open(), fileName: entry.name, onBytes: (count) => (progress.bytesRead += count) });
  const writer = await loader.open(table);
  let header: Header | null = null;
  let width = 0;
  let rows = 0;
  const rowsBefore = progress.rowsRead;
  const onRecord = ({ fields, line }: CsvRecord) => {
    if (!header) {
      header = makeHeader(fields);
      width = fields.length;
      return;
    }
    const row = toRow(fields, header, line);
    if (fields.length !== width) {
      const problem = encodeProblem("", "fieldCount", [String(fields.length), String(width)]);
      const last = row.length - 1;
      row[last] = row[last] === null ? problem : `${row[last]}${PROBLEM_SEPARATOR}${problem}`;
    }
    writer.write(row);
    rows++;
  };
  try {
    await readCsv({
      chunks: refuseNulBytes(chunks, entry.name),
      fileName: entry.name,
      onRecord,
      afterChunk: async () => {
        await writer.flush();
        progress.rowsRead = rowsBefore + rows;
        onProgress?.({ file: entry.name, rowsRead: progress.rowsRead, bytesRead: progress.bytesRead, bytesTotal: progress.bytesTotal });
      },
    });
    await writer.end();
  } catch (error) {
    await writer.abort(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
  if (!header) throw new RosterInputError({ file: entry.name, code: "emptyFile", args: [entry.name] });
  if (rows === 0) throw new RosterInputError({ file: entry.name, line: 2, code: "headerOnly", args: [entry.name] });
  return rows;
}

async function* refuseNulBytes(chunks: AsyncIterable<Buffer>, fileName: string): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    if (chunk.indexOf(0) >= 0) throw new RosterInputError({ file: fileName, code: "nulBytes", args: [fileName] });
    yield chunk;
  }
}

type Manifest = { modes: Map<string, KindMode>; lines: Map<string, number> };

async function readManifest(entry: RosterEntry): Promise<Manifest> {
  const { chunks } = await toUtf8({ bytes: await entry.open(), fileName: MANIFEST });
  const records: CsvRecord[] = [];
  await readCsv({ chunks, fileName: MANIFEST, onRecord: (record) => records.push(record) });
  const [head, ...rows] = records;
  const names = head?.fields.map((name) => asciiTrim(name).toLowerCase()) ?? [];
  const nameIndex = names.indexOf("propertyname");
  const valueIndex = names.indexOf("value");
  if (nameIndex < 0 || valueIndex < 0) throw new RosterInputError({ file: MANIFEST, line: 1, code: "manifestColumns" });
  const properties = new Map<string, { value: string; line: number }>();
  for (const { fields, line } of rows) properties.set(asciiTrim(fields[nameIndex] ?? ""), { value: asciiTrim(fields[valueIndex] ?? ""), line });
  const version = properties.get("oneroster.version");
  if (!version) throw new RosterInputError({ file: MANIFEST, column: "oneroster.version", code: "manifestWithout", args: ["oneroster.version"] });
  if (version.value !== "1.1") {
    throw new RosterInputError({ file: MANIFEST, line: version.line, column: "value", code: "wrongVersion", args: [toText(version.value)] });
  }
  const manifestVersion = properties.get("manifest.version");
  if (!manifestVersion) throw new RosterInputError({ file: MANIFEST, column: "manifest.version", code: "manifestWithout", args: ["manifest.version"] });
  const modes = new Map<string, KindMode>();
  const lines = new Map<string, number>();
  for (const [name, { value, line }] of properties) {
    if (!name.startsWith("file.")) continue;
    const kind = name.slice("file.".length);
    const mode = value.toLowerCase();
    if (mode !== "absent" && mode !== "bulk" && mode !== "delta") {
      throw new RosterInputError({ file: MANIFEST, line, column: "value", code: "badFileMode", args: [toText(name), toText(value)] });
    }
    modes.set(kind, mode);
    lines.set(kind, line);
  }
  return { modes, lines };
}
