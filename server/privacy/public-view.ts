// The one privacy filter for the public: everything a person without a login can reach (the
// public map, /loften, the quarterly reports and their static export and print, /api/meta, the
// public OGC collections, the calendar feed) is built from what this module returns, and nothing
// else on the public side reads the database. Internal answers are never trimmed into public
// ones: each public shape is built here from the public source (source.ts) under rules.ts.
//
// Public figures stand at the public cut-off, the last day of the previous month: only ended
// months and quarters, so no activity is timed finer than its month, except the public
// information sessions announced from today on.
//
// This file assembles the view: which kommun an answer is about in public-scope.ts, the promise
// periods in public-promises.ts, the quarterly reports in public-reports.ts.
import type { Db } from "../db/open.ts";
import { type Fact, policeAreaFacts } from "../facts/facts.ts";
import type { Kommun } from "../kommun/repo.ts";
import {
  type Clock,
  type IsoDate,
  previousMonthEnd,
  systemClock,
  todayUtc,
} from "../period/dates.ts";
import { buildPublicAreas, type PublicAreaCollection } from "./areas.ts";
import { sessionsCalendar } from "./calendar.ts";
import { publicFact } from "./facts.ts";
import { type PublicOgcCollections, publicOgcCollections } from "./ogc.ts";
import { type PoliceAreaSummary, policeAreaQuarter } from "./police-area.ts";
import { createPublicPromises } from "./public-promises.ts";
import { createPublicReports } from "./public-reports.ts";
import { ALL, createPublicScopes } from "./public-scope.ts";

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

export function createPublicView(db: Db, options: PublicViewOptions) {
  const { facts, clock = systemClock } = options;
  const policeArea = options.policeArea ?? "Lokalpolisområde";
  const scopes = createPublicScopes(db, options.defaultKommun);
  const { defaultKommun, isScope, nameOf, sourceOf, kommunSources, query } = scopes;
  const publicPromises = createPublicPromises(db, scopes, { facts, clock });
  const { currentPeriod, publishedPeriod, promises } = publicPromises;
  const publicReports = createPublicReports(scopes, publicPromises, policeArea);
  const { reports, policeAreaReports } = publicReports;
  const publicVersion = db
    .prepare<[], number>("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'public_version'")
    .pluck();

  const today = () => todayUtc(clock());
  const calendarMemo = new Map<string, { version: string; text: string }>();
  const buildAreas = (day: IsoDate, scope: string): PublicAreaCollection =>
    buildPublicAreas(sourceOf(scope), day, previousMonthEnd(day));

  return {
    today,
    /** What every public answer depends on: the public tables and the day. */
    version: () => `${publicVersion.get() ?? 0}:${today()}`,
    /** The kommun an answer is about when the request names none. */
    defaultKommun,
    isScope,
    kommuner: scopes.kommuner,

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
      const kommuner = scopes.kommuner().map((k) => {
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
    report: (quarter: string, day = today(), kommun = defaultKommun()) =>
      publicReports.report(quarter, day, kommun),
    /** The police area's quarter: its kommuner's figures and their reports. */
    policeAreaReport: (quarter: string, day = today()) =>
      publicReports.policeAreaReport(quarter, day),

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
        kommuner: scopes.kommuner(),
        default_kommun: defaultKommun(),
        police_area: policeArea,
      };
    },
  };
}

export type PublicView = ReturnType<typeof createPublicView>;
