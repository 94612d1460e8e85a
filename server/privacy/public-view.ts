// The one privacy filter for the public: everything a person without a login can reach (the
// public map, /loften, the quarterly reports and their static export and print, /api/meta, the
// public OGC collections, the calendar feed) is built from what this module returns, and nothing
// else on the public side reads the database. Internal answers are never trimmed into public
// ones: each public shape is built here from the public source (source.ts) under rules.ts.
//
// Public figures stand at the public cut-off, the last day of the previous month: only ended
// months and quarters, so no activity is timed finer than its month, except the public
// information sessions announced from today on.
import type { Db } from "../db/open.ts";
import { type Fact, kommunFacts, policeAreaFacts } from "../facts/facts.ts";
import { createKommunRepo, type Kommun } from "../kommun/repo.ts";
import {
  type Clock,
  type IsoDate,
  previousMonthEnd,
  systemClock,
  todayUtc,
} from "../period/dates.ts";
import { quarterEnd, quarterOf, quarterStart, quartersBetween } from "../period/quarters.ts";
import { createProgressService, type ProgressService } from "../promises/service.ts";
import { buildPublicAreas, type PublicAreaCollection } from "./areas.ts";
import { sessionsCalendar } from "./calendar.ts";
import { publicFact } from "./facts.ts";
import { type PublicOgcCollections, publicOgcCollections } from "./ogc.ts";
import {
  type PoliceAreaQuarter,
  type PoliceAreaSummary,
  policeAreaQuarter,
} from "./police-area.ts";
import { buildPublicProgress, type PublicProgress } from "./progress.ts";
import { buildQuarterReport, type QuarterReport, type ReportListItem } from "./report.ts";
import { createPublicSource, type PublicPeriodRow, type PublicSource } from "./source.ts";

/** The police area as a whole, where a public answer takes `?kommun=`. */
export const ALL = "all";

export interface PublicMeta {
  /** Whether any public figure rests on invented demo data. */
  demo: boolean;
  /** The public cut-off: figures count up to and including this day. */
  as_of: IsoDate;
  today: IsoDate;
  basemap_style_url: string | null;
  attribution: string;
  /** The deployment's kommuner, in code order. */
  kommuner: Kommun[];
  /** The kommun the public pages open on. */
  default_kommun: string;
  /** The police area the kommuner make up ("Lokalpolisområde Kävlinge"). */
  police_area: string;
}

export interface PublicViewOptions {
  facts: readonly Fact[];
  attribution: string;
  basemapStyleUrl: string | null;
  /** The kommun public answers are about when a request names none. */
  defaultKommun?: string;
  /** The police area's name (data/kommuner.json `police_area`). */
  policeArea?: string;
  clock?: Clock;
}

/** A kommun's report quarters and the police area's: which kommuner have a report in each. */
export interface PoliceAreaReportItem {
  quarter: string;
  from: IsoDate;
  to: IsoDate;
  kommuner: string[];
  url: string;
}

export interface PoliceAreaReport extends PoliceAreaQuarter {
  police_area: string;
  /** The kommuner with a report of their own for the quarter, and where it is. */
  reports: { kommun: string; kommun_name: string; url: string }[];
}

export function createPublicView(db: Db, options: PublicViewOptions) {
  const { facts, clock = systemClock } = options;
  const policeArea = options.policeArea ?? "Lokalpolisområde";
  const sources = createPublicSource(db);
  const kommunRepo = createKommunRepo(db);
  const publicVersion = db
    .prepare<[], number>("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'public_version'")
    .pluck();

  const codes = () => kommunRepo.codes();
  const nameOf = (code: string) => kommunRepo.name(code) ?? code;
  const defaultKommun = () => {
    const all = codes();
    const d = options.defaultKommun;
    return d && all.includes(d) ? d : all.includes("1230") ? "1230" : (all[0] ?? "1230");
  };
  /** True for a kommun this deployment covers, or "all". */
  const isScope = (scope: string) => scope === ALL || codes().includes(scope);

  // One scoped source and progress service per kommun (and for the police area), made on first use.
  const sourceMemo = new Map<string, PublicSource>();
  const sourceOf = (scope: string): PublicSource => {
    let s = sourceMemo.get(scope);
    if (!s) {
      s = sources.of(scope === ALL ? codes() : [scope]);
      sourceMemo.set(scope, s);
    }
    return s;
  };
  // A period is counted against the records of its own kommun (promise_periods.kommun).
  const progressService = createProgressService(db, clock);
  const serviceOf = (_kommun: string): ProgressService => progressService;

  const today = () => todayUtc(clock());
  const calendarMemo = new Map<string, { version: string; text: string }>();
  const buildAreas = (day: IsoDate, scope: string): PublicAreaCollection =>
    buildPublicAreas(sourceOf(scope), day, previousMonthEnd(day));

  /** The period running on `day`, else the latest that has started, else the first. */
  function currentPeriod(kommun: string, day: IsoDate): PublicPeriodRow | undefined {
    const all = sourceOf(kommun).periods();
    const started = all.filter((p) => p.starts_on <= day);
    return started.find((p) => p.ends_on >= day) ?? started.at(-1) ?? all[0];
  }

  function progress(kommun: string, periodId: number, asOf: IsoDate): PublicProgress | undefined {
    // By month: what had happened by the end of `asOf`, a month's last day.
    const p = serviceOf(kommun).progress(periodId, asOf, "month");
    const first = sourceOf(kommun).periods()[0];
    if (!p || !first) return undefined;
    // The kommun's released series of märk-DNA quarters begins with its own first period.
    const series = { from: quarterStart(quarterOf(first.starts_on)) };
    const context = {
      source: sourceOf(kommun),
      facts: kommunFacts(facts, kommun),
      kommun: { code: kommun, name: nameOf(kommun) },
      series,
    };
    return buildPublicProgress(p, context, asOf);
  }

  const query = (kommun: string) => (kommun === defaultKommun() ? "" : `?kommun=${kommun}`);

  function reports(day: IsoDate, kommun: string): ReportListItem[] {
    const cutoff = previousMonthEnd(day);
    const seen = new Set<string>();
    return sourceOf(kommun)
      .periods()
      .flatMap((p) =>
        quartersBetween(p.starts_on, p.ends_on)
          .filter((q) => quarterEnd(q) <= cutoff && !seen.has(q) && seen.add(q))
          .map((quarter) => ({
            quarter,
            from: quarterStart(quarter),
            to: quarterEnd(quarter),
            period_id: p.id,
            period_name: p.name,
            url: `/rapporter/${quarter}${query(kommun)}`,
          })),
      );
  }

  function policeAreaReports(day: IsoDate): PoliceAreaReportItem[] {
    const byQuarter = new Map<string, string[]>();
    for (const k of codes()) {
      for (const r of reports(day, k))
        byQuarter.set(r.quarter, [...(byQuarter.get(r.quarter) ?? []), k]);
    }
    return [...byQuarter.keys()].sort().map((quarter) => ({
      quarter,
      from: quarterStart(quarter),
      to: quarterEnd(quarter),
      kommuner: byQuarter.get(quarter) as string[],
      // The web page's address: its URL names the whole police area "alla" (web/kommun/kommun.ts).
      url: `/rapporter/${quarter}?kommun=alla`,
    }));
  }

  const kommunSources = () => codes().map((code) => ({ code, source: sourceOf(code) }));

  /** A period the public may read: one of the kommun's that had begun by the cut-off. */
  function publishedPeriod(kommun: string, day: IsoDate, id: number) {
    const cutoff = previousMonthEnd(day);
    return sourceOf(kommun)
      .periods()
      .find((p) => p.id === id && p.starts_on <= cutoff);
  }

  /** The kommun's current period's progress, or the given (published) period's. */
  function promises(day: IsoDate, kommun: string, periodId?: number): PublicProgress | undefined {
    const p =
      periodId === undefined ? currentPeriod(kommun, day) : publishedPeriod(kommun, day, periodId);
    return p === undefined ? undefined : progress(kommun, p.id, previousMonthEnd(day));
  }

  return {
    today,
    /** What every public answer depends on: the public tables and the day. */
    version: () => `${publicVersion.get() ?? 0}:${today()}`,
    /** The kommun an answer is about when the request names none. */
    defaultKommun,
    isScope,
    kommuner: () => kommunRepo.list(),

    /** The areas of one kommun, or of the whole police area ("all"). */
    areas: (day = today(), scope: string = ALL) => buildAreas(day, scope),

    hasPromises: (day = today(), kommun = defaultKommun()) =>
      currentPeriod(kommun, day) !== undefined,

    /** The kommun's current promise period's progress at the cut-off, or undefined when it has none. */
    promises: (day = today(), kommun = defaultKommun(), periodId?: number) =>
      promises(day, kommun, periodId),
    /** Whether `?period=` names a period of the kommun the public may read. */
    isPublishedPeriod: (day: IsoDate, kommun: string, id: number) =>
      publishedPeriod(kommun, day, id) !== undefined,

    /** The police area's summary: each kommun's promises, the quarters' figures, the area's facts. */
    policeArea(day = today()): PoliceAreaSummary {
      const cutoff = previousMonthEnd(day);
      const kommuner = kommunRepo.list().map((k) => {
        const p = promises(day, k.code);
        const judged = (s: string) => s === "achieved" || s === "met";
        return {
          ...k,
          period: p ? p.period : null,
          promises: p
            ? {
                activities: p.activities.length,
                achieved: p.activities.filter((a) => judged(a.status)).length,
                goals: p.goals.length,
                goals_met: p.goals.filter((g) => judged(g.status)).length,
              }
            : null,
          url: `/loften${query(k.code)}`,
        };
      });
      const quarters = policeAreaReports(day).map((r) =>
        policeAreaQuarter(r.quarter, kommunSources(), sourceOf(ALL)),
      );
      return {
        police_area: policeArea,
        as_of: cutoff,
        kommuner,
        quarters,
        facts: policeAreaFacts(facts).map(publicFact),
        demo:
          kommuner.some((k) => k.period && promises(day, k.code)?.demo) ||
          quarters.some((q) => q.demo.length > 0),
      };
    },

    reports: (day = today(), kommun = defaultKommun()) => reports(day, kommun),
    policeAreaReports: (day = today()) => policeAreaReports(day),

    /** The report, or undefined when the quarter has not ended or no promise period covers it. */
    report(quarter: string, day = today(), kommun = defaultKommun()): QuarterReport | undefined {
      const item = reports(day, kommun).find((r) => r.quarter === quarter);
      if (!item) return undefined;
      const p = progress(kommun, item.period_id, item.to);
      return p && buildQuarterReport(quarter, p, sourceOf(kommun));
    },

    /** The police area's quarter: its kommuner's figures and their reports. */
    policeAreaReport(quarter: string, day = today()): PoliceAreaReport | undefined {
      const item = policeAreaReports(day).find((r) => r.quarter === quarter);
      if (!item) return undefined;
      return {
        police_area: policeArea,
        ...policeAreaQuarter(quarter, kommunSources(), sourceOf(ALL)),
        reports: item.kommuner.map((k) => ({
          kommun: k,
          kommun_name: nameOf(k),
          url: `/rapporter/${quarter}${query(k)}`,
        })),
      };
    },

    /** The public OGC collections (server/ogc): the whole deployment's areas, months, sessions. */
    ogc: (day = today()): PublicOgcCollections => publicOgcCollections(buildAreas(day, ALL)),

    /** Upcoming public information sessions as iCalendar text, built once per public version. */
    calendar(day = today(), scope: string = defaultKommun()): string {
      const version = `${publicVersion.get() ?? 0}:${day}`;
      const memo = calendarMemo.get(scope);
      if (memo?.version === version) return memo.text;
      const name = scope === ALL ? policeArea : nameOf(scope);
      const text = sessionsCalendar(buildAreas(day, scope), day, name);
      calendarMemo.set(scope, { version, text });
      return text;
    },

    meta(day = today()): PublicMeta {
      const cutoff = previousMonthEnd(day);
      return {
        demo: sourceOf(ALL).demoKinds({ from: "0000-01-01", to: "9999-12-31" }).length > 0,
        as_of: cutoff,
        today: day,
        basemap_style_url: options.basemapStyleUrl,
        attribution: options.attribution,
        kommuner: kommunRepo.list(),
        default_kommun: defaultKommun(),
        police_area: policeArea,
      };
    },
  };
}

export type PublicView = ReturnType<typeof createPublicView>;
