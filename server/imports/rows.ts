// A read CSV table → records checked with the same schemas as the forms, or every reason a row is
// not one, named by the file's own column header and physical line. Pure: areas are passed in.
// `given` holds fields every row gets from outside its cells (a GeoJSON feature's geometry: its
// point or route); a column filling one of them is refused, and errors name them "geometry".
import type { z } from "zod";
import { dnaKitInput } from "../dna-kits/schema.ts";
import { lonProblem, positionProblem } from "../geo/wgs84.ts";
import { locate } from "../recording/locate.ts";
import type { Places } from "../recording/places.ts";
import { visitInput } from "../visits/schema.ts";
import { watchGroupInput } from "../watch-groups/schema.ts";
import { COLUMNS, type ImportKind, matchHeader } from "./columns.ts";
import type { CsvTable } from "./csv.ts";
import { quoted } from "./values.ts";

export const SCHEMAS = {
  visits: visitInput,
  "watch-groups": watchGroupInput,
  "dna-kits": dnaKitInput,
} satisfies Record<ImportKind, z.ZodType>;

export type ImportRecord<K extends ImportKind> = z.output<(typeof SCHEMAS)[K]>;

export interface RowError {
  line: number;
  field: string;
  message: string;
}

export interface PreparedRow<K extends ImportKind = ImportKind> {
  line: number;
  data: ImportRecord<K>;
  area_id: string;
  area_name: string;
}

export interface PreparedImport<K extends ImportKind = ImportKind> {
  rows: number;
  records: PreparedRow<K>[];
  errors: RowError[];
}

function messageFor(issue: z.core.$ZodIssue, input: Record<string, unknown>, kind: ImportKind) {
  const field = String(issue.path[0] ?? "");
  if (issue.code === "unrecognized_keys") return `not used for ${kind}`;
  if (issue.code === "invalid_union" && field === "kind") return "give the kind of visit";
  if (issue.code === "invalid_type" && input[field] === undefined) return "is empty";
  return issue.message;
}

export function prepareImport<K extends ImportKind>(
  kind: K,
  table: CsvTable,
  places: Places,
  given: Record<string, unknown> = {},
): PreparedImport<K> {
  const placed = "route" in given || ("lon" in given && "lat" in given);
  const { columns, errors } = matchHeader(kind, table.header, placed);
  if (errors.length > 0) return { rows: table.rows.length, records: [], errors };
  // Each field is named in errors as the file names it; fields without a column by their Swedish name.
  const display = new Map(COLUMNS[kind].map((c) => [c.field, c.names[0] ?? c.field]));
  columns.forEach((col, i) => {
    if (col) display.set(col.field, table.header[i] ?? col.field);
  });
  display.set("area_id", display.get("area") ?? "område");
  for (const field of Object.keys(given)) display.set(field, "geometry");
  const nameOf = (field: string) => display.get(field) ?? field;

  const records: PreparedRow<K>[] = [];
  const all: RowError[] = [];
  for (const { line, cells } of table.rows) {
    const rowErrors: RowError[] = [];
    const add = (field: string, message: string) => {
      if (!rowErrors.some((e) => e.field === field)) rowErrors.push({ line, field, message });
    };
    if (cells.slice(columns.length).some((c) => c.trim() !== "")) {
      add("(row)", `has ${cells.length} cells, the header has ${columns.length}`);
    }
    const input: Record<string, unknown> = { ...given };
    columns.forEach((col, i) => {
      const cell = cells[i]?.trim() ?? "";
      if (!col || cell === "") return;
      if (col.field in given) {
        const message = "the place is the feature's geometry: remove this property";
        add(table.header[i] ?? col.field, message);
        return;
      }
      const read = col.read(cell);
      if (read.ok) input[col.field] = read.value;
      else add(nameOf(col.field), read.message);
    });
    if (typeof input.area === "string") {
      const area = places.byId(input.area) ?? places.byName(input.area);
      if (area) input.area_id = area.id;
      else add(nameOf("area"), `no area with id or name ${quoted(input.area)}`);
      delete input.area;
    }
    // A point in metres (SWEREF 99 TM in lon/lat columns) is named as such, not as "in no area".
    if (typeof input.lon === "number" && typeof input.lat === "number") {
      const why = positionProblem(input.lon, input.lat);
      if (why) add(nameOf(lonProblem(input.lon) === null ? "lat" : "lon"), why);
    }
    const located = locate(input, places);
    for (const e of located.errors) add(nameOf(e.field), e.message);
    const parsed = SCHEMAS[kind].safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field =
          issue.code === "unrecognized_keys" ? (issue.keys[0] ?? "") : String(issue.path[0] ?? "");
        add(nameOf(field), messageFor(issue, input, kind));
      }
    }
    if (rowErrors.length > 0 || !parsed.success || !located.areaId) {
      all.push(...rowErrors);
      continue;
    }
    const area_id = located.areaId;
    records.push({
      line,
      data: parsed.data as ImportRecord<K>,
      area_id,
      area_name: places.byId(area_id)?.name ?? "",
    });
  }
  return { rows: table.rows.length, records, errors: all };
}
