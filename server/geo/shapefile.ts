// A zipped Shapefile as raw features: geometries in the file's own coordinates (the caller settles
// the CRS from the .prj and reprojects), attributes decoded with the .cpg encoding. Parsing is
// shpjs's; unzipping is ours (zip.ts) so the upload's size stays bounded.
import { combine, parseDbf, parseShp } from "shpjs";
import { readZip, ZipError } from "./zip.ts";

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

/** Reads the one Shapefile in a zip; throws ZipError with a message for the planner. */
export function readShapefileZip(zip: Buffer): RawShapefile {
  const files = readZip(zip, (name) => PARTS.test(name) && !name.includes("__MACOSX"));
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
