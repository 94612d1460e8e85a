// Pure: whether an outcome goal is met, from a baseline and a current figure. Each indicator has
// a direction: burglaries must not increase (current <= baseline), märk-DNA households and watch
// areas must increase (current > baseline), the survey's problem index must fall (lower is safer).
import type { Indicator } from "./schema.ts";

export type GoalStatus = "met" | "not_met" | "no_data" | "manual";
export type Direction = "not_increase" | "increase" | "decrease";

export const DIRECTION: Record<Exclude<Indicator, "manual">, Direction> = {
  burglaries_not_increase: "not_increase",
  more_dna_households: "increase",
  more_watch_areas: "increase",
  perceived_safety: "decrease",
};

export function goalStatus(
  indicator: Indicator,
  baseline: number | null,
  current: number | null,
): GoalStatus {
  if (indicator === "manual") return "manual";
  if (baseline === null || current === null) return "no_data";
  const d = DIRECTION[indicator];
  const met =
    d === "not_increase"
      ? current <= baseline
      : d === "increase"
        ? current > baseline
        : current < baseline;
  return met ? "met" : "not_met";
}

/** The same span one year earlier (29 February becomes 28 February). */
export function yearEarlier(from: string, to: string): { from: string; to: string } {
  const back = (d: string) => {
    const y = Number(d.slice(0, 4)) - 1;
    const md = d.slice(5) === "02-29" ? "02-28" : d.slice(5);
    return `${y}-${md}`;
  };
  return { from: back(from), to: back(to) };
}
