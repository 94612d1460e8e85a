// An uploaded import file read into the rows it would import, or the one error that stops it:
// a CSV table, or for visits a GeoJSON FeatureCollection of places. Pure (no request, no
// database: the areas are passed in), so it runs on a worker thread (read-upload-off-loop.ts);
// a 20 MB file is seconds of parsing and point-in-polygon work the event loop does not wait for.

import type { AreaShape } from "../recording/places.ts";
import { createPlaces } from "../recording/places.ts";
import type { ImportKind } from "./columns.ts";
import { decode, readCsv } from "./csv.ts";
import { prepareFeatures, readFeatures } from "./features.ts";
import { type PreparedImport, prepareImport, type RowError } from "./rows.ts";

/** How the file was read: a CSV's encoding and separator, or a GeoJSON file's CRS. */
export type Source =
  | { format: "csv"; encoding: string; delimiter: string }
  | { format: "geojson"; encoding: string; crs: string };

export interface UploadJob {
  kind: ImportKind;
  bytes: Uint8Array;
  /** The upload says it is (Geo)JSON. */
  json: boolean;
  /** The areas as stored now, for the places. */
  areas: AreaShape[];
}

export type UploadRead = { error: RowError } | { source: Source; plan: PreparedImport };

/** The first byte after a BOM and white space is '{': a JSON object, never a CSV header. */
function startsWithBrace(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i] ?? 0)) i++;
  return bytes[i] === 0x7b;
}

export function readUpload({ kind, bytes, json, areas }: UploadJob): UploadRead {
  const places = createPlaces(areas);
  if (json || startsWithBrace(bytes)) {
    if (kind !== "visits") {
      const message = `GeoJSON is imported for visits only: send ${kind} as CSV`;
      return { error: { line: 0, field: "(file)", message } };
    }
    const { text, encoding } = decode(bytes);
    const read = readFeatures(text);
    if (!read.ok) return { error: { ...read.error, field: "(file)" } };
    const source: Source = { format: "geojson", encoding, crs: read.file.crs };
    return { source, plan: prepareFeatures(read.file, places) };
  }
  const read = readCsv(bytes);
  if (!read.ok) return { error: { ...read.error, field: "(file)" } };
  const { delimiter } = read.table;
  const source: Source = { format: "csv", encoding: read.table.encoding, delimiter };
  return { source, plan: prepareImport(kind, read.table, places) };
}
