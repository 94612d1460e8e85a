import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode, detectDelimiter, readCsv } from "./csv.ts";

const FIXTURES = join(import.meta.dirname, "..", "..", "test", "fixtures", "csv");
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const bytes = (s: string) => new TextEncoder().encode(s);

function table(input: Uint8Array) {
  const read = readCsv(input);
  if (!read.ok) throw new Error(read.error.message);
  return read.table;
}

describe("readCsv", () => {
  it("reads a semicolon file with BOM and CRLF as Swedish Excel writes it", () => {
    const t = table(fixture("besok-excel-sv.csv"));
    expect(t.encoding).toBe("utf-8");
    expect(t.delimiter).toBe(";");
    expect(t.header[0]).toBe("Typ"); // no BOM left on the first header
    expect(t.header).toHaveLength(10);
    // The walk's note spans lines 3–4; the row after it starts on line 5; the empty row is skipped.
    expect(t.rows.map((r) => r.line)).toEqual([2, 3, 5]);
    expect(t.rows[0]?.cells.slice(3, 5)).toEqual(["13,2255", "55,6452"]);
    expect(t.rows[1]?.cells[9]).toBe("Mörk gångväg;\nbelysning saknas");
  });

  it("reads a comma file without BOM, with a quoted comma", () => {
    const t = table(fixture("grupper-komma.csv"));
    expect(t.delimiter).toBe(",");
    expect(t.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(t.rows[1]?.cells[1]).toBe("Gamma Södra, etapp 2");
  });

  it("counts physical lines past blank lines", () => {
    const t = table(bytes("a;b\n\n1;2\r\n\r\n3;4"));
    expect(t.rows).toEqual([
      { line: 3, cells: ["1", "2"] },
      { line: 5, cells: ["3", "4"] },
    ]);
  });

  it("says why a file cannot be read, with the line", () => {
    expect(readCsv(bytes(""))).toEqual({
      ok: false,
      error: { line: 1, code: "file_empty", params: {}, message: "the file is empty" },
    });
    const unclosed = readCsv(bytes('a;b\n1;2\n3;"open\n'));
    expect(unclosed.ok).toBe(false);
    if (!unclosed.ok) {
      expect(unclosed.error.line).toBe(3); // the row whose quote is never closed
      expect(unclosed.error.message).toMatch(/cannot be read as CSV/);
    }
  });
});

describe("decode", () => {
  it("falls back to Windows-1252 for files that are not UTF-8", () => {
    const latin = new Uint8Array([0x4f, 0x6d, 0x72, 0xe5, 0x64, 0x65]); // "Område" in Windows-1252
    expect(decode(latin)).toEqual({ text: "Område", encoding: "windows-1252" });
    expect(decode(bytes("\uFEFFOmråde"))).toEqual({ text: "Område", encoding: "utf-8" });
  });
});

describe("detectDelimiter", () => {
  it("counts separators in the header only, outside quotes", () => {
    expect(detectDelimiter("a;b;c\n1,2,3,4,5")).toBe(";");
    expect(detectDelimiter('"namn; fullt",b,c\n')).toBe(",");
    expect(detectDelimiter("datum")).toBe(",");
  });
});
