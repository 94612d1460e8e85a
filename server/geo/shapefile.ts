// A zipped Shapefile as raw features: geometries in the file's own coordinates (the caller settles
// the CRS from the .prj and reprojects), attributes decoded with the .cpg encoding. Parsing is
// shpjs's; unzipping is ours (zip.ts) so the upload's size stays bounded.
import { combine, parseDbf, parseShp } from "shpjs";
import { readZip, ZipEntryTooLarge, ZipError } from "./zip.ts";

export interface RawFeature {
  geometry: unknown;
  properties: Record<string, unknown>;
}

export interface RawShapefile {
  features: RawFeature[];
  /** The .prj text (WKT), when the zip has one. */
  prj?: string;
}

const PARTS = /\.(shp|dbf|prj|cpg)$/i;

/** How much a Shapefile may hold; the counts are read from its headers before any geometry. */
export interface ShapefileLimits {
  maxFeatures: number;
  maxVertices: number;
  /** The planner's message when the file has more features or vertices than allowed. */
  refuse(what: "features" | "vertices", count: number): string;
}

/**
 * The largest .shp that can hold `maxFeatures` records of `maxVertices` vertices in all: a
 * PolygonZM record is 8 bytes of header and 76 of fixed content, and each vertex takes at most
 * 36 bytes (x, y, z, m, and a part index when every part has one vertex).
 */
export const maxShpBytes = (l: Pick<ShapefileLimits, "maxFeatures" | "maxVertices">) =>
  100 + l.maxFeatures * (8 + 76) + l.maxVertices * 36;

const POINT = new Set([1, 11, 21]);
const MULTIPOINT = new Set([8, 18, 28]);
const POLY = new Set([3, 5, 13, 15, 23, 25, 31]); // polylines, polygons, multipatch

/**
 * Records and vertices of a .shp, from the record headers and each record's point count, without
 * building geometry; throws ZipError for a file whose records do not fit their own lengths.
 */
export function shpCounts(shp: Buffer): { records: number; vertices: number } {
  if (shp.length < 100 || shp.readInt32BE(0) !== 9994) {
    throw new ZipError("the .shp file is not a Shapefile (its header is missing or damaged)");
  }
  let records = 0;
  let vertices = 0;
  for (let p = 100; p + 8 <= shp.length; ) {
    const at = records + 1;
    const bytes = shp.readInt32BE(p + 4) * 2;
    const c = p + 8;
    if (bytes < 4 || c + bytes > shp.length) {
      throw new ZipError(`the .shp file is damaged: record ${at} runs past the end of the file`);
    }
    const type = shp.readInt32LE(c);
    const n =
      type === 0
        ? 0
        : POINT.has(type)
          ? 1
          : MULTIPOINT.has(type) && bytes >= 40
            ? shp.readInt32LE(c + 36)
            : POLY.has(type) && bytes >= 44
              ? shp.readInt32LE(c + 40)
              : null;
    if (n === null)
      throw new ZipError(`the .shp file has an unknown shape type ${type} (record ${at})`);
    // Each vertex takes at least 16 bytes: a count the record cannot hold is a lie.
    if (n < 0 || n * 16 > bytes) {
      throw new ZipError(`the .shp file is damaged: record ${at} cannot hold ${n} vertices`);
    }
    records++;
    vertices += n;
    p = c + bytes;
  }
  return { records, vertices };
}

/** The record count a .dbf header declares (0 for a file too short to say). */
const dbfRecords = (dbf: Buffer) => (dbf.length >= 8 ? dbf.readUInt32LE(4) : 0);

/**
 * Reads the one Shapefile in a zip; throws ZipError with a message for the planner. With `limits`,
 * a file over them is refused from its sizes and headers, before its geometry is built: the .shp is
 * not even inflated past what the limits can need.
 */
export function readShapefileZip(zip: Buffer, limits?: ShapefileLimits): RawShapefile {
  const shpCap = limits ? maxShpBytes(limits) : Infinity;
  let files: Map<string, Buffer>;
  try {
    files = readZip(
      zip,
      (name) => PARTS.test(name) && !name.includes("__MACOSX"),
      undefined,
      (name) => (/\.shp$/i.test(name) ? shpCap : Infinity),
    );
  } catch (err) {
    if (err instanceof ZipEntryTooLarge && /\.shp$/i.test(err.entry) && limits) {
      throw new ZipError(
        `${err.entry} is larger than ${err.limit} bytes, more than ${limits.maxFeatures} features ` +
          `of ${limits.maxVertices} vertices in all can take: simplify the boundaries`,
      );
    }
    throw err;
  }
  const shps = [...files.keys()].filter((n) => /\.shp$/i.test(n));
  if (shps.length === 0) throw new ZipError("the zip holds no .shp file");
  if (shps.length > 1) {
    throw new ZipError(`the zip holds ${shps.length} Shapefiles (${shps.join(", ")}); upload one`);
  }
  const base = (shps[0] ?? "").slice(0, -4).toLowerCase();
  const part = (ext: string) =>
    [...files.entries()].find(([n]) => n.toLowerCase() === `${base}.${ext}`)?.[1];
  const dbf = part("dbf");
  const cpg = part("cpg")?.toString("latin1").trim();
  if (limits) {
    const { records, vertices } = shpCounts(part("shp") ?? Buffer.alloc(0));
    const features = Math.max(records, dbf ? dbfRecords(dbf) : 0);
    if (features > limits.maxFeatures) throw new ZipError(limits.refuse("features", features));
    if (vertices > limits.maxVertices) throw new ZipError(limits.refuse("vertices", vertices));
  }
  let geometries: (GeoJSON.Geometry | null)[];
  try {
    geometries = parseShp(part("shp") ?? Buffer.alloc(0));
  } catch (err) {
    throw new ZipError(`the .shp file cannot be read: ${(err as Error).message}`);
  }
  const rows = dbf ? parseDbf(dbf, cpg || dbfEncoding(dbf)) : [];
  const collection = combine([geometries, rows]);
  const prj = part("prj")?.toString("utf8");
  return {
    features: collection.features.map((f) => ({
      geometry: f.geometry,
      properties: (f.properties ?? {}) as Record<string, unknown>,
    })),
    ...(prj ? { prj } : {}),
  };
}

/**
 * A .dbf without a .cpg: UTF-8 if its records are valid UTF-8, else Windows-1252, the usual
 * encoding of older Swedish exports (Lantmäteriet's are ISO-8859-1), so 'å', 'ä', 'ö' survive.
 */
export function dbfEncoding(dbf: Buffer): string {
  const headerLength = dbf.length >= 10 ? dbf.readUInt16LE(8) : 0;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(dbf.subarray(headerLength));
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}
