// The only SQL the public side runs: what the public figures are built from, already cut to what
// they may use. No contact persons, notes, presence, lägesbild content or per-area burglaries are
// ever read here; contact-person meetings only as kommun counts.
//
// Every figure is read for a list of kommuner (one kommun, or the deployment's all for the police
// area): `createPublicSource(db)` prepares the statements once, `.of(kommuner)` binds the list.
import type { AreaGeometry } from "../areas/types.ts";
import type { Db } from "../db/open.ts";
import { areaInKommuner, inKommuner, kommunParam } from "../kommun/sql.ts";
import { QUARTER_START_SQL } from "../period/quarter-sql.ts";
import { activeOnSql, GROUP_ENDED_ON_SQL, startingOnSql } from "../watch-groups/history.ts";

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

interface Range {
  from: string;
  to: string;
}

export interface PublicPeriodRow {
  id: number;
  kommun: string;
  name: string;
  starts_on: string;
  ends_on: string;
}

type K = { kommuner: string };

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
  const areas = db.prepare<K, Omit<PublicAreaRow, "geometry"> & { geometry: string }>(
    `SELECT a.id, a.name, a.locality, a.kommun, COALESCE(k.name, a.kommun) AS kommun_name,
            a.eligible_voters, a.households, a.geometry
     FROM areas a LEFT JOIN kommuner k ON k.code = a.kommun
     WHERE ${inKommuner("a.kommun")} ORDER BY a.id`,
  );
  const periods = db.prepare<K, PublicPeriodRow>(
    `SELECT id, kommun, name, starts_on, ends_on FROM promise_periods
     WHERE deleted_at IS NULL AND ${inKommuner("kommun")} ORDER BY starts_on, id`,
  );
  const groups = db.prepare<
    K & { day: string },
    { area_id: string; active: number; starting: number; demo: number }
  >(
    `SELECT g.area_id, SUM(${activeOnSql("@day")}) AS active,
            SUM(${startingOnSql("@day")}) AS starting,
            MAX(g.demo * (${activeOnSql("@day")} OR ${startingOnSql("@day")})) AS demo
     FROM watch_groups g WHERE g.deleted_at IS NULL AND ${areaInKommuner("g.area_id")}
     GROUP BY g.area_id`,
  );
  const kits = db.prepare<K & { day: string }, { area_id: string; kits: number; demo: number }>(
    `SELECT area_id, SUM(kits) AS kits, MAX(demo) AS demo FROM dna_kits
     WHERE deleted_at IS NULL AND handed_out_on <= @day AND ${areaInKommuner("area_id")}
     GROUP BY area_id`,
  );
  // Contact-person meetings are never counted per area: their place can be a private home.
  const months = db.prepare<
    K & { to: string },
    { area_id: string; month: string; info: number; walks: number; demo: number }
  >(
    `SELECT area_id, substr(date, 1, 7) AS month, SUM(kind = 'info_session') AS info,
            SUM(kind = 'safety_walk') AS walks, MAX(demo) AS demo
     FROM visits WHERE deleted_at IS NULL AND kind IN ('info_session', 'safety_walk')
       AND date <= @to AND ${areaInKommuner("area_id")}
     GROUP BY area_id, month ORDER BY area_id, month`,
  );
  const sessions = db.prepare<
    K & Range,
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
  const perAreaIn = db.prepare<K & Range, { area_id: string; info: number; walks: number }>(
    `SELECT area_id, SUM(kind = 'info_session') AS info, SUM(kind = 'safety_walk') AS walks
     FROM visits WHERE deleted_at IS NULL AND kind IN ('info_session', 'safety_walk')
       AND date BETWEEN @from AND @to AND ${areaInKommuner("area_id")} GROUP BY area_id`,
  );
  const kitsIn = db
    .prepare<K & Range, number | null>(
      `SELECT SUM(kits) FROM dna_kits WHERE deleted_at IS NULL
       AND handed_out_on BETWEEN @from AND @to AND ${areaInKommuner("area_id")}`,
    )
    .pluck();
  const burglaryQuarter = db
    .prepare<K & { quarter: string }, number | null>(
      `SELECT SUM(count) FROM burglaries WHERE quarter = @quarter AND ${areaInKommuner("area_id")}`,
    )
    .pluck();
  // Kommun totals of the activities in a range (contact-person meetings only as totals).
  const activityIn = db.prepare<
    K & Range,
    { info: number | null; contact: number | null; walks: number | null }
  >(
    `SELECT SUM(kind = 'info_session') AS info, SUM(kind = 'contact_meeting') AS contact,
            SUM(kind = 'safety_walk') AS walks
     FROM visits WHERE deleted_at IS NULL AND date BETWEEN @from AND @to
       AND ${areaInKommuner("area_id")}`,
  );
  const messagesIn = db
    .prepare<K & Range, number>(
      `SELECT COUNT(*) FROM messages WHERE deleted_at IS NULL AND sent_on BETWEEN @from AND @to
       AND ${inKommuner("kommun")}`,
    )
    .pluck();
  const lagesbildIn = db
    .prepare<Range, number>(
      "SELECT COUNT(*) FROM lagesbild WHERE deleted_at IS NULL AND date BETWEEN @from AND @to",
    )
    .pluck();
  const watchAreas = db
    .prepare<K & { day: string }, number>(
      `SELECT COUNT(DISTINCT g.area_id) FROM watch_groups g
       WHERE g.deleted_at IS NULL AND ${activeOnSql("@day")} AND ${areaInKommuner("g.area_id")}`,
    )
    .pluck();

  // A kind is demo in [from, to] when an invented row of it is counted by a figure over that span:
  // a record dated in it (a burglary quarter starting in it), or a group counted (active or
  // starting) on some day of it. A stock on a day asks with from = to = that day, and a stock of
  // everything handed out up to a day with from = the beginning of time. Each of the kommuner
  // bound; the lägesbild is the police area's one weekly exchange with every kommun.
  const demoSql: Record<DemoKind, string> = {
    watch_groups: `SELECT EXISTS (SELECT 1 FROM watch_groups g WHERE g.demo = 1 AND g.deleted_at IS NULL
      AND g.started_on <= @to AND (g.status IN ('active', 'starting')
        OR (g.status = 'inactive' AND ${GROUP_ENDED_ON_SQL} > @from))
      AND ${areaInKommuner("g.area_id")})`,
    info_sessions: `SELECT EXISTS (SELECT 1 FROM visits WHERE demo = 1 AND deleted_at IS NULL
      AND kind = 'info_session' AND date BETWEEN @from AND @to AND ${areaInKommuner("area_id")})`,
    contact_meetings: `SELECT EXISTS (SELECT 1 FROM visits WHERE demo = 1 AND deleted_at IS NULL
      AND kind = 'contact_meeting' AND date BETWEEN @from AND @to AND ${areaInKommuner("area_id")})`,
    safety_walks: `SELECT EXISTS (SELECT 1 FROM visits WHERE demo = 1 AND deleted_at IS NULL
      AND kind = 'safety_walk' AND date BETWEEN @from AND @to AND ${areaInKommuner("area_id")})`,
    dna_kits: `SELECT EXISTS (SELECT 1 FROM dna_kits WHERE demo = 1 AND deleted_at IS NULL
      AND handed_out_on BETWEEN @from AND @to AND ${areaInKommuner("area_id")})`,
    burglaries: `SELECT EXISTS (SELECT 1 FROM burglaries WHERE demo = 1
      AND ${QUARTER_START_SQL} BETWEEN @from AND @to AND ${areaInKommuner("area_id")})`,
    messages: `SELECT EXISTS (SELECT 1 FROM messages WHERE demo = 1 AND deleted_at IS NULL
      AND sent_on BETWEEN @from AND @to AND ${inKommuner("kommun")})`,
    lagesbild: `SELECT EXISTS (SELECT 1 FROM lagesbild WHERE demo = 1 AND deleted_at IS NULL
      AND date BETWEEN @from AND @to)`,
  };
  const demoStmts = DEMO_KINDS.map(
    (kind) => [kind, db.prepare<K & Range, number>(demoSql[kind]).pluck()] as const,
  );

  /** The public source for these kommuner: one kommun, or all of the police area's. */
  const of = (list: readonly string[]) => {
    const kommuner = kommunParam(list);
    return scoped(kommuner);
  };

  const scoped = (kommuner: string) => ({
    /** The kommuner it reads, as bound (a JSON array). */
    kommuner,

    areas: (): PublicAreaRow[] =>
      areas
        .all({ kommuner })
        .map((a) => ({ ...a, geometry: JSON.parse(a.geometry) as AreaGeometry })),

    /** The promise periods of these kommuner, oldest first. */
    periods: () => periods.all({ kommuner }),

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

    /** Kommun totals: märk-DNA kits handed out in [from, to], burglaries in a quarter. */
    kitsIn: (range: Range) => kitsIn.get({ kommuner, ...range }) ?? 0,
    burglaryQuarter: (quarter: string) => burglaryQuarter.get({ kommuner, quarter }) ?? null,
    /** Kommun totals of sessions, contact-person meetings, walks and messages in [from, to]. */
    activityIn(range: Range) {
      const a = activityIn.get({ kommuner, ...range });
      return {
        info_sessions: a?.info ?? 0,
        contact_meetings: a?.contact ?? 0,
        safety_walks: a?.walks ?? 0,
        messages: messagesIn.get({ kommuner, ...range }) ?? 0,
      };
    },
    /** Weekly lägesbild exchanges in [from, to]: the police area's, shared by every kommun. */
    lagesbildIn: (range: Range) => lagesbildIn.get(range) ?? 0,
    /** Areas with at least one group active on `day`. */
    watchAreas: (day: string) => watchAreas.get({ kommuner, day }) ?? 0,

    /** The kinds with an invented row counted over [from, to] (see demoSql). */
    demoKinds: (range: Range): DemoKind[] =>
      demoStmts.filter(([, stmt]) => stmt.get({ kommuner, ...range }) === 1).map(([kind]) => kind),
    /** Whether an invented row of the kind is counted over [from, to]. */
    isDemo: (kind: DemoKind, range: Range): boolean =>
      demoStmts.find(([k]) => k === kind)?.[1].get({ kommuner, ...range }) === 1,
  });

  return { of };
}

/** The public figures of one kommun, or of the police area as a whole. */
export type PublicSource = ReturnType<ReturnType<typeof createPublicSource>["of"]>;
