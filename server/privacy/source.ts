// The only SQL the public side runs: what the public figures are built from, already cut to what
// they may use. No contact persons, notes, presence, lägesbild content or per-area burglaries are
// ever read here; contact-person meetings only as kommun counts.
import type { AreaGeometry } from "../areas/types.ts";
import type { Db } from "../db/open.ts";
import { QUARTER_START_SQL } from "../period/quarter-sql.ts";
import { activeOnSql, GROUP_ENDED_ON_SQL, startingOnSql } from "../watch-groups/history.ts";

export interface PublicAreaRow {
  id: string;
  name: string;
  locality: string;
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
  topic: string;
  organisers: string[];
  lon: number | null;
  lat: number | null;
  demo: boolean;
}

interface Range {
  from: string;
  to: string;
}

/** The kinds of invented rows a public figure can rest on, in the order the explanation lists them. */
export const DEMO_KINDS = [
  "watch_groups",
  "info_sessions",
  "contact_meetings",
  "safety_walks",
  "dna_kits",
  "burglaries",
  "messages",
  "lagesbild",
] as const;
export type DemoKind = (typeof DEMO_KINDS)[number];

export function createPublicSource(db: Db) {
  const areas = db.prepare<[], Omit<PublicAreaRow, "geometry"> & { geometry: string }>(
    "SELECT id, name, locality, households, geometry FROM areas ORDER BY id",
  );
  const groups = db.prepare<
    { day: string },
    { area_id: string; active: number; starting: number; demo: number }
  >(
    `SELECT g.area_id, SUM(${activeOnSql("@day")}) AS active,
            SUM(${startingOnSql("@day")}) AS starting,
            MAX(g.demo * (${activeOnSql("@day")} OR ${startingOnSql("@day")})) AS demo
     FROM watch_groups g WHERE g.deleted_at IS NULL GROUP BY g.area_id`,
  );
  const kits = db.prepare<{ day: string }, { area_id: string; kits: number; demo: number }>(
    `SELECT area_id, SUM(kits) AS kits, MAX(demo) AS demo FROM dna_kits
     WHERE deleted_at IS NULL AND handed_out_on <= @day GROUP BY area_id`,
  );
  // Contact-person meetings are never counted per area: their place can be a private home.
  const months = db.prepare<
    { to: string },
    { area_id: string; month: string; info: number; walks: number; demo: number }
  >(
    `SELECT area_id, substr(date, 1, 7) AS month, SUM(kind = 'info_session') AS info,
            SUM(kind = 'safety_walk') AS walks, MAX(demo) AS demo
     FROM visits WHERE deleted_at IS NULL AND kind IN ('info_session', 'safety_walk')
       AND date <= @to GROUP BY area_id, month ORDER BY area_id, month`,
  );
  const sessions = db.prepare<
    Range,
    Omit<SessionRow, "organisers" | "demo"> & { organisers: string; demo: number }
  >(
    `SELECT v.id, v.date, v.start_time, v.end_time, v.venue, v.signup, v.area_id,
            a.name AS area_name, v.topic, v.organisers, v.lon, v.lat, v.demo
     FROM visits v JOIN areas a ON a.id = v.area_id
     WHERE v.deleted_at IS NULL AND v.kind = 'info_session' AND v.date BETWEEN @from AND @to
     ORDER BY v.date, v.id`,
  );
  const perAreaIn = db.prepare<Range, { area_id: string; info: number; walks: number }>(
    `SELECT area_id, SUM(kind = 'info_session') AS info, SUM(kind = 'safety_walk') AS walks
     FROM visits WHERE deleted_at IS NULL AND kind IN ('info_session', 'safety_walk')
       AND date BETWEEN @from AND @to GROUP BY area_id`,
  );
  const kitsIn = db
    .prepare<Range, number | null>(
      `SELECT SUM(kits) FROM dna_kits WHERE deleted_at IS NULL
       AND handed_out_on BETWEEN @from AND @to`,
    )
    .pluck();
  const burglaryQuarter = db
    .prepare<[string], number | null>("SELECT SUM(count) FROM burglaries WHERE quarter = ?")
    .pluck();
  const watchAreas = db
    .prepare<{ day: string }, number>(
      `SELECT COUNT(DISTINCT g.area_id) FROM watch_groups g
       WHERE g.deleted_at IS NULL AND ${activeOnSql("@day")}`,
    )
    .pluck();

  // A kind is demo in [from, to] when an invented row of it is counted by a figure over that span:
  // a record dated in it (a burglary quarter starting in it), or a group counted (active or
  // starting) on some day of it. A stock on a day asks with from = to = that day, and a stock of
  // everything handed out up to a day with from = the beginning of time.
  const demoSql: Record<DemoKind, string> = {
    watch_groups: `SELECT EXISTS (SELECT 1 FROM watch_groups g WHERE g.demo = 1 AND g.deleted_at IS NULL
      AND g.started_on <= @to AND (g.status IN ('active', 'starting')
        OR (g.status = 'inactive' AND ${GROUP_ENDED_ON_SQL} > @from)))`,
    info_sessions: `SELECT EXISTS (SELECT 1 FROM visits WHERE demo = 1 AND deleted_at IS NULL
      AND kind = 'info_session' AND date BETWEEN @from AND @to)`,
    contact_meetings: `SELECT EXISTS (SELECT 1 FROM visits WHERE demo = 1 AND deleted_at IS NULL
      AND kind = 'contact_meeting' AND date BETWEEN @from AND @to)`,
    safety_walks: `SELECT EXISTS (SELECT 1 FROM visits WHERE demo = 1 AND deleted_at IS NULL
      AND kind = 'safety_walk' AND date BETWEEN @from AND @to)`,
    dna_kits: `SELECT EXISTS (SELECT 1 FROM dna_kits WHERE demo = 1 AND deleted_at IS NULL
      AND handed_out_on BETWEEN @from AND @to)`,
    burglaries: `SELECT EXISTS (SELECT 1 FROM burglaries WHERE demo = 1
      AND ${QUARTER_START_SQL} BETWEEN @from AND @to)`,
    messages: `SELECT EXISTS (SELECT 1 FROM messages WHERE demo = 1 AND deleted_at IS NULL
      AND sent_on BETWEEN @from AND @to)`,
    lagesbild: `SELECT EXISTS (SELECT 1 FROM lagesbild WHERE demo = 1 AND deleted_at IS NULL
      AND date BETWEEN @from AND @to)`,
  };
  const demoStmts = DEMO_KINDS.map(
    (kind) => [kind, db.prepare<Range, number>(demoSql[kind]).pluck()] as const,
  );

  return {
    areas: (): PublicAreaRow[] =>
      areas.all().map((a) => ({ ...a, geometry: JSON.parse(a.geometry) as AreaGeometry })),

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
      for (const g of groups.all({ day })) {
        const s = get(g.area_id);
        s.active = g.active;
        s.starting = g.starting;
        s.demo_groups = g.demo === 1;
        s.demo ||= g.demo === 1;
      }
      for (const k of kits.all({ day })) {
        const s = get(k.area_id);
        s.kits = k.kits;
        s.demo_kits = k.demo === 1;
        s.demo ||= k.demo === 1;
      }
      return out;
    },

    /** Public sessions and safety walks per area and month, up to `to`. */
    months: (to: string): AreaMonth[] =>
      months.all({ to }).map((m) => ({
        area_id: m.area_id,
        month: m.month,
        info_sessions: m.info,
        safety_walks: m.walks,
        demo: m.demo === 1,
      })),

    /** Public information sessions dated in [from, to]. */
    sessions: (range: Range): SessionRow[] =>
      sessions.all(range).map((s) => ({
        ...s,
        organisers: JSON.parse(s.organisers) as string[],
        demo: s.demo === 1,
      })),

    /** Sessions and walks per area in [from, to]. */
    perArea: (range: Range) => perAreaIn.all(range),

    /** Kommun totals: märk-DNA kits handed out in [from, to], burglaries in a quarter. */
    kitsIn: (range: Range) => kitsIn.get(range) ?? 0,
    burglaryQuarter: (quarter: string) => burglaryQuarter.get(quarter) ?? null,
    /** Areas with at least one group active on `day`. */
    watchAreas: (day: string) => watchAreas.get({ day }) ?? 0,

    /** The kinds with an invented row counted over [from, to] (see demoSql). */
    demoKinds: (range: Range): DemoKind[] =>
      demoStmts.filter(([, stmt]) => stmt.get(range) === 1).map(([kind]) => kind),
    /** Whether an invented row of the kind is counted over [from, to]. */
    isDemo: (kind: DemoKind, range: Range): boolean =>
      demoStmts.find(([k]) => k === kind)?.[1].get(range) === 1,
  };
}

export type PublicSource = ReturnType<typeof createPublicSource>;
