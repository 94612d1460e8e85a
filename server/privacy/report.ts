// A quarter's public report as data: the promises and goals as they stood at the quarter's end,
// what was done in the quarter (the same released figures as the trends on /loften), where it was
// done (per area: watch status at the quarter's end, sessions and walks; no points, no routes,
// no contact-person meetings), and which kinds of record in it are invented demo data.
import type { AreaGeometry } from "../areas/types.ts";
import type { IsoDate } from "../period/dates.ts";
import { quarterEnd, quarterStart } from "../period/quarters.ts";
import type { PublicPeriod, PublicProgress } from "./progress.ts";
import type { PublicActivityPromise } from "./progress-activities.ts";
import type { PublicGoal } from "./progress-goals.ts";
import { type QuarterCounts, quarterCounts } from "./progress-trends.ts";
import { type PublicWatch, publicWatch } from "./rules.ts";
import type { PublicSource } from "./source.ts";
import { DEMO_KINDS, type DemoKind } from "./source-demo.ts";

export interface ReportListItem {
  quarter: string;
  from: IsoDate;
  to: IsoDate;
  period_id: number;
  period_name: string;
  /** The stable public address of the report page. */
  url: string;
}

export interface ReportAreaFeature {
  type: "Feature";
  id: string;
  geometry: AreaGeometry;
  properties: {
    id: string;
    name: string;
    /** As the area stood on the quarter's last day. */
    watch: PublicWatch;
    /** In the quarter; exact (the municipality's own activities). */
    info_sessions: number;
    safety_walks: number;
    demo: boolean;
  };
}

export interface QuarterReport {
  /** The kommun the report is about (each kommun has its own reports), and its name. */
  kommun: string;
  kommun_name: string;
  quarter: string;
  from: IsoDate;
  to: IsoDate;
  period: PublicPeriod;
  /** True when the promise period runs on after the quarter: statuses may still change. */
  provisional: boolean;
  promised: PublicActivityPromise[];
  /** Kits are null for a quarter before the kommun's kit series (progress-trends.ts). */
  done_in_quarter: QuarterCounts;
  indicators: PublicGoal[];
  map: { type: "FeatureCollection"; demo: boolean; features: ReportAreaFeature[] };
  /** The kinds of record behind this report's figures that are invented demo data. */
  demo: DemoKind[];
}

/** The report, built from the period's public progress as of the quarter's last day. */
export function buildQuarterReport(
  quarter: string,
  progress: PublicProgress,
  source: PublicSource,
): QuarterReport | undefined {
  const range = { from: quarterStart(quarter), to: quarterEnd(quarter) };
  const t = progress.trends.find((x) => x.quarter === quarter);
  if (!t) return undefined;
  const stocks = source.stocks(range.to);
  const done = new Map(source.perArea(range).map((r) => [r.area_id, r]));
  const features = source.areas().map((a): ReportAreaFeature => {
    const s = stocks.get(a.id);
    const d = done.get(a.id);
    const status = s?.active ? "active" : s?.starting ? "starting" : "none";
    return {
      type: "Feature",
      id: a.id,
      geometry: a.geometry,
      properties: {
        id: a.id,
        name: a.name,
        watch: publicWatch(status),
        info_sessions: d?.info ?? 0,
        safety_walks: d?.walks ?? 0,
        demo:
          (s?.demo ?? false) ||
          ((d?.info ?? 0) > 0 && t.demo.includes("info_sessions")) ||
          ((d?.walks ?? 0) > 0 && t.demo.includes("safety_walks")),
      },
    };
  });
  // The kinds behind the report's figures: records from the period's first month to the quarter's
  // end, each quarter's figures (its burglaries a year before too), the goals' stocks and
  // comparisons, and the map's stocks on the quarter's last day.
  const kinds = new Set<DemoKind>(
    source.demoKinds({ from: `${progress.period.starts_on.slice(0, 7)}-01`, to: range.to }),
  );
  for (const q of progress.trends) for (const k of q.demo) kinds.add(k);
  const GOAL_KIND: Partial<Record<string, DemoKind>> = {
    burglaries_not_increase: "burglaries",
    more_dna_households: "dna_kits",
    more_watch_areas: "watch_groups",
  };
  for (const g of progress.goals) {
    const k = GOAL_KIND[g.indicator];
    if (g.demo && k) kinds.add(k);
  }
  for (const s of stocks.values()) {
    if (s.demo_groups) kinds.add("watch_groups");
    if (s.demo_kits) kinds.add("dna_kits");
  }
  const demo = DEMO_KINDS.filter((k) => kinds.has(k));
  return {
    kommun: progress.kommun,
    kommun_name: progress.kommun_name,
    quarter,
    ...range,
    period: progress.period,
    provisional: range.to < progress.period.ends_on,
    promised: progress.activities,
    done_in_quarter: quarterCounts(t),
    indicators: progress.goals,
    map: {
      type: "FeatureCollection",
      demo: features.some((f) => f.properties.demo),
      features,
    },
    demo,
  };
}
