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
import type { Fact } from "../facts/facts.ts";
import {
  type Clock,
  type IsoDate,
  previousMonthEnd,
  systemClock,
  todayUtc,
} from "../period/dates.ts";
import { quarterEnd, quarterOf, quarterStart, quartersBetween } from "../period/quarters.ts";
import { createProgressService } from "../promises/service.ts";
import { buildPublicAreas, type PublicAreaCollection } from "./areas.ts";
import { sessionsCalendar } from "./calendar.ts";
import { type PublicOgcCollections, publicOgcCollections } from "./ogc.ts";
import { buildPublicProgress, type PublicProgress } from "./progress.ts";
import { buildQuarterReport, type QuarterReport, type ReportListItem } from "./report.ts";
import { createPublicSource } from "./source.ts";

export interface PublicMeta {
  /** Whether any public figure rests on invented demo data. */
  demo: boolean;
  /** The public cut-off: figures count up to and including this day. */
  as_of: IsoDate;
  today: IsoDate;
  basemap_style_url: string | null;
  attribution: string;
}

export interface PublicViewOptions {
  facts: readonly Fact[];
  /** The facts' `area` naming this kommun. */
  kommun: string;
  attribution: string;
  basemapStyleUrl: string | null;
  clock?: Clock;
}

export function createPublicView(db: Db, options: PublicViewOptions) {
  const { facts, kommun, clock = systemClock } = options;
  const source = createPublicSource(db);
  const service = createProgressService(db, clock);
  const publicVersion = db
    .prepare<[], number>("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'public_version'")
    .pluck();

  const today = () => todayUtc(clock());
  let calendarMemo: { version: string; text: string } | undefined;
  const buildAreas = (day: IsoDate): PublicAreaCollection =>
    buildPublicAreas(source, day, previousMonthEnd(day));

  function progress(periodId: number, asOf: IsoDate): PublicProgress | undefined {
    // By month: what had happened by the end of `asOf`, a month's last day.
    const p = service.progress(periodId, asOf, "month");
    const first = service.repo.periods()[0];
    if (!p || !first) return undefined;
    const series = { from: quarterStart(quarterOf(first.starts_on)) };
    return buildPublicProgress(p, { source, facts, kommun, series }, asOf);
  }

  function reports(day: IsoDate): ReportListItem[] {
    const cutoff = previousMonthEnd(day);
    const seen = new Set<string>();
    return service.repo.periods().flatMap((p) =>
      quartersBetween(p.starts_on, p.ends_on)
        .filter((q) => quarterEnd(q) <= cutoff && !seen.has(q) && seen.add(q))
        .map((quarter) => ({
          quarter,
          from: quarterStart(quarter),
          to: quarterEnd(quarter),
          period_id: p.id,
          period_name: p.name,
          url: `/rapporter/${quarter}`,
        })),
    );
  }

  return {
    today,
    /** What every public answer depends on: the public tables and the day. */
    version: () => `${publicVersion.get() ?? 0}:${today()}`,

    areas: (day = today()) => buildAreas(day),

    hasPromises: (day = today()) => service.currentPeriodId(day) !== undefined,

    /** The current promise period's progress at the cut-off, or undefined when none exists. */
    promises(day = today()): PublicProgress | undefined {
      const id = service.currentPeriodId(day);
      return id === undefined ? undefined : progress(id, previousMonthEnd(day));
    },

    reports,

    /** The report, or undefined when the quarter has not ended or no promise period covers it. */
    report(quarter: string, day = today()): QuarterReport | undefined {
      const item = reports(day).find((r) => r.quarter === quarter);
      if (!item) return undefined;
      const p = progress(item.period_id, item.to);
      return p && buildQuarterReport(quarter, p, source);
    },

    /** The public OGC collections (server/ogc): the map's areas, their months, the sessions. */
    ogc: (day = today()): PublicOgcCollections => publicOgcCollections(buildAreas(day)),

    /** Upcoming public information sessions as iCalendar text, built once per public version. */
    calendar(day = today()): string {
      const version = `${publicVersion.get() ?? 0}:${day}`;
      if (calendarMemo?.version !== version) {
        calendarMemo = { version, text: sessionsCalendar(buildAreas(day), day) };
      }
      return calendarMemo.text;
    },

    meta(day = today()): PublicMeta {
      const cutoff = previousMonthEnd(day);
      return {
        demo: source.demoKinds({ from: "0000-01-01", to: "9999-12-31" }).length > 0,
        as_of: cutoff,
        today: day,
        basemap_style_url: options.basemapStyleUrl,
        attribution: options.attribution,
      };
    },
  };
}

export type PublicView = ReturnType<typeof createPublicView>;
