// How each outcome goal with a measured indicator is judged for the public: its baseline and
// current figure, derived from released values only (rules.ts), and which quarters or which day
// they stand for. Burglaries and märk-DNA kits are sums of released quarters; areas with
// grannsamverkan are exact; perceived safety is the published index.
import { addDays, type IsoDate } from "../period/dates.ts";
import { quarterEnd, quarterStart, quartersBetween, yearBefore } from "../period/quarters.ts";
import type { Indicator } from "../promises/schema.ts";
import type { GoalProgress, PeriodProgress } from "../promises/service.ts";
import type { PublicTrend } from "./progress-trends.ts";
import {
  compareReleased,
  type Released,
  type SmallCount,
  smallCount,
  sumReleased,
} from "./rules.ts";
import type { PublicSource } from "./source.ts";

/** A figure derived from released values: exact, or the range the released values allow. */
export interface PublicFigure extends Released {
  kind: "count" | "index";
  /** The exact value when it is known (not approximate), else null. */
  value: number | null;
  /** Whole quarters counted, first and last ('YYYY-QN'), for flows such as burglaries. */
  quarters?: { first: string; last: string };
  /** The day a stock (households with märk-DNA, areas with grannsamverkan) is counted on. */
  as_of?: IsoDate;
  label: string;
  source_url: string | null;
  demo: boolean;
}

export type PublicGoalStatus = "met" | "not_met" | "uncertain" | "no_data" | "manual";

/** A goal's judgement: its status, the figures it rests on, and whether they rest on demo data. */
export interface GoalJudgement {
  status: PublicGoalStatus;
  baseline: PublicFigure | null;
  current: PublicFigure | null;
  demo: boolean;
}

/** What the goals of a period are judged on, up to `asOf`. */
export interface GoalContext {
  /** The kommun's own public source. */
  source: PublicSource;
  /** Where the released series of quarterly märk-DNA hand-outs begins (progress.ts). */
  series: { from: IsoDate };
  period: PeriodProgress["period"];
  asOf: IsoDate;
  /** The period's first and last ended quarter, when one has ended. */
  span: { first: string; last: string } | undefined;
  /** The period's ended quarters, as released. */
  trends: PublicTrend[];
}

const NO_DATA: GoalJudgement = { status: "no_data", baseline: null, current: null, demo: false };

const exact = (n: number): Released => ({ min: n, max: n, approximate: false });

function count(r: Released, rest: Omit<PublicFigure, keyof Released | "kind" | "value">) {
  return { ...r, kind: "count" as const, value: r.approximate ? null : r.min, ...rest };
}

/**
 * A goal with a published baseline (`baseline_value`, e.g. January–September of the year before)
 * and a published follow-up figure for the same months: judged on those, as the promise measures
 * it, with their own labels and sources. Null when either is missing.
 */
function publishedCounts(
  { promise: p, entries }: GoalProgress,
  asOf: IsoDate,
  met: (current: number, baseline: number) => boolean,
): GoalJudgement | null {
  const latest = entries.filter((e) => e.value !== null && e.date <= asOf).at(-1);
  if (p.baseline_value === null || latest?.value == null) return null;
  const figure = (value: number, label: string, url: string | null) =>
    count(exact(value), { label, source_url: url, demo: false });
  return {
    status: met(latest.value, p.baseline_value) ? "met" : "not_met",
    baseline: figure(p.baseline_value, p.baseline_label ?? "", p.source_url),
    current: { ...figure(latest.value, latest.label, latest.source_url), as_of: latest.date },
    demo: false,
  };
}

function burglariesNotIncrease(goal: GoalProgress, context: GoalContext): GoalJudgement {
  const { promise: p } = goal;
  const { source, span, trends } = context;
  // The promise's own published figures, where it has them (Kävlinge 2019: January–September):
  // counted over the months it names, not over whole quarters of demo or recorded data.
  const published = publishedCounts(goal, context.asOf, (now, then) => now <= then);
  if (published) return published;
  if (!span) return NO_DATA;
  const now = trends.map((t) => t.burglaries);
  const then = trends.map((t) => t.burglaries_year_before);
  if (now.includes(null) || then.includes(null)) return NO_DATA;
  const current = sumReleased(now as SmallCount[]);
  const baseline = sumReleased(then as SmallCount[]);
  const cmp = compareReleased(current, baseline);
  const yearEarlier = { first: yearBefore(span.first), last: yearBefore(span.last) };
  const demoNow = source.isDemo("burglaries", {
    from: quarterStart(span.first),
    to: quarterEnd(span.last),
  });
  const demoThen = source.isDemo("burglaries", {
    from: quarterStart(yearEarlier.first),
    to: quarterEnd(yearEarlier.last),
  });
  return {
    status: cmp === "uncertain" ? "uncertain" : cmp === "higher" ? "not_met" : "met",
    baseline: count(baseline, {
      quarters: yearEarlier,
      // The promise's label names its published baseline where it has one (e.g. "Januari–
      // september 2018"); a sum of whole quarters is then named by its quarters alone.
      label: p.baseline_value === null ? (p.baseline_label ?? "") : "",
      source_url: null,
      demo: demoThen,
    }),
    current: count(current, { quarters: span, label: "", source_url: null, demo: demoNow }),
    demo: demoNow || demoThen,
  };
}

function moreDnaHouseholds(
  { promise: p }: GoalProgress,
  { source, span, series }: GoalContext,
): GoalJudgement {
  // A period that began before the kommun's kit series: its start cannot be told from the one
  // released stock and the quarters after it, so it is not judged.
  if (!span || quarterStart(span.first) < series.from) return NO_DATA;
  // One stock is released, once: the kits handed out before the series' first quarter. Every
  // later stock adds the released quarterly hand-outs to it, so no two stocks can be
  // subtracted back into a hidden quarter, in this period or any other.
  const stock = smallCount(source.kitsIn({ from: "0000-01-01", to: addDays(series.from, -1) }));
  const released = (from: IsoDate, to: IsoDate) =>
    quartersBetween(from, to)
      .filter((q) => quarterStart(q) >= series.from && quarterEnd(q) <= to)
      .map((q) => smallCount(source.kitsIn({ from: quarterStart(q), to: quarterEnd(q) })));
  const before = addDays(quarterStart(span.first), -1);
  // Stocks of every kit handed out up to their day.
  const demoThen = source.isDemo("dna_kits", { from: "0000-01-01", to: before });
  const demoNow = source.isDemo("dna_kits", { from: "0000-01-01", to: quarterEnd(span.last) });
  const baseline = sumReleased([stock, ...released(series.from, before)]);
  const current = sumReleased([stock, ...released(series.from, quarterEnd(span.last))]);
  const cmp = compareReleased(current, baseline);
  return {
    status: cmp === "uncertain" ? "uncertain" : cmp === "higher" ? "met" : "not_met",
    baseline: count(baseline, {
      as_of: before,
      label: p.baseline_label ?? "",
      source_url: null,
      demo: demoThen,
    }),
    current: count(current, {
      as_of: quarterEnd(span.last),
      label: "",
      source_url: null,
      demo: demoNow,
    }),
    demo: demoNow,
  };
}

function moreWatchAreas(
  { promise: p }: GoalProgress,
  { source, period, asOf }: GoalContext,
): GoalJudgement {
  // Areas with grannsamverkan are public area by area, so their number is exact.
  const before = addDays(period.starts_on, -1);
  const day = asOf < period.ends_on ? asOf : period.ends_on;
  // Groups counted on each day.
  const demoThen = source.isDemo("watch_groups", { from: before, to: before });
  const demoNow = source.isDemo("watch_groups", { from: day, to: day });
  const baseline = exact(source.watchAreas(before));
  const current = exact(source.watchAreas(day));
  return {
    status: current.min > baseline.min ? "met" : "not_met",
    baseline: count(baseline, {
      as_of: before,
      label: p.baseline_label ?? "",
      source_url: null,
      demo: demoThen,
    }),
    current: count(current, { as_of: day, label: "", source_url: null, demo: demoNow }),
    demo: demoThen || demoNow,
  };
}

function perceivedSafety(
  { promise: p, entries }: GoalProgress,
  { asOf }: GoalContext,
): GoalJudgement {
  const latest = entries.filter((e) => e.value !== null && e.date <= asOf).at(-1);
  const index = (value: number, label: string, url: string | null, date?: IsoDate) => ({
    ...exact(value),
    kind: "index" as const,
    value,
    label,
    source_url: url,
    demo: false,
    ...(date ? { as_of: date } : {}),
  });
  const baseline =
    p.baseline_value === null
      ? null
      : index(p.baseline_value, p.baseline_label ?? "", p.source_url);
  const current =
    latest?.value == null
      ? null
      : index(latest.value, latest.label, latest.source_url, latest.date);
  const status: PublicGoalStatus =
    baseline === null || current === null
      ? "no_data"
      : (current.value as number) < (baseline.value as number)
        ? "met"
        : "not_met";
  return { status, baseline, current, demo: false };
}

/** The goals judged on a measured indicator; every other goal is followed up by hand. */
export const GOAL_JUDGES: Partial<
  Record<Indicator, (g: GoalProgress, ctx: GoalContext) => GoalJudgement>
> = {
  burglaries_not_increase: burglariesNotIncrease,
  more_dna_households: moreDnaHouseholds,
  more_watch_areas: moreWatchAreas,
  perceived_safety: perceivedSafety,
};
