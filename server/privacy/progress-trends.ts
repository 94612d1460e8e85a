// A promise period's quarterly trends as the public may see them: each ended quarter's own
// activities (exact), its watch areas, and its märk-DNA kits and burglaries (and the same quarter
// a year before) released as SmallCounts, with the kinds of record in it that are invented.
import type { IsoDate } from "../period/dates.ts";
import { quarterEnd, quarterStart, yearBefore } from "../period/quarters.ts";
import type { PeriodProgress } from "../promises/service.ts";
import { type SmallCount, smallCount } from "./rules.ts";
import type { PublicSource } from "./source.ts";
import { DEMO_KINDS as DEMO_ORDER, type DemoKind } from "./source-demo.ts";

export interface PublicTrend {
  quarter: string;
  from: IsoDate;
  to: IsoDate;
  info_sessions: number;
  contact_meetings: number;
  safety_walks: number;
  messages: number;
  lagesbild_weeks: number;
  /** Areas with an active group on the quarter's last day. */
  watch_areas: number;
  /**
   * Kommun totals of people and households: released per quarter, "<5" under 5. Kits are null for
   * a quarter before the kommun's kit series (its released stock counts them).
   */
  kits: SmallCount | null;
  burglaries: SmallCount | null;
  burglaries_year_before: SmallCount | null;
  /** The kinds of record in the quarter that are invented demo data. */
  demo: DemoKind[];
}

/** What a quarter's report says was done in it: the trend's own counts (report.ts). */
export type QuarterCounts = Pick<
  PublicTrend,
  | "info_sessions"
  | "contact_meetings"
  | "safety_walks"
  | "messages"
  | "lagesbild_weeks"
  | "watch_areas"
  | "kits"
>;

export const quarterCounts = (t: PublicTrend): QuarterCounts => ({
  info_sessions: t.info_sessions,
  contact_meetings: t.contact_meetings,
  safety_walks: t.safety_walks,
  messages: t.messages,
  lagesbild_weeks: t.lagesbild_weeks,
  watch_areas: t.watch_areas,
  kits: t.kits,
});

/**
 * @param quarters the period's ended quarters ('YYYY-QN'), oldest first
 * @param kitsFrom where the kommun's released series of quarterly kits begins
 */
export function publicTrends(
  progress: PeriodProgress,
  source: PublicSource,
  quarters: string[],
  kitsFrom: IsoDate,
): PublicTrend[] {
  const internal = new Map(progress.trends.map((t) => [t.quarter, t]));
  return quarters.map((quarter) => {
    const t = internal.get(quarter);
    const range = { from: quarterStart(quarter), to: quarterEnd(quarter) };
    const maybe = (n: number | null | undefined) => (n == null ? null : smallCount(n));
    // The quarter's figures: its own records, its groups, and the same quarter a year before.
    const kinds = new Set(source.demoKinds(range));
    const before = { from: quarterStart(yearBefore(quarter)), to: quarterEnd(yearBefore(quarter)) };
    if (source.isDemo("burglaries", before)) kinds.add("burglaries");
    return {
      quarter,
      ...range,
      info_sessions: t?.info_sessions ?? 0,
      contact_meetings: t?.contact_meetings ?? 0,
      safety_walks: t?.safety_walks ?? 0,
      messages: t?.messages ?? 0,
      lagesbild_weeks: t?.lagesbild_weeks ?? 0,
      watch_areas: source.watchAreas(range.to),
      kits: range.from >= kitsFrom ? smallCount(t?.kits ?? 0) : null,
      burglaries: maybe(t?.burglaries),
      burglaries_year_before: maybe(source.burglaryQuarter(yearBefore(quarter))),
      demo: DEMO_ORDER.filter((k) => kinds.has(k)),
    };
  });
}
