import type { FileKind } from "./file-kinds.ts";

/**
 * Word, Excel and PowerPoint files are ZIP archives; what they are shows in their entry names,
 * which a ZIP stores uncompressed in each local header. Scanning the stream for each format's main
 * part tells a real .docx from a renamed archive without unpacking anything. The names are long
 * enough that compressed bytes matching one by chance are not a concern.
 */
const MAIN_PARTS: ReadonlyArray<{ kind: FileKind; name: Buffer }> = [
  { kind: "docx", name: Buffer.from("word/document.xml") },
  { kind: "xlsx", name: Buffer.from("xl/workbook.xml") },
  { kind: "pptx", name: Buffer.from("ppt/presentation.xml") },
];
const OVERLAP = Math.max(...MAIN_PARTS.map(({ name }) => name.length)) - 1;

export class OfficePartScanner {
  readonly #found = new Set<FileKind>();
  /** The end of the previous chunk, so a name split across two chunks is still seen. */
  #tail = Buffer.alloc(0);

  scan(chunk: Buffer): void {
    const seam = Buffer.concat([this.#tail, chunk.subarray(0, OVERLAP)]);
    for (const { kind, name } of MAIN_PARTS) {
      if (!this.#found.has(kind) && (chunk.includes(name) || seam.includes(name))) this.#found.add(kind);
    }
    const joined = chunk.length >= OVERLAP ? chunk : Buffer.concat([this.#tail, chunk]);
    this.#tail = Buffer.from(joined.subarray(Math.max(0, joined.length - OVERLAP)));
  }

  /**
   * The Office formats whose main part appeared. A document can embed another (a Word file with
   * an Excel chart), so there may be more than one; the file's extension chooses.
   */
  get kinds(): ReadonlySet<FileKind> {
    return this.#found;
  }
}
