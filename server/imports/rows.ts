// A read table → records checked with the same schemas as the forms, or every reason a row is
// not one, named by the file's own column header and line. Header problems (line 1) and row
// problems are reported together: a row is checked with the columns that are known, and a field
// whose column is missing is named once on line 1 rather than on every row. Pure: areas are
// passed in. `given` holds fields every row gets from outside its cells (a GeoJSON feature's
// geometry: its point or route); a column filling one of them is refused.
//
// Places: a row that names an area and gives a point lying in another area gets a warning; the
// point decides unless `place` is "area". A point far outside every area (the kommun) is refused.
// With `kommuner` (the caller's), a row whose area lies in another kommun is refused, naming the
// area and its kommun: a planner imports only into the kommuner they work for.
import type { z } from "zod";
import { dnaKitInput } from "../dna-kits/schema.ts";
import { lonProblem, positionProblem } from "../geo/wgs84.ts";
import { type FieldCode, problemOf } from "../http/field-codes.ts";
import { locate } from "../recording/locate.ts";
import type { AreaShape, Places } from "../recording/places.ts";
import { VISIT_KINDS, VISIT_TOPICS, visitInput } from "../visits/schema.ts";
import { watchGroupInput } from "../watch-groups/schema.ts";
import { COLUMNS, type ImportKind } from "./columns.ts";
import type { Table } from "./csv.ts";
import { type ColumnMapping, type HeaderColumn, matchHeader } from "./header.ts";
import { type Reason, type ReasonCode, type RowError, reason, rowError } from "./reasons.ts";
import { quoted } from "./values.ts";
import { TOPIC_WORDS, VISIT_KIND_WORDS } from "./words.ts";

export type { RowError } from "./reasons.ts";

export const SCHEMAS = {
  visits: visitInput,
  "watch-groups": watchGroupInput,
  "dna-kits": dnaKitInput,
} satisfies Record<ImportKind, z.ZodType>;

export type ImportRecord<K extends ImportKind> = z.output<(typeof SCHEMAS)[K]>;

/** A point this far (km) outside the box around the areas is refused as a mistake. */
export const FAR_KM = 10;

export interface PreparedRow<K extends ImportKind = ImportKind> {
  line: number;
  data: ImportRecord<K>;
  area_id: string;
  area_name: string;
  /** The file's `id` cell: the stored record the row was exported from. */
  id?: number;
  /** The fields the file's columns give, so a stored record is compared and updated on those only. */
  given: string[];
  /** The area the row names when its point lies in another: a stored record in it still matches. */
  named_area_id?: string;
}

export interface PreparedImport<K extends ImportKind = ImportKind> {
  rows: number;
  records: PreparedRow<K>[];
  errors: RowError[];
  /** How rows were read where the file could mean more than one thing; nothing is refused. */
  warnings: RowError[];
  /** How each column of the file was read (empty for GeoJSON). */
  header: HeaderColumn[];
}

export interface PrepareOptions {
  mapping?: ColumnMapping;
  /** Whether a point or the named area decides the area when they differ. */
  place?: "point" | "area";
  given?: Record<string, unknown>;
  /** The kommuner the importer works for; a row placed in an area of another is an error. */
  kommuner?: readonly string[];
}

const kindWords = (kind: unknown) => {
  const i = VISIT_KINDS.indexOf(kind as (typeof VISIT_KINDS)[number]);
  return { kind: VISIT_KIND_WORDS.sv[i] ?? String(kind), kind_en: VISIT_KIND_WORDS.en[i] ?? "" };
};
const topicWord = (topic: unknown) =>
  TOPIC_WORDS.sv[VISIT_TOPICS.indexOf(topic as (typeof VISIT_TOPICS)[number])] ?? String(topic);

/** The schemas' own rules (their field-error codes) that an import says in its own words. */
const SAME_RULE: Partial<Record<FieldCode, ReasonCode>> = {
  lon_lat_pair: "both_lon_lat",
  area_missing: "give_place",
  repeated_value: "repeated_value",
  before_start: "before_start",
  not_phone: "not_phone",
  not_email: "not_email",
};

/** A zod issue of a row as a reason with a stable code. */
function issueReason(issue: z.core.$ZodIssue, input: Record<string, unknown>): Reason {
  const field = String(issue.path[0] ?? "");
  switch (issue.code) {
    case "unrecognized_keys":
      return reason("not_for_kind", kindWords(input.kind));
    case "invalid_union":
      if (field === "kind") {
        const accepted = VISIT_KIND_WORDS.sv.join(", ");
        return reason("give_kind", { accepted, accepted_en: VISIT_KIND_WORDS.en.join(", ") });
      }
      break;
    case "invalid_type":
    case "invalid_value":
      if (input[field] === undefined) return reason("empty");
      break;
    case "too_small":
      if (issue.origin === "string") return reason("empty");
      return reason("at_least", { min: Number(issue.minimum) });
    case "too_big":
      if (issue.origin === "string") return reason("too_long", { max: Number(issue.maximum) });
      return reason("at_most", { max: Number(issue.maximum) });
    case "invalid_format":
      return reason(issue.format === "email" ? "not_email" : "not_phone");
    case "custom": {
      const same = SAME_RULE[problemOf(issue).code];
      if (same) return reason(same);
      break;
    }
  }
  return reason("other", { detail: issue.message });
}

/** Why a point is not WGS 84 degrees, as a reason. */
export function coordinateReason(lon: number, lat: number): Reason | null {
  const why = positionProblem(lon, lat);
  if (!why) return null;
  const value = `${lon}, ${lat}`;
  if (/SWEREF/.test(why)) return reason("sweref", { value });
  if (/\[lat, lon\]/.test(why)) return reason("swapped", { value });
  return reason("not_coordinate", { value });
}

/** How far (km) a point lies outside the box around every area; 0 inside it. */
export function kmOutside(places: Places, lon: number, lat: number): number {
  const box = places.extent;
  if (!box) return 0;
  const dx = Math.max(box[0] - lon, 0, lon - box[2]) * 111.32 * Math.cos((lat * Math.PI) / 180);
  const dy = Math.max(box[1] - lat, 0, lat - box[3]) * 110.57;
  return Math.hypot(dx, dy);
}

export function prepareImport<K extends ImportKind>(
  kind: K,
  table: Table,
  places: Places,
  options: PrepareOptions = {},
): PreparedImport<K> {
  const { mapping = {}, place = "point", given = {}, kommuner } = options;
  const placed = "route" in given || ("lon" in given && "lat" in given);
  const matched = matchHeader(kind, table.header, placed, mapping);
  const { columns } = matched;
  const all: RowError[] = [...matched.errors];
  const warnings: RowError[] = [];
  // Fields named once on line 1 are not named again on every row.
  const reported = new Set(matched.missing.map((f) => (f === "area" ? "area_id" : f)));
  if (matched.errors.some((e) => e.code === "give_area_or_point")) {
    for (const f of ["area_id", "lon", "lat"]) reported.add(f);
  }
  // Each field is named in errors as the file names it; fields without a column by their label.
  const display = new Map(COLUMNS[kind].map((c) => [c.field, c.sv]));
  columns.forEach((col, i) => {
    if (col) display.set(col.field, table.header[i] ?? col.field);
  });
  display.set("area_id", display.get("area") ?? "Område");
  for (const field of Object.keys(given)) display.set(field, "geometry");
  const nameOf = (field: string) => display.get(field) ?? field;
  const fieldsGiven = columns.flatMap((c) => (c ? [c.field === "area" ? "area_id" : c.field] : []));

  if (table.rows.length === 0) all.push(rowError(2, "(file)", reason("no_rows")));
  const records: PreparedRow<K>[] = [];
  for (const { line, cells } of table.rows) {
    const rowErrors: RowError[] = [];
    const add = (field: string, r: Reason) => {
      if (!rowErrors.some((e) => e.field === field)) rowErrors.push(rowError(line, field, r));
    };
    const warn = (field: string, r: Reason) => warnings.push(rowError(line, field, r));
    if (cells.slice(table.header.length).some((c) => c.trim() !== "")) {
      add("(row)", reason("cell_count", { cells: cells.length, columns: table.header.length }));
    }
    const input: Record<string, unknown> = { ...given };
    let kindTopic: string | undefined;
    columns.forEach((col, i) => {
      const cell = cells[i]?.trim() ?? "";
      if (!col || cell === "") return;
      if (col.field in given) {
        add(table.header[i] ?? col.field, reason("place_is_geometry"));
        return;
      }
      const read = col.read(cell);
      if (!read.ok) {
        add(nameOf(col.field), read);
        return;
      }
      for (const w of read.warnings ?? []) warn(nameOf(col.field), w);
      if (col.field === "kind") {
        const { kind: k, topic } = read.value as { kind: string; topic?: string };
        input.kind = k;
        kindTopic = topic;
      } else input[col.field] = read.value;
    });
    if (kindTopic !== undefined) {
      if (input.topic === undefined) input.topic = kindTopic;
      else if (input.topic !== kindTopic) {
        const params = { topic: topicWord(kindTopic), other: topicWord(input.topic) };
        add(nameOf("topic"), reason("kind_topic_conflict", params));
      }
    }
    const id = typeof input.id === "number" ? input.id : undefined;
    delete input.id;
    // A walk has no kits: an empty or 0 cell (a template's column) is read past.
    if (input.kind === "safety_walk" && "kits" in input) {
      if (input.kits === 0) delete input.kits;
      else add(nameOf("kits"), reason("walk_kits"));
    }
    let named: AreaShape | undefined;
    if (typeof input.area === "string") {
      named = places.byId(input.area) ?? places.byName(input.area);
      if (named) input.area_id = named.id;
      else add(nameOf("area"), reason("no_area", { value: quoted(input.area) }));
      delete input.area;
    }
    let areaId: string | undefined;
    let namedElsewhere: string | undefined;
    let pointRefused = false;
    const { lon, lat } = input;
    if (typeof lon === "number" && typeof lat === "number") {
      // A point in metres (SWEREF 99 TM in lon/lat columns) is named as such, not as "in no area".
      const wrong = coordinateReason(lon, lat);
      const km = kmOutside(places, lon, lat);
      const at = wrong ? undefined : places.at(lon, lat);
      pointRefused = Boolean(wrong) || (!at && km > FAR_KM);
      if (wrong) add(nameOf(lonProblem(lon) === null ? "lat" : "lon"), wrong);
      else if (!at && km > FAR_KM) {
        const r = reason("far_outside", { point: `${lon}, ${lat}`, km: Math.round(km) });
        add(nameOf("lon"), r);
      } else if (named && at && at.id !== named.id) {
        warn(nameOf("area"), reason("point_in_other_area", { found: at.name, named: named.name }));
        areaId = place === "area" ? named.id : at.id;
        namedElsewhere = named.id;
      } else if (named && !at) {
        warn(nameOf("lon"), reason("point_in_no_area", { named: named.name }));
        areaId = named.id;
      }
      if (areaId) input.area_id = areaId;
    }
    const located = locate(input, places);
    for (const e of located.errors) {
      if (pointRefused) break;
      const r =
        e.field === "route"
          ? reason("route_outside")
          : reason("outside_areas", { point: `${lon}, ${lat}` });
      add(nameOf(e.field), r);
    }
    const area = located.areaId ? places.byId(located.areaId) : undefined;
    if (area && kommuner && area.kommun !== undefined && !kommuner.includes(area.kommun)) {
      // Named by the column that placed the row: its area, else its point or route.
      const field =
        named && area.id === named.id
          ? "area"
          : typeof lon === "number"
            ? "lon"
            : "route" in input
              ? "route"
              : "area";
      const params = { area: `${area.name} (${area.id})`, kommun: area.kommun };
      add(nameOf(field), reason("other_kommun", params));
    }
    const parsed = SCHEMAS[kind].safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field =
          issue.code === "unrecognized_keys" ? (issue.keys[0] ?? "") : String(issue.path[0] ?? "");
        if (reported.has(field) && input[field] === undefined) continue;
        if (pointRefused && (field === "lon" || field === "lat")) continue;
        add(nameOf(field), issueReason(issue, input));
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
      ...(id !== undefined && { id }),
      ...(namedElsewhere !== undefined && { named_area_id: namedElsewhere }),
      given: kindTopic !== undefined ? [...fieldsGiven, "topic"] : fieldsGiven,
    });
  }
  return { rows: table.rows.length, records, errors: all, warnings, header: matched.header };
}
