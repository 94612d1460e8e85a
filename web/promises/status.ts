// Pure: how a promise's or a goal's status is shown — a word key and an icon shape, so the status
// never rests on colour alone — and the tally the public map's summary shows.
import type { PublicPromises } from "../../server/public/promises.ts";

export type AnyStatus =
  | "not_started"
  | "on_track"
  | "behind"
  | "achieved"
  | "missed"
  | "met"
  | "not_met"
  | "no_data"
  | "manual";

export type Tone = "good" | "warn" | "bad" | "neutral";

/** ✔ done, ▲ behind (a warning triangle), ✖ missed, ● on track, ○ nothing to say yet. */
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
    default:
      return { icon: "○", tone: "neutral" };
  }
}

/** Promises and goals that are met, of those that can be judged (manual ones are left out). */
export function tally(p: Pick<PublicPromises, "activities" | "goals">): {
  met: number;
  total: number;
} {
  const all = [...p.activities.map((a) => a.status), ...p.goals.map((g) => g.status)].filter(
    (s) => s !== "manual",
  );
  return { met: all.filter((s) => s === "achieved" || s === "met").length, total: all.length };
}

/** At most `max` gaps written out, then "…" with how many more. */
export function gapList(gaps: string[], max = 6): string {
  if (gaps.length <= max) return gaps.join(", ");
  return `${gaps.slice(0, max).join(", ")} … (+${gaps.length - max})`;
}
