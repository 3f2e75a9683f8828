// Each student's file: a PDF of `bytes` bytes that is theirs alone. Random filler makes every file
// different, so content addressing stores one object per student instead of collapsing them into
// one; the file is made when the student hands in, so 5,000 × 100 KB never sit in memory at once.
import { createHash, randomFillSync } from "node:crypto";

export type StudentFile = { name: string; body: Buffer; sha256: string };

export function studentPdf(index: number, bytes: number): StudentFile {
  const head = Buffer.from(`%PDF-1.7\n% homework of student ${index}\n`, "latin1");
  const tail = Buffer.from("\n%%EOF\n", "latin1");
  if (bytes < head.length + tail.length) throw new RangeError(`A student's file needs at least ${head.length + tail.length} bytes.`);
  const body = randomFillSync(Buffer.allocUnsafe(bytes));
  head.copy(body, 0);
  tail.copy(body, bytes - tail.length);
  return { name: `تکلیف ${index}.pdf`, body, sha256: createHash("sha256").update(body).digest("hex") };
}
