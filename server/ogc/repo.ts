// The collections' features, in a stable order: the public ones as the privacy filter returns
// them, the planning ones (areas with all their figures for the default period, the last 12
// months of data; visits that have a place) read once per data version and kept apart per caller's
// kommuner: a planner's token reads only their kommuner's areas and visits.
import { bbox as turfBbox } from "@turf/bbox";
import { areaProperties } from "../areas/metrics.ts";
import { createAreaRepo } from "../areas/repo.ts";
import type { Db } from "../db/open.ts";
import { scopeKey } from "../http/cached-json.ts";
import { inKommuner, kommunParam } from "../kommun/sql.ts";
import type { MetaRepo } from "../meta/repo.ts";
import { defaultPeriod } from "../period/period.ts";
import type { PublicOgcFeature } from "../privacy/ogc.ts";
import type { PublicView } from "../privacy/public-view.ts";
import type { CollectionId } from "./collections.ts";
import type { OgcGeometry } from "./filter.ts";
import type { Box } from "./params.ts";

export interface OgcFeature {
  type: "Feature";
  id: string | number;
  geometry: OgcGeometry;
  properties: Record<string, unknown>;
  /** The calendar days the feature stands for, for `datetime`; none for timeless features. */
  time?: { start: string; end: string };
}

export interface CollectionData {
  features: OgcFeature[];
  bbox: Box | null;
  /** First and last day of the features' time; undefined for a collection without time. */
  days?: [string, string] | null;
  /** For planning areas: the period their figures count, in words. */
  period?: string;
}

function extent(features: OgcFeature[]): Box | null {
  if (features.length === 0) return null;
  const [a = 0, b = 0, c = 0, d = 0] = turfBbox({ type: "FeatureCollection", features } as never);
  const r = (x: number) => Math.round(x * 1e6) / 1e6;
  return [r(a), r(b), r(c), r(d)];
}

function days(features: OgcFeature[]): [string, string] | null {
  const spans = features.flatMap((f) => (f.time ? [f.time] : []));
  if (spans.length === 0) return null;
  const starts = spans.map((s) => s.start).sort();
  const ends = spans.map((s) => s.end).sort();
  return [starts[0] as string, ends.at(-1) as string];
}

const data = (features: OgcFeature[], period?: string): CollectionData => ({
  features,
  bbox: extent(features),
  days: days(features),
  ...(period ? { period } : {}),
});

interface VisitRow {
  id: number;
  area_id: string;
  kommun: string;
  kind: string;
  date: string;
  topic: string;
  organisers: string;
  attendees: number | null;
  notes: string;
  lon: number;
  lat: number;
  demo: number;
}

export function createOgcRepo(db: Db, meta: MetaRepo, view: PublicView) {
  const areaRepo = createAreaRepo(db);
  const visits = db.prepare<{ kommuner: string }, VisitRow>(
    `SELECT v.id, v.area_id, a.kommun, v.kind, v.date, v.topic, v.organisers, v.attendees,
       v.notes, v.lon, v.lat, v.demo
     FROM visits v JOIN areas a ON a.id = v.area_id
     WHERE v.deleted_at IS NULL AND v.lon IS NOT NULL AND v.lat IS NOT NULL
       AND ${inKommuner("a.kommun")}
     ORDER BY v.date, v.id`,
  );
  /** The planning collections per caller's kommuner (scopeKey), for the data version. */
  let planning: {
    version: number;
    byScope: Map<string, { areas: CollectionData; visits: CollectionData }>;
  } = { version: Number.NaN, byScope: new Map() };
  let open: { version: string; data: Record<string, CollectionData> } | undefined;

  function loadPlanning(kommuner: readonly string[]) {
    const period = defaultPeriod(meta.dataRange(kommuner).to);
    const areas: OgcFeature[] = areaRepo
      .listWithCounts(period, kommuner)
      .map(({ row, geometry, counts }) => ({
        type: "Feature",
        id: row.id,
        geometry,
        properties: {
          ...areaProperties(row, counts, period),
          period_from: period.from,
          period_to: period.to,
        },
      }));
    const visitFeatures: OgcFeature[] = visits
      .all({ kommuner: kommunParam(kommuner) })
      .map(({ lon, lat, organisers, demo, ...v }) => ({
        type: "Feature",
        id: v.id,
        geometry: { type: "Point", coordinates: [lon, lat] },
        properties: {
          ...v,
          organisers: (JSON.parse(organisers) as string[]).join(", "),
          demo: demo === 1,
        },
        time: { start: v.date, end: v.date },
      }));
    return {
      areas: data(areas, `${period.from}–${period.to}`),
      visits: data(visitFeatures),
    };
  }

  function loadPublic(): Record<string, CollectionData> {
    const c = view.ogc();
    const plain = (fs: PublicOgcFeature[]) => data(fs);
    return { areas: plain(c.areas), activity: plain(c.activity), sessions: plain(c.sessions) };
  }

  return {
    /**
     * Every feature of a collection, in a stable order; the planning ones of the caller's
     * kommuner only (`kommuner`: none for the public, who never read them).
     */
    collection(id: CollectionId, kommuner: readonly string[] = []): CollectionData {
      if (id === "planning_areas" || id === "planning_visits") {
        const version = meta.version();
        if (planning.version !== version) planning = { version, byScope: new Map() };
        const key = scopeKey(kommuner);
        let scoped = planning.byScope.get(key);
        if (!scoped) {
          scoped = loadPlanning(kommuner);
          planning.byScope.set(key, scoped);
        }
        return id === "planning_areas" ? scoped.areas : scoped.visits;
      }
      const version = view.version();
      if (open?.version !== version) open = { version, data: loadPublic() };
      return open.data[id] as CollectionData;
    },
  };
}

export type OgcRepo = ReturnType<typeof createOgcRepo>;
