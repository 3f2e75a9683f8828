// HTTP/1.1 chunked transfer coding, decoded without copying: each network read yields the
// payload byte ranges it holds (usually one: a server write is one chunk, one read), and a
// chunk split across reads continues in the next.

const CR = 0x0d;
const LF = 0x0a;
/** A chunk-size line longer than this is not HTTP. */
const MAX_SIZE_LINE = 64;

export class ChunkedBodyReader {
  /** Payload bytes of the current chunk still to come. */
  private remaining = 0;
  /** Bytes of the CRLF after a chunk's payload still to skip. */
  private trailer = 0;
  /** The start of a chunk-size line split across reads. */
  private sizeLine = "";
  /** The last (zero-size) chunk arrived: the body is complete. */
  finished = false;

  /** The payload carried by `bytes`, as views into it. Throws on bytes that are not chunked coding. */
  read(bytes: Buffer): Buffer[] {
    const parts: Buffer[] = [];
    let at = 0;
    while (at < bytes.length && !this.finished) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, bytes.length - at);
        parts.push(bytes.subarray(at, at + take));
        at += take;
        this.remaining -= take;
        if (this.remaining === 0) this.trailer = 2;
      } else if (this.trailer > 0) {
        const expected = this.trailer === 2 ? CR : LF;
        if (bytes[at] !== expected) throw new Error("chunked body: a chunk does not end in CRLF");
        at++;
        this.trailer--;
      } else {
        const lineEnd = bytes.indexOf(LF, at);
        this.sizeLine += bytes.toString("latin1", at, lineEnd === -1 ? bytes.length : lineEnd);
        if (this.sizeLine.length > MAX_SIZE_LINE) throw new Error("chunked body: chunk-size line too long");
        if (lineEnd === -1) break;
        at = lineEnd + 1;
        const size = parseChunkSize(this.sizeLine);
        this.sizeLine = "";
        if (size === 0) this.finished = true;
        else this.remaining = size;
      }
    }
    return parts;
  }
}

/** `1a3f`, `1a3f;ext=1` or with its CR: the hexadecimal size. */
function parseChunkSize(line: string): number {
  const digits = line.replace(/\r$/, "").split(";")[0]!.trim();
  if (!/^[0-9a-f]+$/i.test(digits)) throw new Error(`chunked body: bad chunk size ${JSON.stringify(line.slice(0, 20))}`);
  return Number.parseInt(digits, 16);
}
