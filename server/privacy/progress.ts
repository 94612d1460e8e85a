// A promise period's progress as the public may see it, as of a day (the public cut-off, or a
// report's quarter end). Activities are the municipality's and the police's own and are exact.
// Märk-DNA kits and burglaries are released per ended quarter as SmallCounts; the goals' baselines
// and current values are derived from those released quarters only (rules.ts), and say exactly
// which quarters or which day they stand for. Real sourced facts stand beside the goals.
// This file assembles them: activities in progress-activities.ts, goals in progress-goals.ts,
// trends in progress-trends.ts.
import type { Fact } from "../facts/facts.ts";
import type { IsoDate } from "../period/dates.ts";
import { quarterEnd, quartersBetween } from "../period/quarters.ts";
import type { PeriodProgress } from "../promises/service.ts";
import { type PublicActivityPromise, publicActivities } from "./progress-activities.ts";
import { type PublicGoal, publicGoals } from "./progress-goals.ts";
import { type PublicTrend, publicTrends } from "./progress-trends.ts";
import type { PublicSource } from "./source.ts";

export interface PublicPeriod {
  id: number;
  name: string;
  starts_on: IsoDate;
  ends_on: IsoDate;
  signed_by: string;
  source_url: string | null;
}

export interface PublicProgress {
  /** The kommun whose promises these are (each kommun has its own), and its name. */
  kommun: string;
  kommun_name: string;
  period: PublicPeriod;
  /** Every period of the kommun the public may read (begun by the cut-off), oldest first. */
  periods: Pick<PublicPeriod, "id" | "name" | "starts_on" | "ends_on">[];
  /** Everything is counted up to and including this day. */
  as_of: IsoDate;
  activities: PublicActivityPromise[];
  goals: PublicGoal[];
  /** Ended quarters of the period (those that overlap it), oldest first. */
  trends: PublicTrend[];
  demo: boolean;
}

export function publicPeriod(p: PeriodProgress["period"]): PublicPeriod {
  const { id, name, starts_on, ends_on, signed_by, source_url } = p;
  return { id, name, starts_on, ends_on, signed_by, source_url };
}

export interface ProgressContext {
  /** The kommun's own public source (its areas' records only). */
  source: PublicSource;
  /** The kommun's own facts (facts.ts, kommunFacts). */
  facts: readonly Fact[];
  kommun: { code: string; name: string };
  /**
   * Where the released series of quarterly märk-DNA hand-outs begins: the first quarter of the
   * earliest promise period. Before it, only their sum is released.
   */
  series: { from: IsoDate };
}

/** @param progress the internal progress judged on the day after `asOf` */
export function buildPublicProgress(
  progress: PeriodProgress,
  { source, facts, kommun, series }: ProgressContext,
  asOf: IsoDate,
): PublicProgress {
  const { period } = progress;
  const quarters = quartersBetween(period.starts_on, period.ends_on).filter(
    (q) => quarterEnd(q) <= asOf,
  );
  const trends = publicTrends(progress, source, quarters, series.from);
  const activities = publicActivities(progress, source, asOf);

  const first = quarters[0];
  const last = quarters.at(-1);
  const span = first && last ? { first, last } : undefined;
  const goals = publicGoals(progress, { source, series, period, asOf, span, trends }, facts);

  const demo = activities.some((a) => a.demo) || goals.some((g) => g.demo);
  return {
    kommun: kommun.code,
    kommun_name: kommun.name,
    period: publicPeriod(period),
    periods: source
      .periods()
      .filter((p) => p.starts_on <= asOf)
      .map((p) => ({ id: p.id, name: p.name, starts_on: p.starts_on, ends_on: p.ends_on })),
    as_of: asOf,
    activities,
    goals,
    trends,
    demo,
  };
}
