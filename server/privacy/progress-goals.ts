// A promise period's outcome goals as the public may see them: each goal's judgement (the goals
// with a measured indicator in progress-goal-figures.ts, the rest followed up by hand), the real
// sourced facts that stand beside it, and its published follow-up entries without their notes.
import type { Fact } from "../facts/facts.ts";
import type { IsoDate } from "../period/dates.ts";
import type { Indicator } from "../promises/schema.ts";
import type { PeriodProgress } from "../promises/service.ts";
import { type PublicFact, publicFact } from "./facts.ts";
import {
  GOAL_JUDGES,
  type GoalContext,
  type GoalJudgement,
  type PublicFigure,
  type PublicGoalStatus,
} from "./progress-goal-figures.ts";

export interface PublicGoal {
  id: number;
  title_sv: string;
  title_en: string;
  measure: string;
  indicator: Indicator;
  status: PublicGoalStatus;
  provisional: boolean;
  baseline: PublicFigure | null;
  current: PublicFigure | null;
  /** Real figures with their sources that put the goal in context (never demo). */
  references: PublicFact[];
  /** Published follow-up entries: date, label, value and source; never the internal note. */
  entries: { date: IsoDate; label: string; value: number | null; source_url: string | null }[];
  demo: boolean;
}

/** Which real facts stand beside which goal. */
const GOAL_FACTS: Partial<Record<Indicator, string[]>> = {
  perceived_safety: [
    "andel_oroliga_bostadsinbrott",
    "oro_bostadsinbrott_index",
    "trygghetsmatning_totalindex",
  ],
  more_dna_households: ["markdna_hushall", "markdna_hushall_mal", "hushall_totalt"],
  burglaries_not_increase: [
    "bostadsinbrott_forandring_markdna",
    "bostadsinbrott_anmalda",
    "bostadsinbrott_fullbordade_jan_sep",
    "bostadsinbrott_inkl_forsok_jan_sep",
  ],
};

/** @param facts the kommun's own facts (facts.ts, kommunFacts) */
export function publicGoals(
  progress: PeriodProgress,
  ctx: GoalContext,
  facts: readonly Fact[],
): PublicGoal[] {
  const { period, asOf } = ctx;
  return progress.goals.map((g): PublicGoal => {
    const p = g.promise;
    const indicator = p.indicator ?? "manual";
    const base = {
      id: p.id,
      title_sv: p.title_sv,
      title_en: p.title_en,
      measure: p.measure,
      indicator,
      provisional: asOf < period.ends_on,
      references: (GOAL_FACTS[indicator] ?? []).flatMap((key) =>
        facts
          .filter((f) => f.indicator === key)
          .sort((a, b) => a.year.localeCompare(b.year))
          .map(publicFact),
      ),
      entries: g.entries.map(({ date, label, value, source_url }) => ({
        date,
        label,
        value,
        source_url,
      })),
    };
    const judge = GOAL_JUDGES[indicator];
    const manual: GoalJudgement = { status: "manual", baseline: null, current: null, demo: g.demo };
    return { ...base, ...(judge ? judge(g, ctx) : manual) };
  });
}
