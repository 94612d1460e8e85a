// The built-up part of every area in the database (GET /api/basemap/built_up): where people live,
// drawn in full colour over the faint whole area.
//
// For an area whose geometry is still the shipped one, the part is read from
// data/areas-built-up.geojson. An area whose boundary the boundary import has replaced or added
// gets its part computed here from the shipped tätort layer, with the function and options that
// made the file, so no part is drawn that no longer fits its area, and a new area is not left
// without one. Computed parts are remembered per geometry; the collection is rebuilt only when the
// public version moves (area writes; never police presence), and its version (the ETag) changes
// only when a part does.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { MultiPolygon, Polygon } from "geojson";
import type { Db } from "../db/open.ts";
import {
  type BuiltUpFeature,
  builtUpFeature,
  builtUpGeometry,
  type TatortLand,
  tatortLand,
} from "../geo/built-up.ts";

/** Imported boundaries are stored at 7 decimals (server/geo/reproject.ts), like the shipped areas. */
const STORED_DECIMALS = 7;

type Polygonal = Polygon | MultiPolygon;
interface Collection<G> {
  features: { id?: string | number; properties?: { id?: string } | null; geometry: G }[];
}

/** Two geometries are the same when type and coordinates are, whatever the key order. */
const geometryKey = (g: Polygonal) => JSON.stringify([g.type, g.coordinates]);

function readCollection(dataDir: string, rel: string): Collection<Polygonal> {
  return JSON.parse(readFileSync(join(dataDir, rel), "utf8")) as Collection<Polygonal>;
}

const idOf = (f: Collection<Polygonal>["features"][number]) => String(f.id ?? f.properties?.id);

export interface BuiltUpCollection {
  type: "FeatureCollection";
  features: BuiltUpFeature[];
}

/** Reads the shipped files once at start-up; a missing file stops the server with its path. */
export function createBuiltUpLayer(db: Db, dataDir: string, dataVersion: () => number | string) {
  const shippedGeometry = new Map(
    readCollection(dataDir, "areas.geojson").features.map((f) => [
      idOf(f),
      geometryKey(f.geometry),
    ]),
  );
  const shippedPart = new Map(
    readCollection(dataDir, "areas-built-up.geojson").features.map((f) => [
      idOf(f),
      builtUpFeature(idOf(f), f.geometry),
    ]),
  );
  // Parsed on first need: most installations never import a boundary.
  let land: TatortLand | undefined;
  const tatorter = () => {
    land ??= tatortLand(
      readCollection(dataDir, "basemap/tatorter.geojson").features.map((f) => f.geometry),
    );
    return land;
  };
  const areas = db.prepare<[], { id: string; geometry: string }>(
    "SELECT id, geometry FROM areas ORDER BY id",
  );
  /** Computed parts by area id and geometry; null when the area has no built-up land. */
  const computed = new Map<string, BuiltUpFeature | null>();

  function partOf(id: string, geometry: Polygonal): BuiltUpFeature | null {
    const key = geometryKey(geometry);
    if (shippedGeometry.get(id) === key) return shippedPart.get(id) ?? null;
    const memo = `${id}\n${key}`;
    if (!computed.has(memo)) {
      const g = builtUpGeometry(geometry, tatorter(), { decimals: STORED_DECIMALS });
      computed.set(memo, g ? builtUpFeature(id, g) : null);
    }
    return computed.get(memo) ?? null;
  }

  let memo:
    | { dataVersion: number | string; version: string; collection: BuiltUpCollection }
    | undefined;

  function current() {
    const v = dataVersion();
    if (memo?.dataVersion !== v) {
      const rows = areas.all().map((r) => ({
        id: r.id,
        geometry: JSON.parse(r.geometry) as Polygonal,
      }));
      const features = rows.flatMap((r) => {
        const part = partOf(r.id, r.geometry);
        return part ? [part] : [];
      });
      // Forget parts of geometries no area has any more.
      const live = new Set(rows.map((r) => `${r.id}\n${geometryKey(r.geometry)}`));
      for (const k of computed.keys()) if (!live.has(k)) computed.delete(k);
      const collection: BuiltUpCollection = { type: "FeatureCollection", features };
      const version = createHash("sha1")
        .update(JSON.stringify(collection))
        .digest("base64url")
        .slice(0, 12);
      memo = { dataVersion: v, version, collection };
    }
    return memo;
  }

  return {
    /** Changes only when a part does (not with every write to the data). */
    version: () => current().version,
    collection: () => current().collection,
  };
}

export type BuiltUpLayer = ReturnType<typeof createBuiltUpLayer>;
