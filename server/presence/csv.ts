// Reading a presence log kept elsewhere (a spreadsheet saved as CSV): comma or semicolon, with or
// without a BOM, English or Swedish column names. Returns each data row with the line it starts on
// (the header is line 1), or the reasons the file as a whole cannot be read. Pure.
import { parse } from "csv-parse/sync";
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
  | { ok: true; delimiter: "," | ";"; rows: CsvRow[]; errors: ImportRowError[] }
  | { ok: false; errors: ImportRowError[] };

const norm = (h: string) => h.trim().toLowerCase().replace(/[\s_]/g, "");
const LOOKUP = new Map<string, Column>(
  Object.entries(COLUMNS).flatMap(([col, names]) => names.map((n) => [norm(n), col as Column])),
);

/** The delimiter of the header line: whichever of ';' and ',' occurs more often. */
export function detectDelimiter(text: string): "," | ";" {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const count = (c: string) => header.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

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

/** Line of a record's first character: csv-parse counts lines up to the record's end. */
function firstLine(endLine: number, raw: string): number {
  const body = raw.replace(/^[\r\n]+/, "").replace(/\r?\n$/, "");
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

export function readCsv(text: string): CsvRead {
  const delimiter = detectDelimiter(text);
  let records: { record: string[]; raw: string; info: { lines: number; error?: unknown } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      info: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (err) {
    const e = err as Error & { lines?: number };
    return { ok: false, errors: [{ line: e.lines ?? 1, field: "(file)", message: e.message }] };
  }
  const [head, ...data] = records;
  if (!head)
    return { ok: false, errors: [{ line: 1, field: "(file)", message: "the file is empty" }] };
  if (data.length > MAX_ROWS) {
    const message = `at most ${MAX_ROWS} rows per import; split the file`;
    return { ok: false, errors: [{ line: 1, field: "(file)", message }] };
  }
  const { columns, errors } = headerErrors(head.record);
  if (errors.length > 0) return { ok: false, errors };
  if (data.length === 0) {
    const message = "the file has a header but no rows to import";
    return { ok: false, errors: [{ line: 2, field: "(file)", message }] };
  }
  const rows = data.map(({ record, raw, info }) => {
    const line = firstLine(info.lines, raw);
    const values: Partial<Record<Column, string>> = {};
    record.forEach((v, i) => {
      const col = columns[i];
      if (col && v.trim() !== "") values[col] = v.trim();
    });
    return { line, values, count: record.length };
  });
  const fits = (r: { count: number }) => r.count === columns.length;
  return {
    ok: true,
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
