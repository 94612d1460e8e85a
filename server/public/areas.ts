// GET /api/public/areas as data: the planners' area figures (server/areas) reduced to what may be
// public. Areas without grannsamverkan are invitations, never weak spots; märk-DNA uptake is a
// coarse class; sessions and walks are counted per ended month with counts under 5 as "<5"; no
// contact persons, burglary figures, rankings, presence, lägesbild or free text.
import { centroid, distance } from "@turf/turf";
import { type AreaCounts, areaProperties, watchStatus } from "../areas/metrics.ts";
import { createAreaRepo } from "../areas/repo.ts";
import type { AreaGeometry } from "../areas/types.ts";
import type { Db } from "../db/open.ts";
import type { IsoDate } from "../period/dates.ts";
import { createPublicAreaRepo, type UpcomingRow } from "./areas-repo.ts";
import { type SmallCount, smallCount } from "./small-counts.ts";

export type PublicWatch = "active" | "starting" | "invitation";
export type DnaClass = "<10 %" | "10–25 %" | "25–50 %" | "≥50 %";

export interface PublicSession {
  date: IsoDate;
  area_id: string;
  area_name: string;
  topic: string;
  /** Where the session is held (public information), or the area's centre when not recorded. */
  lon: number;
  lat: number;
}

export interface PublicAreaProperties {
  id: string;
  name: string;
  locality: string;
  watch: PublicWatch;
  dna_uptake_class: DnaClass;
  /** Ended months with a completed session or walk in the area. */
  activity: { month: string; info_sessions: SmallCount; safety_walks: SmallCount }[];
  upcoming_sessions: PublicSession[];
  /** For invitation areas: the nearest upcoming session anywhere, by distance between centres. */
  next_session_nearby: (PublicSession & { distance_km: number }) | null;
  demo: boolean;
}

export interface PublicAreaCollection {
  type: "FeatureCollection";
  as_of: IsoDate;
  demo: boolean;
  features: {
    type: "Feature";
    id: string;
    geometry: AreaGeometry;
    properties: PublicAreaProperties;
  }[];
}

/** The planners' watch status in public words: an area without a group is an invitation. */
export function publicWatch(
  counts: Pick<AreaCounts, "activeGroups" | "startingGroups">,
): PublicWatch {
  const status = watchStatus(counts);
  return status === "none" ? "invitation" : status;
}

/** Coarse classes so that a small area's uptake cannot be turned back into households. */
export function dnaClass(share: number): DnaClass {
  if (share < 0.1) return "<10 %";
  if (share < 0.25) return "10–25 %";
  if (share < 0.5) return "25–50 %";
  return "≥50 %";
}

export function createPublicAreas(db: Db) {
  const areas = createAreaRepo(db);
  const extra = createPublicAreaRepo(db);

  return function build(today: IsoDate): PublicAreaCollection {
    const period = { from: today, to: today }; // stocks (groups, kits) as of today
    const list = areas.listWithCounts(period);
    const centres = new Map(list.map((a) => [a.row.id, centroid(a.geometry).geometry.coordinates]));
    const session = (r: UpcomingRow): PublicSession => {
      const [lon, lat] =
        r.lon !== null && r.lat !== null ? [r.lon, r.lat] : (centres.get(r.area_id) ?? [0, 0]);
      return {
        date: r.date,
        area_id: r.area_id,
        area_name: r.area_name,
        topic: r.topic,
        lon: lon as number,
        lat: lat as number,
      };
    };
    const upcomingRows = extra.upcoming(today);
    const upcoming = upcomingRows.map(session);
    const activity = new Map<string, Map<string, { info: number; walks: number }>>();
    for (const m of extra.months(`${today.slice(0, 7)}-01`)) {
      const byMonth = activity.get(m.area_id) ?? new Map();
      activity.set(m.area_id, byMonth);
      const cell = byMonth.get(m.month) ?? { info: 0, walks: 0 };
      byMonth.set(m.month, cell);
      if (m.kind === "info_session") cell.info += m.n;
      else cell.walks += m.n;
    }
    const features = list.map(({ row, geometry, counts }) => {
      const watch = publicWatch(counts);
      const here = centres.get(row.id) as number[];
      const nearest =
        watch !== "invitation"
          ? null
          : (upcoming
              .map((s) => ({
                ...s,
                distance_km: Math.round(distance(here, [s.lon, s.lat]) * 10) / 10,
              }))
              .sort((a, b) => a.distance_km - b.distance_km || a.date.localeCompare(b.date))[0] ??
            null);
      const months = [...(activity.get(row.id) ?? new Map()).entries()].map(([month, c]) => ({
        month,
        info_sessions: smallCount(c.info),
        safety_walks: smallCount(c.walks),
      }));
      const properties: PublicAreaProperties = {
        id: row.id,
        name: row.name,
        locality: row.locality,
        watch,
        dna_uptake_class: dnaClass(areaProperties(row, counts, period).dna_uptake),
        activity: months,
        upcoming_sessions: upcoming.filter((s) => s.area_id === row.id),
        next_session_nearby: nearest,
        demo: counts.demo || upcomingRows.some((r) => r.area_id === row.id && r.demo === 1),
      };
      return { type: "Feature" as const, id: row.id, geometry, properties };
    });
    return {
      type: "FeatureCollection",
      as_of: today,
      demo: features.some((f) => f.properties.demo),
      features,
    };
  };
}
