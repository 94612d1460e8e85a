// An uploaded import file read into the rows it would import, or the one reason it cannot be: an
// .xlsx workbook (its first sheet) or a CSV table, or for visits a GeoJSON FeatureCollection of
// places. Pure (no request, no database: the areas are passed in), so it runs on a worker thread
// (read-upload-off-loop.ts): a 20 MB file is seconds of parsing and point-in-polygon work the
// event loop does not wait for. Matching the rows to stored records stays with the route.
import type { AreaShape } from "../recording/places.ts";
import { createPlaces } from "../recording/places.ts";
import type { ImportKind } from "./columns.ts";
import { decode, readCsv } from "./csv.ts";
import { prepareFeatures, readFeatures } from "./features.ts";
import { reason } from "./reasons.ts";
import { type PreparedImport, type PrepareOptions, prepareImport, type RowError } from "./rows.ts";
import { isOldExcel, isZip, readXlsx } from "./xlsx.ts";

/** How the file was read: a CSV's encoding and separator, a workbook, or a GeoJSON file's CRS. */
export type Source =
  | { format: "csv"; encoding: string; delimiter: string }
  | { format: "xlsx" }
  | { format: "geojson"; encoding: string; crs: string };

export interface UploadJob {
  kind: ImportKind;
  bytes: Uint8Array;
  /** The upload says it is (Geo)JSON, or a workbook. */
  json: boolean;
  xlsx: boolean;
  /** The areas as stored now, for the places. */
  areas: AreaShape[];
  options: PrepareOptions;
}

export type UploadRead = { error: RowError } | { source: Source; plan: PreparedImport };

/** The first byte after a BOM and white space is '{': a JSON object, never a CSV header. */
function startsWithBrace(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i] ?? 0)) i++;
  return bytes[i] === 0x7b;
}

const refused = (r: Omit<RowError, "line" | "field">, line = 0): UploadRead => ({
  error: { line, field: "(file)", ...r },
});

export async function readUpload(job: UploadJob): Promise<UploadRead> {
  const { kind, bytes, options } = job;
  // A name shared by areas of several kommuner means the caller's own.
  const places = createPlaces(job.areas, options.kommuner);
  if (isOldExcel(bytes)) return refused(reason("xlsx_old_format"));
  if (job.xlsx || isZip(bytes)) {
    const read = await readXlsx(bytes);
    if (!read.ok) return refused(read.error, read.error.line);
    return { source: { format: "xlsx" }, plan: prepareImport(kind, read.table, places, options) };
  }
  if (job.json || startsWithBrace(bytes)) {
    if (kind !== "visits") return refused(reason("geojson_visits_only"));
    const { text, encoding } = decode(bytes);
    const read = readFeatures(text);
    if (!read.ok) return refused(read.error, read.error.line);
    const source: Source = { format: "geojson", encoding, crs: read.file.crs };
    return { source, plan: prepareFeatures(read.file, places, options.kommuner) };
  }
  const read = readCsv(bytes);
  if (!read.ok) return refused(read.error, read.error.line);
  const { delimiter, encoding } = read.table;
  return {
    source: { format: "csv", encoding, delimiter },
    plan: prepareImport(kind, read.table, places, options),
  };
}
