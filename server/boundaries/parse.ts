// An uploaded boundary file (GeoJSON or zipped Shapefile) → validated WGS84 polygons with the keys
// they are matched by. Pure: no database. A problem with the whole file is one error naming what to
// fix; problems with single features are listed by index, and any of them stops the import.
import { area as turfArea } from "@turf/area";
import { rewind } from "@turf/rewind";
import { type CrsCode, type CrsSource, crsFromMember, crsFromPrj, settleCrs } from "../geo/crs.ts";
import { asPolygonGeometry, placeProblem, topologyProblem } from "../geo/polygon-check.ts";
import { bboxOf, type PolygonGeometry, toWgs84, vertexCount } from "../geo/reproject.ts";
import { type RawFeature, readShapefileZip } from "../geo/shapefile.ts";
import { ZipError } from "../geo/zip.ts";

export const MAX_FEATURES = 1_000;
export const MAX_VERTICES_PER_FILE = 50_000;
/** Properties tried, case-insensitively, for an area's id and name when no id field is given. */
export const ID_FIELDS = ["id", "kod", "lkfv"];
export const NAME_FIELDS = ["name", "namn"];

export interface FileArea {
  index: number;
  id: string | null;
  name: string | null;
  geometry: PolygonGeometry;
  area_km2: number;
}

export interface FeatureError {
  index: number;
  id: string | null;
  name: string | null;
  reason: string;
}

export type ParsedFile =
  | { ok: false; field: string; message: string }
  | {
      ok: true;
      crs: CrsCode | null;
      crsSource: CrsSource | null;
      features: number;
      areas: FileArea[];
      errors: FeatureError[];
    };

type Loaded = {
  features: (RawFeature & { problem?: string })[];
  declared: ReturnType<typeof crsFromMember>;
  from: "crs-member" | "prj";
};

function loadGeoJson(bytes: Buffer): Loaded | { field: string; message: string } {
  let doc: {
    type?: unknown;
    features?: unknown;
    crs?: unknown;
    geometry?: unknown;
    properties?: unknown;
    id?: unknown;
  };
  try {
    doc = JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  } catch {
    return { field: "(body)", message: "the file is not valid JSON" };
  }
  const list =
    doc?.type === "Feature" ? [doc] : doc?.type === "FeatureCollection" ? doc.features : undefined;
  if (!Array.isArray(list)) {
    return {
      field: "(body)",
      message: "the file must be a GeoJSON FeatureCollection (or one Feature)",
    };
  }
  const features = list.map(
    (f: { type?: unknown; id?: unknown; geometry?: unknown; properties?: unknown }) => {
      const properties =
        f?.properties && typeof f.properties === "object" ? { ...(f.properties as object) } : {};
      // A string feature id counts as an id property; a numeric one is usually a row number.
      return {
        geometry: f?.geometry,
        properties:
          typeof f?.id === "string" ? { "(feature id)": f.id, ...properties } : properties,
        ...(f?.type === "Feature"
          ? {}
          : { problem: `is not a GeoJSON Feature (type ${String(f?.type)})` }),
      };
    },
  );
  return { features, declared: crsFromMember(doc.crs), from: "crs-member" };
}

/** The planner's message for a file over a limit, for GeoJSON and Shapefiles alike. */
function refuse(what: "features" | "vertices", count: number): string {
  return what === "features"
    ? `the file has ${count} features; at most ${MAX_FEATURES}`
    : `the file has ${count} vertices; at most ${MAX_VERTICES_PER_FILE}: simplify the boundaries`;
}

function load(kind: "geojson" | "zip", bytes: Buffer): Loaded | { field: string; message: string } {
  if (kind === "geojson") return loadGeoJson(bytes);
  try {
    // Counted from the headers first: a file over the limits is refused before any geometry.
    const shp = readShapefileZip(bytes, {
      maxFeatures: MAX_FEATURES,
      maxVertices: MAX_VERTICES_PER_FILE,
      refuse,
    });
    return { features: shp.features, declared: crsFromPrj(shp.prj), from: "prj" };
  } catch (err) {
    if (err instanceof ZipError) return { field: "(body)", message: err.message };
    throw err;
  }
}

/** The first property among `fields` (case-insensitive) with a non-empty value, as a string. */
function pick(properties: Record<string, unknown>, fields: string[]): string | null {
  for (const field of fields) {
    const key = Object.keys(properties).find((k) => k.toLowerCase() === field.toLowerCase());
    const value = key === undefined ? undefined : properties[key];
    if ((typeof value === "string" && value.trim()) || typeof value === "number") {
      return String(value).trim();
    }
  }
  return null;
}

export function parseBoundaryFile(
  kind: "geojson" | "zip",
  bytes: Buffer,
  options: { idField?: string | undefined } = {},
): ParsedFile {
  const loaded = load(kind, bytes);
  if ("message" in loaded) return { ok: false, ...loaded };
  const { features } = loaded;
  if (!loaded.declared.ok) return { ok: false, field: "crs", message: loaded.declared.message };
  if (features.length === 0)
    return { ok: false, field: "(body)", message: "the file has no features" };
  if (features.length > MAX_FEATURES) {
    return { ok: false, field: "(body)", message: refuse("features", features.length) };
  }

  const idFields = options.idField ? [options.idField] : [...ID_FIELDS, "(feature id)"];
  const errors: FeatureError[] = [];
  const shaped = features.map((f, index) => {
    const id = pick(f.properties, idFields);
    const name = pick(f.properties, NAME_FIELDS);
    const geometry = f.problem
      ? { ok: false as const, reason: f.problem }
      : asPolygonGeometry(f.geometry);
    if (!geometry.ok) errors.push({ index, id, name, reason: geometry.reason });
    return { index, id, name, raw: geometry.ok ? geometry.geometry : null };
  });
  const valid = shaped.flatMap((s) => (s.raw ? [s.raw] : []));
  const vertices = valid.reduce((n, g) => n + vertexCount(g), 0);
  if (vertices > MAX_VERTICES_PER_FILE) {
    return { ok: false, field: "(body)", message: refuse("vertices", vertices) };
  }
  const bbox = bboxOf(valid);
  if (!bbox)
    return { ok: true, crs: null, crsSource: null, features: features.length, areas: [], errors };
  const settled = settleCrs(loaded.declared.crs, loaded.from, bbox);
  if (!settled.ok) return { ok: false, field: "crs", message: settled.message };

  const areas: FileArea[] = [];
  const seenIds = new Map<string, number>();
  for (const { index, id, name, raw } of shaped) {
    if (!raw) continue;
    const geometry = rewind(toWgs84(raw, settled.crs)) as PolygonGeometry;
    const reason =
      placeProblem(geometry) ??
      topologyProblem(geometry) ??
      (id === null && name === null
        ? `no id (${options.idField ?? ID_FIELDS.join(", ")}) and no name (${NAME_FIELDS.join(", ")})`
        : id !== null && seenIds.has(id)
          ? `id '${id}' is also used by feature ${seenIds.get(id)}`
          : null);
    if (id !== null && !seenIds.has(id)) seenIds.set(id, index);
    if (reason) errors.push({ index, id, name, reason });
    else
      areas.push({
        index,
        id,
        name,
        geometry,
        area_km2: Math.round(turfArea(geometry) / 10_000) / 100,
      });
  }
  errors.sort((a, b) => a.index - b.index);
  return {
    ok: true,
    crs: settled.crs,
    crsSource: settled.source,
    features: features.length,
    areas,
    errors,
  };
}

/** What the worker thread is sent (parse-off-loop.ts): the file's bytes, moved, not copied. */
export interface ParseJob {
  kind: "geojson" | "zip";
  bytes: Uint8Array;
  idField?: string | undefined;
}

/** parseBoundaryFile as a worker-thread job. */
export function parseJob(job: ParseJob): ParsedFile {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  return parseBoundaryFile(job.kind, bytes, { idField: job.idField });
}
