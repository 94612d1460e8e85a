// Reading a presence log kept elsewhere (a spreadsheet saved as CSV): English or Swedish column
// names. The file is read as every CSV upload is (server/imports/csv.ts): UTF-8 with or without a
// BOM or else Windows-1252, comma or semicolon, any line ends, rows of only separators skipped.
// Returns each data row with the line it starts on (the header is line 1), or the reasons the
// file as a whole cannot be read. Pure.
import { type Delimiter, type Encoding, readCsv as readTable } from "../imports/csv.ts";
import type { ImportRowError } from "./types.ts";

export const MAX_ROWS = 50_000;

/** Column → accepted header spellings (compared in lower case, spaces and '_' ignored). */
const COLUMNS = {
  starts_at: ["starts_at", "start", "starttid", "från", "fran"],
  ends_at: ["ends_at", "end", "sluttid", "till"],
  date: ["date", "datum"],
  actor: ["actor", "aktör", "aktor"],
  kind: ["kind", "typ", "slag"],
  area_id: ["area_id", "område", "omrade", "områdesid"],
  lon: ["lon", "longitud", "longitude"],
  lat: ["lat", "latitud", "latitude"],
  route: ["route", "rutt"],
  notes: ["notes", "anteckningar", "anteckning", "kommentar"],
} as const;

export type Column = keyof typeof COLUMNS;
export type CsvRow = { line: number; values: Partial<Record<Column, string>> };

export type CsvRead =
  /** rows: the readable rows; errors: rows whose field count does not match the header. */
  | {
      ok: true;
      encoding: Encoding;
      delimiter: Delimiter;
      rows: CsvRow[];
      errors: ImportRowError[];
    }
  | { ok: false; errors: ImportRowError[] };

const norm = (h: string) => h.trim().toLowerCase().replace(/[\s_]/g, "");
const LOOKUP = new Map<string, Column>(
  Object.entries(COLUMNS).flatMap(([col, names]) => names.map((n) => [norm(n), col as Column])),
);

function headerErrors(header: string[]): { columns: (Column | null)[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const columns = header.map((h) => {
    const col = LOOKUP.get(norm(h)) ?? null;
    const named = [...h].length > 60 ? `${[...h].slice(0, 60).join("")}…` : h;
    if (!col) errors.push({ line: 1, field: named || "(empty)", message: "unknown column" });
    return col;
  });
  const present = new Set(columns);
  for (const c of present) {
    if (c && columns.filter((x) => x === c).length > 1) {
      errors.push({ line: 1, field: c, message: "column given more than once" });
    }
  }
  for (const need of ["starts_at", "ends_at", "actor", "kind"] as const) {
    if (!present.has(need))
      errors.push({ line: 1, field: need, message: "required column is missing" });
  }
  const placed =
    present.has("area_id") || present.has("route") || (present.has("lon") && present.has("lat"));
  if (!placed) {
    errors.push({ line: 1, field: "place", message: "give area_id, lon and lat, or route" });
  }
  return { columns, errors };
}

/** The file's bytes (a string is taken as UTF-8). */
export function readCsv(file: Uint8Array | string): CsvRead {
  const bytes = typeof file === "string" ? new TextEncoder().encode(file) : file;
  const read = readTable(bytes);
  if (!read.ok) {
    // The presence import words its reasons in English only (no codes yet).
    const { line, message } = read.error;
    return { ok: false, errors: [{ line, field: "(file)", message }] };
  }
  const { encoding, delimiter, header, rows: data } = read.table;
  if (data.length > MAX_ROWS) {
    const message = `at most ${MAX_ROWS} rows per import; split the file`;
    return { ok: false, errors: [{ line: 1, field: "(file)", message }] };
  }
  const { columns, errors } = headerErrors(header);
  if (errors.length > 0) return { ok: false, errors };
  if (data.length === 0) {
    const message = "the file has a header but no rows to import";
    return { ok: false, errors: [{ line: 2, field: "(file)", message }] };
  }
  const rows = data.map(({ line, cells }) => {
    const values: Partial<Record<Column, string>> = {};
    cells.forEach((v, i) => {
      const col = columns[i];
      if (col && v.trim() !== "") values[col] = v.trim();
    });
    return { line, values, count: cells.length };
  });
  const fits = (r: { count: number }) => r.count === columns.length;
  return {
    ok: true,
    encoding,
    delimiter,
    rows: rows.filter(fits).map(({ line, values }) => ({ line, values })),
    errors: rows
      .filter((r) => !fits(r))
      .map((r) => ({
        line: r.line,
        field: "(row)",
        message: `has ${r.count} fields, the header has ${columns.length}`,
      })),
  };
}
