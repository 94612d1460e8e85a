// The per-area figures the public map and the reports are built from: the areas, their groups
// and märk-DNA kits as stocks on a day, public sessions and safety walks per month or span, and
// the public information sessions themselves, for the bound kommuner. Contact-person meetings are
// never read per area.
import type { AreaGeometry } from "../areas/types.ts";
import type { Db } from "../db/open.ts";
import { areaInKommuner, inKommuner } from "../kommun/sql.ts";
import { activeOnSql, startingOnSql } from "../watch-groups/history.ts";
import type { Range, Scope } from "./source.ts";

export interface PublicAreaRow {
  id: string;
  name: string;
  locality: string;
  kommun: string;
  kommun_name: string;
  /** Valmyndigheten's published count for the valdistrikt (2022); null where not known. */
  eligible_voters: number | null;
  households: number;
  geometry: AreaGeometry;
}

export interface AreaStock {
  area_id: string;
  active: number;
  starting: number;
  kits: number;
  /** An invented group counted on the day, or invented kits in the stock. */
  demo: boolean;
  demo_groups: boolean;
  demo_kits: boolean;
}

export interface AreaMonth {
  area_id: string;
  month: string;
  info_sessions: number;
  safety_walks: number;
  demo: boolean;
}

export interface SessionRow {
  id: number;
  date: string;
  start_time: string | null;
  end_time: string | null;
  venue: string;
  signup: string;
  area_id: string;
  area_name: string;
  kommun: string;
  kommun_name: string;
  topic: string;
  organisers: string[];
  lon: number | null;
  lat: number | null;
  demo: boolean;
}

/** Prepares the per-area reads once; the result binds them to a list of kommuner. */
export function prepareAreaReads(db: Db) {
  const areas = db.prepare<Scope, Omit<PublicAreaRow, "geometry"> & { geometry: string }>(
    `SELECT a.id, a.name, a.locality, a.kommun, COALESCE(k.name, a.kommun) AS kommun_name,
            a.eligible_voters, a.households, a.geometry
     FROM areas a LEFT JOIN kommuner k ON k.code = a.kommun
     WHERE ${inKommuner("a.kommun")} ORDER BY a.id`,
  );
  const groups = db.prepare<
    Scope & { day: string },
    { area_id: string; active: number; starting: number; demo: number }
  >(
    `SELECT g.area_id, SUM(${activeOnSql("@day")}) AS active,
            SUM(${startingOnSql("@day")}) AS starting,
            MAX(g.demo * (${activeOnSql("@day")} OR ${startingOnSql("@day")})) AS demo
     FROM watch_groups g WHERE g.deleted_at IS NULL AND ${areaInKommuner("g.area_id")}
     GROUP BY g.area_id`,
  );
  const kits = db.prepare<Scope & { day: string }, { area_id: string; kits: number; demo: number }>(
    `SELECT area_id, SUM(kits) AS kits, MAX(demo) AS demo FROM dna_kits
     WHERE deleted_at IS NULL AND handed_out_on <= @day AND ${areaInKommuner("area_id")}
     GROUP BY area_id`,
  );
  // Contact-person meetings are never counted per area: their place can be a private home.
  const months = db.prepare<
    Scope & { to: string },
    { area_id: string; month: string; info: number; walks: number; demo: number }
  >(
    `SELECT area_id, substr(date, 1, 7) AS month, SUM(kind = 'info_session') AS info,
            SUM(kind = 'safety_walk') AS walks, MAX(demo) AS demo
     FROM visits WHERE deleted_at IS NULL AND kind IN ('info_session', 'safety_walk')
       AND date <= @to AND ${areaInKommuner("area_id")}
     GROUP BY area_id, month ORDER BY area_id, month`,
  );
  const sessions = db.prepare<
    Scope & Range,
    Omit<SessionRow, "organisers" | "demo"> & { organisers: string; demo: number }
  >(
    `SELECT v.id, v.date, v.start_time, v.end_time, v.venue, v.signup, v.area_id,
            a.name AS area_name, a.kommun, COALESCE(k.name, a.kommun) AS kommun_name,
            v.topic, v.organisers, v.lon, v.lat, v.demo
     FROM visits v JOIN areas a ON a.id = v.area_id LEFT JOIN kommuner k ON k.code = a.kommun
     WHERE v.deleted_at IS NULL AND v.kind = 'info_session' AND v.date BETWEEN @from AND @to
       AND ${inKommuner("a.kommun")}
     ORDER BY v.date, v.id`,
  );
  const perAreaIn = db.prepare<Scope & Range, { area_id: string; info: number; walks: number }>(
    `SELECT area_id, SUM(kind = 'info_session') AS info, SUM(kind = 'safety_walk') AS walks
     FROM visits WHERE deleted_at IS NULL AND kind IN ('info_session', 'safety_walk')
       AND date BETWEEN @from AND @to AND ${areaInKommuner("area_id")} GROUP BY area_id`,
  );

  return (kommuner: string) => ({
    areas: (): PublicAreaRow[] =>
      areas
        .all({ kommuner })
        .map((a) => ({ ...a, geometry: JSON.parse(a.geometry) as AreaGeometry })),

    /** Each area's groups (as they stood on `day`) and kits handed out up to `day`. */
    stocks(day: string): Map<string, AreaStock> {
      const out = new Map<string, AreaStock>();
      const get = (id: string) => {
        let s = out.get(id);
        if (!s) {
          s = {
            area_id: id,
            active: 0,
            starting: 0,
            kits: 0,
            demo: false,
            demo_groups: false,
            demo_kits: false,
          };
          out.set(id, s);
        }
        return s;
      };
      for (const g of groups.all({ kommuner, day })) {
        const s = get(g.area_id);
        s.active = g.active;
        s.starting = g.starting;
        s.demo_groups = g.demo === 1;
        s.demo ||= g.demo === 1;
      }
      for (const k of kits.all({ kommuner, day })) {
        const s = get(k.area_id);
        s.kits = k.kits;
        s.demo_kits = k.demo === 1;
        s.demo ||= k.demo === 1;
      }
      return out;
    },

    /** Public sessions and safety walks per area and month, up to `to`. */
    months: (to: string): AreaMonth[] =>
      months.all({ kommuner, to }).map((m) => ({
        area_id: m.area_id,
        month: m.month,
        info_sessions: m.info,
        safety_walks: m.walks,
        demo: m.demo === 1,
      })),

    /** Public information sessions dated in [from, to]. */
    sessions: (range: Range): SessionRow[] =>
      sessions.all({ kommuner, ...range }).map((s) => ({
        ...s,
        organisers: JSON.parse(s.organisers) as string[],
        demo: s.demo === 1,
      })),

    /** Sessions and walks per area in [from, to]. */
    perArea: (range: Range) => perAreaIn.all({ kommuner, ...range }),
  });
}
