import { describe, expect, it } from "vitest";
import { toText } from "../text/byte-string.ts";
import { CsvTokenizer, readCsv, type CsvRecord } from "./csv-tokenizer.ts";

function parseAll(text: string, chunkSize = text.length): CsvRecord[] {
  const tokenizer = new CsvTokenizer("test.csv");
  const records: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunkSize) tokenizer.push(text.slice(i, i + chunkSize), (record) => records.push(record));
  tokenizer.end((record) => records.push(record));
  return records;
}

const MESSY = 'id,title,note\r\n1,"Math, 7-A","two\r\nlines"\r\n\r\n2,Plain,"say ""hi"""\n3,,\r4,"x"y,\n,,\n\n';

describe("CsvTokenizer", () => {
  it("reads quoted commas, line breaks, doubled quotes, CRLF, LF and CR, and skips empty rows", () => {
    expect(parseAll(MESSY)).toEqual([
      { fields: ["id", "title", "note"], line: 1 },
      { fields: ["1", "Math, 7-A", "two\r\nlines"], line: 2 },
      { fields: ["2", "Plain", 'say "hi"'], line: 5 },
      { fields: ["3", "", ""], line: 6 },
      { fields: ["4", "xy", ""], line: 7 },
    ]);
  });

  it("gives the same records whatever the chunk boundaries", () => {
    const whole = parseAll(MESSY);
    for (const size of [1, 2, 3, 5, 7, 11]) expect(parseAll(MESSY, size)).toEqual(whole);
  });

  it("reads a last line without a line break", () => {
    expect(parseAll("a,b\n1,2")).toEqual([
      { fields: ["a", "b"], line: 1 },
      { fields: ["1", "2"], line: 2 },
    ]);
  });

  it("names the line of a quote that is never closed", () => {
    expect(() => parseAll('a,b\n1,"open\n2,3\n')).toThrow(/line 2 is never closed/);
  });

  it("reads tab-separated text when the header has tabs and no commas", async () => {
    async function* chunks() {
      yield Buffer.from("نام\tکلاس\r\n");
      yield Buffer.from("علی\t7-A, صبح\r\n");
    }
    const records: CsvRecord[] = [];
    await readCsv({ chunks: chunks(), fileName: "x.txt", onRecord: (record) => records.push(record) });
    expect(records.map((record) => record.fields.map(toText))).toEqual([
      ["نام", "کلاس"],
      ["علی", "7-A, صبح"],
    ]);
  });
});
