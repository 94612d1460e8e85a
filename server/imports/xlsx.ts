// Reading an uploaded Excel workbook (.xlsx) into the same table a CSV file gives: the first
// sheet's first row is the header, and each row's line is its row number in Excel.
//
// An .xlsx file is a zip archive of XML, so a small upload can unpack to gigabytes (a zip bomb).
// Before the workbook is parsed, every entry is inflated here in small steps with fflate's
// streaming reader, counting the bytes and stopping as soon as the total passes
// MAX_UNPACKED_BYTES; nothing unpacked is kept. Only then does read-excel-file parse it, and the
// rows and cells it gives are bounded too. Cells: text as written, numbers with a decimal point,
// dates as YYYY-MM-DD (a time of day after it), true/false as ja/nej.
import { Unzip, UnzipInflate } from "fflate";
import { readSheet } from "read-excel-file/node";
import type { FileError, Table } from "./csv.ts";
import { MAX_ROWS } from "./csv.ts";
import { reason } from "./reasons.ts";

/** What the XML of one workbook may unpack to: about 150 000 rows of ten columns. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
export const MAX_CELLS = 2_000_000;
/** Compressed bytes pushed to the inflater at a time: at most ~4 MB comes out of one push. */
const STEP = 4096;

/** A zip archive's first local file header: "PK\3\4". */
export const isZip = (b: Uint8Array) =>
  b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
/** The OLE2 compound file of an Excel 97–2003 .xls workbook. */
export const isOldExcel = (b: Uint8Array) =>
  b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** The bytes the archive unpacks to, counted while inflating; stops once past `limit`. */
export function unpackedSize(bytes: Uint8Array, limit: number): number | "broken" {
  let total = 0;
  let stopped = false;
  const unzip = new Unzip((file) => {
    file.ondata = (err, data) => {
      if (err) throw err;
      total += data.length;
      if (total > limit && !stopped) {
        stopped = true;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let i = 0; i < bytes.length && !stopped; i += STEP) {
      const end = Math.min(i + STEP, bytes.length);
      unzip.push(bytes.subarray(i, end), end === bytes.length);
    }
  } catch {
    return stopped ? total : "broken";
  }
  return total;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell as the text a CSV cell would hold. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const h = value.getUTCHours();
    const m = value.getUTCMinutes();
    return h === 0 && m === 0 ? date : `${date} ${pad(h)}:${pad(m)}`;
  }
  if (typeof value === "boolean") return value ? "ja" : "nej";
  return String(value);
}

export async function readXlsx(
  bytes: Uint8Array,
): Promise<{ ok: true; table: Table } | { ok: false; error: FileError }> {
  const fail = (e: ReturnType<typeof reason>) => ({ ok: false as const, error: { line: 1, ...e } });
  const size = unpackedSize(bytes, MAX_UNPACKED_BYTES);
  if (size === "broken") return fail(reason("xlsx_unreadable"));
  if (size > MAX_UNPACKED_BYTES) {
    return fail(reason("xlsx_too_large", { max: MAX_UNPACKED_BYTES / 1024 / 1024 }));
  }
  let data: unknown[][];
  try {
    // Only the first sheet is parsed: a template's help sheet, or any other, is never read.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    data = (await readSheet(buffer, 1)) as unknown[][];
  } catch {
    return fail(reason("xlsx_unreadable"));
  }
  if (data.length - 1 > MAX_ROWS) return fail(reason("too_many_rows", { max: MAX_ROWS }));
  if (data.reduce((n, row) => n + row.length, 0) > MAX_CELLS) {
    return fail(reason("too_many_cells", { max: MAX_CELLS }));
  }
  const rows = data.map((row, i) => ({ line: i + 1, cells: row.map(cellText) }));
  // Excel pads every row to the widest; trailing empty header cells are no columns.
  const head = rows[0]?.cells ?? [];
  let width = head.length;
  while (width > 0 && head[width - 1]?.trim() === "") width--;
  if (width === 0) return fail(reason("file_empty"));
  return {
    ok: true,
    table: {
      header: head.slice(0, width).map((h) => h.trim()),
      rows: rows
        .slice(1)
        .map((r) => ({ line: r.line, cells: trimEnd(r.cells, width) }))
        .filter((r) => r.cells.some((c) => c.trim() !== "")),
    },
  };
}

/** The row's cells, without empty ones past the header's width (Excel pads rows). */
function trimEnd(cells: string[], width: number): string[] {
  let n = cells.length;
  while (n > width && cells[n - 1]?.trim() === "") n--;
  return cells.slice(0, n);
}
