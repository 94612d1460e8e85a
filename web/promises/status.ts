// Pure: how a promise's or a goal's status is shown — a word key and an icon shape, so the status
// never rests on colour alone — and the tally the public map's summary shows.
import type { PublicProgress } from "../../server/privacy/progress.ts";
import type { PublicActivityStatus } from "../../server/privacy/progress-activities.ts";
import type { PublicGoalStatus } from "../../server/privacy/progress-goal-figures.ts";

export type AnyStatus = PublicActivityStatus | PublicGoalStatus;

export type Tone = "good" | "warn" | "bad" | "neutral";

/**
 * ✔ done, ● on track, ▲ behind (a warning triangle), ✖ missed, ? cannot be judged (the released
 * ranges overlap), – nothing recorded, ○ nothing to say yet.
 */
export function statusLook(status: AnyStatus): { icon: string; tone: Tone } {
  switch (status) {
    case "achieved":
    case "met":
      return { icon: "✔", tone: "good" };
    case "on_track":
      return { icon: "●", tone: "good" };
    case "behind":
      return { icon: "▲", tone: "warn" };
    case "missed":
    case "not_met":
      return { icon: "✖", tone: "bad" };
    case "uncertain":
      return { icon: "?", tone: "neutral" };
    case "no_record":
      return { icon: "–", tone: "neutral" };
    default:
      return { icon: "○", tone: "neutral" };
  }
}

/**
 * Promises and goals that are met, of those that can be judged (manual ones and those with no
 * number are left out), and
 * whether the count rests on invented records.
 */
export function tally(p: Pick<PublicProgress, "activities" | "goals">): {
  met: number;
  total: number;
  demo: boolean;
  /** Some counted promise is judged before its deadline: the tally is preliminary. */
  provisional: boolean;
} {
  // A promise with no number (`no_target`) is counted but never met or missed: not judged here.
  const all = [...p.activities, ...p.goals].filter(
    (x) => x.status !== "manual" && x.status !== "no_target",
  );
  return {
    met: all.filter((x) => x.status === "achieved" || x.status === "met").length,
    total: all.length,
    demo: all.some((x) => x.demo),
    provisional: all.some((x) => x.provisional),
  };
}
