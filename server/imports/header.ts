// A file's header matched to the columns of its kind (columns.ts), by the planner's mapping first,
// then by name: a header is matched folded ("Område", "omrade" and "OMRÅDE" are one) against each
// column's labels and spellings. A header matched by none of them is left to the planner: the
// preview names it and a `columns` mapping (header → field, or "" to ignore it) says what it
// holds. Pure.
import {
  COLUMNS,
  type Column,
  IGNORED,
  IMPORT_KINDS,
  type ImportKind,
  REQUIRED,
} from "./columns.ts";
import { type RowError, reason, rowError } from "./reasons.ts";
import { fold } from "./values.ts";

/** What the planner said a header holds: a field of the kind, or "" to ignore the column. */
export type ColumnMapping = Record<string, string>;

/** How one column of the file was read, as the preview shows it. */
export interface HeaderColumn {
  name: string;
  field: string | null;
  /** known: by its name; mapped: by the planner; ignored: read past; unknown: waits for a choice. */
  how: "known" | "mapped" | "ignored" | "unknown";
}

/** A header as an error names it: a long one cut, so a garbage first line gives a short answer. */
const cut = (h: string) => ([...h].length > 60 ? `${[...h].slice(0, 60).join("")}…` : h);

const lookups = new Map(
  IMPORT_KINDS.map((kind) => [
    kind,
    new Map(
      COLUMNS[kind].flatMap((col) =>
        [col.sv, col.en, col.field, ...col.names].map((n) => [fold(n), col] as const),
      ),
    ),
  ]),
);

/** The column a header names by itself, if any. */
export function columnNamed(kind: ImportKind, header: string): Column | undefined {
  return lookups.get(kind)?.get(fold(header));
}

/** The mapping's fields that are no field of the kind: a bad request, not a bad file. */
export function badMapping(kind: ImportKind, mapping: ColumnMapping): string[] {
  const fields = new Set(COLUMNS[kind].map((c) => c.field));
  return Object.values(mapping).filter((f) => f !== "" && !fields.has(f));
}

/**
 * Matches each header to a column, by the planner's mapping first, then by name; line-1 errors for
 * unknown, repeated and missing columns. `placed`: every row's place is given from outside the
 * cells (a GeoJSON feature's geometry).
 */
export function matchHeader(
  kind: ImportKind,
  header: string[],
  placed = false,
  mapping: ColumnMapping = {},
) {
  const byField = new Map(COLUMNS[kind].map((c) => [c.field, c]));
  const ignored = new Set(IGNORED[kind].map(fold));
  const errors: RowError[] = [];
  const seen = new Set<string>();
  const described: HeaderColumn[] = [];
  const columns = header.map((h) => {
    const name = cut(h) || "(empty)";
    const chosen = Object.hasOwn(mapping, h) ? mapping[h] : undefined;
    let col: Column | undefined;
    if (chosen === "") {
      described.push({ name: h, field: null, how: "ignored" });
      return undefined;
    }
    if (chosen !== undefined) col = byField.get(chosen);
    const how = col ? "mapped" : "known";
    col ??= columnNamed(kind, h);
    if (!col && ignored.has(fold(h))) {
      described.push({ name: h, field: null, how: "ignored" });
      return undefined;
    }
    if (!col) {
      described.push({ name: h, field: null, how: "unknown" });
      errors.push(rowError(1, name, reason("unknown_column")));
      return undefined;
    }
    described.push({ name: h, field: col.field, how });
    if (seen.has(col.field)) {
      const params = { column: col.sv, column_en: col.en };
      errors.push(rowError(1, name, reason("second_column", params)));
      return undefined;
    }
    seen.add(col.field);
    return col;
  });
  for (const field of REQUIRED[kind]) {
    if (!seen.has(field)) {
      const col = byField.get(field);
      const params = { column: col?.sv ?? field, column_en: col?.en ?? field };
      errors.push(rowError(1, params.column, reason("missing_column", params)));
    }
  }
  if (kind === "visits" && !placed && !seen.has("area") && !(seen.has("lon") && seen.has("lat"))) {
    errors.push(rowError(1, "Område", reason("give_area_or_point")));
  }
  return {
    columns,
    errors,
    header: described,
    missing: REQUIRED[kind].filter((f) => !seen.has(f)),
  };
}
