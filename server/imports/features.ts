// A GeoJSON FeatureCollection of places → visits, checked exactly as a CSV file's rows are. Pure.
//
// Each feature is read as a one-row table: its property names are the header (the CSV columns'
// Swedish or English names, read by the same cell readers) and its geometry is the place — a
// Point gives lon and lat (the area by point-in-polygon), a LineString gives a safety walk's route
// (the area holding most of it), as in the forms. A feature without geometry names its area in a
// property. Errors carry `line` = the feature's number in the collection, counted from 1.
// Coordinates are WGS 84 or SWEREF 99 TM (from the `crs` member, else from their range),
// stored as WGS 84 rounded to 7 decimals.
import { type Bbox, type CrsCode, crsFromMember, settleCrs } from "../geo/crs.ts";
import { bboxOf, type PolygonGeometry, toWgs84 } from "../geo/reproject.ts";
import type { Places } from "../recording/places.ts";
import { type FileError, MAX_ROWS } from "./csv.ts";
import { reason, rowError } from "./reasons.ts";
import { type PreparedImport, prepareImport, type RowError } from "./rows.ts";

/** Positions in one file, summed over its features: a bound on the work a single upload causes. */
export const MAX_VERTICES_PER_FILE = 200_000;

export interface PlaceFeature {
  /** 1-based position in the collection: the `line` of its errors. */
  line: number;
  properties: Record<string, unknown>;
  geometry: unknown;
}

export interface FeatureFile {
  crs: CrsCode;
  features: PlaceFeature[];
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const isPosition = (p: unknown): p is number[] =>
  Array.isArray(p) && p.length >= 2 && p.every((x) => typeof x === "number" && Number.isFinite(x));

type Shape =
  | { ok: true; type: "Point" | "LineString"; positions: number[][] }
  | { ok: false; message: string }
  | undefined;

/** The positions of a Point or LineString; undefined for a feature without geometry. */
function shapeOf(geometry: unknown): Shape {
  if (geometry === null || geometry === undefined) return undefined;
  const g = isObject(geometry) ? geometry : {};
  if (g.type === "Point" && isPosition(g.coordinates)) {
    return { ok: true, type: "Point", positions: [g.coordinates] };
  }
  if (g.type === "LineString" && Array.isArray(g.coordinates) && g.coordinates.every(isPosition)) {
    return { ok: true, type: "LineString", positions: g.coordinates };
  }
  if (g.type === "Point" || g.type === "LineString") {
    return { ok: false, message: `the ${g.type}'s coordinates are not [x, y] numbers` };
  }
  return {
    ok: false,
    message: `a ${String(g.type ?? "geometry without type")} is not a place: use a Point (a session or meeting) or a LineString (a walk's route)`,
  };
}

/** Parses the file as a FeatureCollection and settles its CRS; one file-level error otherwise. */
export function readFeatures(
  text: string,
): { ok: true; file: FeatureFile } | { ok: false; error: FileError } {
  const fail = (detail: string) => ({
    ok: false as const,
    error: { line: 0, ...reason("geojson_file", { detail }) },
  });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    return fail(`the file cannot be read as JSON: ${(err as Error).message}`);
  }
  if (!isObject(json) || json.type !== "FeatureCollection" || !Array.isArray(json.features)) {
    return fail("the file is not a GeoJSON FeatureCollection");
  }
  if (json.features.length === 0) return fail("the collection has no features");
  // The same bound as a CSV file's rows.
  if (json.features.length > MAX_ROWS) {
    return { ok: false, error: { line: 0, ...reason("too_many_rows", { max: MAX_ROWS }) } };
  }
  const declared = crsFromMember(json.crs);
  if (!declared.ok) return fail(declared.message);
  const features = json.features.map((f, i) => {
    const feature = isObject(f) ? f : {};
    return {
      line: i + 1,
      properties: isObject(feature.properties) ? feature.properties : {},
      geometry: feature.geometry,
    };
  });
  const polygons: PolygonGeometry[] = [];
  for (const f of features) {
    const shape = shapeOf(f.geometry);
    if (shape?.ok) polygons.push({ type: "Polygon", coordinates: [shape.positions] });
  }
  const vertices = polygons.reduce((n, p) => n + (p.coordinates[0]?.length ?? 0), 0);
  if (vertices > MAX_VERTICES_PER_FILE) {
    return fail(
      `the file has ${vertices} positions; at most ${MAX_VERTICES_PER_FILE}: simplify the routes or split the file`,
    );
  }
  const bbox: Bbox | undefined = bboxOf(polygons);
  if (!bbox) return { ok: true, file: { crs: declared.crs ?? "EPSG:4326", features } };
  const settled = settleCrs(declared.crs, "crs-member", bbox);
  if (!settled.ok) return fail(settled.message);
  return { ok: true, file: { crs: settled.crs, features } };
}

/** A property value as the text a CSV cell would hold: lists joined with commas, null empty. */
export function cellOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(cellOf).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** The fields a feature's geometry gives, in WGS 84: a point's lon and lat, or a route. */
export function placeOf(
  geometry: unknown,
  crs: CrsCode,
): { ok: true; given: Record<string, unknown> } | { ok: false; message: string } {
  const shape = shapeOf(geometry);
  if (!shape) return { ok: true, given: {} };
  if (!shape.ok) return shape;
  const moved = toWgs84({ type: "Polygon", coordinates: [shape.positions] }, crs);
  const positions = moved.type === "Polygon" ? (moved.coordinates[0] ?? []) : [];
  if (shape.type === "Point") {
    const [lon, lat] = positions[0] ?? [];
    return { ok: true, given: { lon, lat } };
  }
  return { ok: true, given: { route: { type: "LineString", coordinates: positions } } };
}

/** Every feature as a visit record, or every reason a feature is not one, by feature number. */
export function prepareFeatures(
  file: FeatureFile,
  places: Places,
  kommuner?: readonly string[],
): PreparedImport<"visits"> {
  const plan: PreparedImport<"visits"> = {
    rows: file.features.length,
    records: [],
    errors: [],
    warnings: [],
    header: [],
  };
  for (const { line, properties, geometry } of file.features) {
    const place = placeOf(geometry, file.crs);
    if (!place.ok) {
      const notPlace = /^a (.+) is not a place/.exec(place.message);
      const type = notPlace?.[1] ?? /^the (\w+)'s/.exec(place.message)?.[1] ?? "geometry";
      const r = reason(notPlace ? "geometry_not_place" : "bad_coordinates", { type });
      plan.errors.push(rowError(line, "geometry", r));
      continue;
    }
    const header = Object.keys(properties);
    const table = {
      encoding: "utf-8" as const,
      delimiter: "," as const,
      header,
      rows: [{ line, cells: header.map((k) => cellOf(properties[k])) }],
    };
    const one = prepareImport("visits", table, places, {
      given: place.given,
      ...(kommuner && { kommuner }),
    });
    // Header problems are reported on line 1 by the CSV reader: here they belong to this feature.
    const errors: RowError[] = one.errors.map((e) => ({ ...e, line }));
    plan.errors.push(...errors);
    plan.warnings.push(...one.warnings.map((w) => ({ ...w, line })));
    plan.records.push(...one.records);
  }
  return plan;
}
