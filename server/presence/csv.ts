// Reading a presence log kept elsewhere (a spreadsheet saved as CSV): English or Swedish column
// names. The file is read as every CSV upload is (server/imports/csv.ts): UTF-8 with or without a
// BOM or else Windows-1252, comma or semicolon, any line ends, rows of only separators skipped.
// Returns each data row with the line it starts on (the header is line 1), or the reasons the
// file as a whole cannot be read. Pure.
import { type Delimiter, type Encoding, readCsv as readTable } from "../imports/csv.ts";
import { reason, rowError } from "../imports/reasons.ts";
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

const UNKNOWN = reason("unknown_column_listed", { accepted: Object.keys(COLUMNS).join(", ") });

const norm = (h: string) => h.trim().toLowerCase().replace(/[\s_]/g, "");
const LOOKUP = new Map<string, Column>(
  Object.entries(COLUMNS).flatMap(([col, names]) => names.map((n) => [norm(n), col as Column])),
);

function headerErrors(header: string[]): { columns: (Column | null)[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const columns = header.map((h) => {
    const col = LOOKUP.get(norm(h)) ?? null;
    const named = [...h].length > 60 ? `${[...h].slice(0, 60).join("")}…` : h;
    if (!col) errors.push(rowError(1, named || "(empty)", UNKNOWN));
    return col;
  });
  const present = new Set(columns);
  for (const c of present) {
    if (c && columns.filter((x) => x === c).length > 1) {
      errors.push(rowError(1, c, reason("second_column", { column: c, column_en: c })));
    }
  }
  for (const need of ["starts_at", "ends_at", "actor", "kind"] as const) {
    if (!present.has(need))
      errors.push(rowError(1, need, reason("missing_column", { column: need, column_en: need })));
  }
  const placed =
    present.has("area_id") || present.has("route") || (present.has("lon") && present.has("lat"));
  if (!placed) {
    errors.push(rowError(1, "place", reason("give_area_point_or_route")));
  }
  return { columns, errors };
}

/** The file's bytes (a string is taken as UTF-8). */
export function readCsv(file: Uint8Array | string): CsvRead {
  const bytes = typeof file === "string" ? new TextEncoder().encode(file) : file;
  const read = readTable(bytes);
  if (!read.ok) {
    const { line, ...why } = read.error;
    return { ok: false, errors: [rowError(line, "(file)", why)] };
  }
  const { encoding, delimiter, header, rows: data } = read.table;
  if (data.length > MAX_ROWS) {
    const why = reason("too_many_rows", { max: MAX_ROWS });
    return { ok: false, errors: [rowError(1, "(file)", why)] };
  }
  const { columns, errors } = headerErrors(header);
  if (errors.length > 0) return { ok: false, errors };
  if (data.length === 0) {
    return { ok: false, errors: [rowError(2, "(file)", reason("no_rows"))] };
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
      .map((r) =>
        rowError(
          r.line,
          "(row)",
          reason("cell_count", { cells: r.count, columns: columns.length }),
        ),
      ),
  };
}
