// Pure shaping of the lägesbild overview: which week is shown, its flags for the map, and the
// "reached / flagged" wording. Unit-tested beside this file.
import type { LagesbildWeek } from "../../server/lagesbild/types.ts";
import type { FlagMark } from "./map-layers.ts";

/** The week asked for by id, else the newest week. */
export function pickWeek(weeks: LagesbildWeek[], id: number | null): LagesbildWeek | undefined {
  return weeks.find((w) => w.id === id) ?? weeks[weeks.length - 1];
}

/** "2 / 3" — reached of flagged. */
export const reachedOf = (w: Pick<LagesbildWeek, "reached" | "flagged">) =>
  `${w.reached} / ${w.flagged}`;

/** The week's flagged areas for the map, with the text that says reached or not. */
export function flagsOf(
  week: LagesbildWeek | undefined,
  words: { reached: string; notReached: string },
): FlagMark[] {
  return (week?.areas ?? []).map((a) => ({
    id: a.area_id,
    reached: a.reached,
    text: `${a.name}: ${a.reached ? words.reached : words.notReached}`,
  }));
}

/** Comma-separated roles → a clean list (empty parts dropped). */
export const splitRoles = (s: string) =>
  s
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
