// Where a roster comes from: a folder of CSV files, a .zip of them (read in place: the zip's
// central directory first, then one entry at a time as a stream), or a single CSV file.
import { createReadStream } from "node:fs";
import { PassThrough } from "node:stream";
import { open, readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import yauzl from "yauzl";
import { RosterInputError } from "./roster-input-error.ts";

export type RosterEntry = {
  /** File name without folders, as the manifest and error messages name it. */
  name: string;
  /** Bytes once read (uncompressed size for zip entries). */
  size: number;
  open(): Promise<AsyncIterable<Buffer>>;
};

export type RosterSource = {
  kind: "folder" | "zip" | "file";
  entries: RosterEntry[];
  /** Looks an entry up by name, ignoring case (Windows zips vary it). */
  find(name: string): RosterEntry | undefined;
  close(): Promise<void>;
};

const CHUNK_BYTES = 256 * 1024;

/** Opens a roster from a path; `displayName` names a single file (an upload is stored under another name). */
export async function openRosterSource({ path, displayName }: { path: string; displayName?: string }): Promise<RosterSource> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new RosterInputError({ file: displayName ?? basename(path), code: "cannotRead", args: [displayName ?? path] });
  if (info.isDirectory()) return openFolder(path);
  if (await isZip(path)) return openZip(path, displayName ?? basename(path));
  const entry: RosterEntry = { name: displayName ?? basename(path), size: info.size, open: async () => createReadStream(path, { highWaterMark: CHUNK_BYTES }) };
  return source("file", [entry], async () => {});
}

function source(kind: RosterSource["kind"], entries: RosterEntry[], close: () => Promise<void>): RosterSource {
  const byName = new Map(entries.map((entry) => [entry.name.toLowerCase(), entry]));
  return { kind, entries, find: (name) => byName.get(name.toLowerCase()), close };
}

async function openFolder(path: string): Promise<RosterSource> {
  const names = (await readdir(path, { withFileTypes: true })).filter((entry) => entry.isFile() && !entry.name.startsWith(".")).map((entry) => entry.name);
  const entries = await Promise.all(
    names.map(async (name) => {
      const filePath = join(path, name);
      const { size } = await stat(filePath);
      return { name, size, open: async () => createReadStream(filePath, { highWaterMark: CHUNK_BYTES }) };
    }),
  );
  return source("folder", entries, async () => {});
}

async function isZip(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}

async function openZip(path: string, zipName: string): Promise<RosterSource> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, file) => (error ? reject(brokenZip(zipName, error)) : resolve(file))),
  );
  const zipEntries: yauzl.Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      zipEntries.push(entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve());
    zip.on("error", (error: Error) => reject(brokenZip(zipName, error)));
    zip.readEntry();
  });
  const entries: RosterEntry[] = [];
  const seen = new Set<string>();
  for (const entry of zipEntries) {
    const name = basename(entry.fileName);
    // Folders, macOS resource forks and hidden files are not roster files.
    if (entry.fileName.endsWith("/") || entry.fileName.startsWith("__MACOSX/") || name.startsWith(".")) continue;
    if (seen.has(name.toLowerCase())) {
      throw new RosterInputError({ file: zipName, code: "zipDuplicate", args: [zipName, name] });
    }
    seen.add(name.toLowerCase());
    entries.push({
      name,
      size: entry.uncompressedSize,
      open: () =>
        new Promise<AsyncIterable<Buffer>>((resolve, reject) =>
          zip.openReadStream(entry, (error, stream) => {
            if (error) return reject(brokenZip(zipName, error));
            // yauzl's stream for a stored (uncompressed) entry only works in flowing mode: pipe
            // it, so that async iteration (paused mode) reads it too.
            const out = new PassThrough({ highWaterMark: CHUNK_BYTES });
            stream.on("error", (streamError) => out.destroy(brokenZip(zipName, streamError)));
            resolve(stream.pipe(out));
          }),
        ),
    });
  }
  return source("zip", entries, async () => zip.close());
}

function brokenZip(zipName: string, error: Error): RosterInputError {
  return new RosterInputError({ file: zipName, code: "notZip", args: [zipName, error.message] });
}
