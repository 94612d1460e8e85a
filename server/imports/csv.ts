// Reading an uploaded CSV file into a header and rows, each row with the physical line it starts
// on (the header is line 1). Pure: bytes in, table or one file-level error out.
//
// - Encoding: UTF-8 with or without BOM. A file that is not valid UTF-8 is read as Windows-1252,
//   which is what Swedish Excel's plain "CSV (semikolonavgränsad)" writes; the result says which.
// - Separator: ';' or ',', whichever the header line holds more of (outside quotes).
// - Line ends: CRLF, LF or CR. Empty lines and rows of only separators (Excel leaves those at the
//   end of a sheet) are skipped.
//
// A cell that Grannkoll's own CSV export neutralised against formula injection ("'=SUM(A1)") is
// read back without the apostrophe, so export → edit → import changes nothing.
import { parse } from "csv-parse/sync";
import { unneutralise } from "../exports/csv.ts";
import { type Reason, reason } from "./reasons.ts";

/** More rows than this is refused before they are all held in memory. */
export const MAX_ROWS = 200_000;

export type Encoding = "utf-8" | "windows-1252";
export type Delimiter = ";" | ",";

export interface CsvRow {
  line: number;
  cells: string[];
}

/** A header and the rows under it, from a CSV file or a workbook's first sheet. */
export interface Table {
  header: string[];
  rows: CsvRow[];
}

export interface CsvTable extends Table {
  encoding: Encoding;
  delimiter: Delimiter;
}

export type FileError = { line: number } & Reason;

export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    // The decoder drops a leading BOM by default.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

/** The separator of the header line: the one of ';' and ',' that occurs more often outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  const end = text.search(/\r|\n/);
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, "");
  const count = (c: string) => header.split(c).length - 1;
  return count(";") >= count(",") && count(";") > 0 ? ";" : ",";
}

// csv-parse's types let on_record return only string arrays; it returns whatever the callback does.
const parseRows = parse as unknown as (text: string, options: object) => CsvRow[];

const blank = (cells: string[]) => cells.every((c) => c.trim() === "");

export function readCsv(
  bytes: Uint8Array,
): { ok: true; table: CsvTable } | { ok: false; error: FileError } {
  const { text: raw, encoding } = decode(bytes);
  // One line-end spelling, so csv-parse's line count is the physical line number.
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { ok: false, error: { line: 1, ...reason("file_empty") } };
  const delimiter = detectDelimiter(text);
  let records: CsvRow[];
  try {
    records = parseRows(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      to: MAX_ROWS + 2, // header, the allowed rows, and one more to know there are too many
      // csv-parse counts lines up to a record's end; a quoted cell may span lines.
      on_record: (cells: string[], context: { lines: number }) => ({
        line: context.lines - cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0),
        cells,
      }),
    });
  } catch (err) {
    const e = err as Error & { lines?: number };
    const detail = e.message.replace(/^[^:]*:\s*/, "").replace(/\s*at line \d+/, "");
    return { ok: false, error: { line: e.lines ?? 1, ...reason("not_csv", { detail }) } };
  }
  const [head, ...data] = records;
  if (!head) return { ok: false, error: { line: 1, ...reason("file_empty") } };
  if (data.length > MAX_ROWS) {
    return { ok: false, error: { line: 1, ...reason("too_many_rows", { max: MAX_ROWS }) } };
  }
  return {
    ok: true,
    table: {
      encoding,
      delimiter,
      header: head.cells.map((h) => h.trim()),
      rows: data
        .filter((r) => !blank(r.cells))
        .map((r) => ({ line: r.line, cells: r.cells.map(unneutralise) })),
    },
  };
}
