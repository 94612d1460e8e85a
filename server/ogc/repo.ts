// The two collections' features, read once per data version: areas with their public figures for
// the default period (the last 12 months of data), and visits that have a place.
import { bbox as turfBbox } from "@turf/turf";
import { areaProperties } from "../areas/metrics.ts";
import { createAreaRepo } from "../areas/repo.ts";
import type { Db } from "../db/open.ts";
import type { MetaRepo } from "../meta/repo.ts";
import { defaultPeriod } from "../period/period.ts";
import type { CollectionId } from "./documents.ts";
import type { OgcGeometry } from "./filter.ts";
import type { Box } from "./params.ts";
import { publicArea, publicVisit, type VisitRow } from "./public.ts";

export interface OgcFeature {
  type: "Feature";
  id: string | number;
  geometry: OgcGeometry;
  properties: Record<string, unknown> & { date?: string };
}

export interface CollectionData {
  features: OgcFeature[];
  bbox: Box | null;
  /** First and last visit day; undefined for a collection without time. */
  days?: [string, string] | null;
  period?: { from: string; to: string };
}

function extent(features: OgcFeature[]): Box | null {
  if (features.length === 0) return null;
  const [a = 0, b = 0, c = 0, d = 0] = turfBbox({ type: "FeatureCollection", features } as never);
  const r = (x: number) => Math.round(x * 1e6) / 1e6;
  return [r(a), r(b), r(c), r(d)];
}

export function createOgcRepo(db: Db, meta: MetaRepo) {
  const areaRepo = createAreaRepo(db);
  const visits = db.prepare<[], VisitRow & { lon: number; lat: number }>(
    `SELECT id, area_id, kind, date, topic, attendees, lon, lat, demo FROM visits
     WHERE deleted_at IS NULL AND lon IS NOT NULL AND lat IS NOT NULL ORDER BY date, id`,
  );
  let memo: { version: number; data: Record<CollectionId, CollectionData> } | undefined;

  function load(): Record<CollectionId, CollectionData> {
    const period = defaultPeriod(meta.dataRange().to);
    const areas: OgcFeature[] = areaRepo
      .listWithCounts(period)
      .map(({ row, geometry, counts }) => ({
        type: "Feature",
        id: row.id,
        geometry,
        properties: { ...publicArea(areaProperties(row, counts, period), period) },
      }));
    const rows = visits.all();
    const visitFeatures: OgcFeature[] = rows.map((v) => ({
      type: "Feature",
      id: v.id,
      geometry: { type: "Point", coordinates: [v.lon, v.lat] },
      properties: { ...publicVisit(v) },
    }));
    const first = rows[0]?.date;
    const last = rows[rows.length - 1]?.date;
    return {
      areas: { features: areas, bbox: extent(areas), period },
      visits: {
        features: visitFeatures,
        bbox: extent(visitFeatures),
        days: first && last ? [first, last] : null,
      },
    };
  }

  return {
    /** Every feature of a collection, in a stable order (areas by id, visits by date then id). */
    collection(id: CollectionId): CollectionData {
      const version = meta.version();
      if (memo?.version !== version) memo = { version, data: load() };
      return memo.data[id];
    },
  };
}

export type OgcRepo = ReturnType<typeof createOgcRepo>;
