// Pure shaping of the lägesbild overview: which week is shown, its flags for the map, and the
// "reached / flagged" wording. Unit-tested beside this file.
import type {
  AreaFollowThrough,
  LagesbildOverview,
  LagesbildWeek,
} from "../../server/lagesbild/types.ts";
import type {
  PlannerAreaFollowThrough,
  PlannerLagesbildOverview,
  PlannerLagesbildWeek,
} from "../../server/privacy/planner.ts";
import type { FlagMark } from "./map-layers.ts";

/** A week as the viewer's role gets it: with minutes for the police, without for planners. */
export type SeenWeek = LagesbildWeek | PlannerLagesbildWeek;
export type SeenOverview = LagesbildOverview | PlannerLagesbildOverview;
type SeenArea = AreaFollowThrough | PlannerAreaFollowThrough;

/** ✓ reached, ✗ not reached, … not told yet (a planner's running week). */
export const mark = (reached: boolean | null) => (reached === null ? "…" : reached ? "✓" : "✗");

/** The word for a reach: planners learn a week's reach once it has ended. */
export const reachWord = (
  reached: boolean | null,
  words: { reached: string; notReached: string; pending: string },
) => (reached === null ? words.pending : reached ? words.reached : words.notReached);

/** The week asked for by id, else the newest week. */
export function pickWeek<W extends SeenWeek>(weeks: W[], id: number | null): W | undefined {
  return weeks.find((w) => w.id === id) ?? weeks[weeks.length - 1];
}

/**
 * A flagged area's requested bands, each reached (✓) or not (✗). The police see the effective
 * minutes too; planners are told only reached or not (the server sends them no minutes).
 */
export function bandsText(
  area: SeenArea,
  label: (band: string) => string,
  anyTime: string,
): string {
  const minutes = (x: object) =>
    "effective_minutes" in x && typeof x.effective_minutes === "number"
      ? ` ${Math.round(x.effective_minutes)} min`
      : "";
  if (area.band_detail.length === 0) {
    const m = minutes(area);
    return m ? `${anyTime} (${m.trim()})` : `${anyTime} ${mark(area.reached)}`;
  }
  return area.band_detail
    .map((b) => `${label(b.band)} ${mark(b.reached)}${minutes(b)}`)
    .join(" · ");
}

/** "2 / 3" — reached of flagged; "– / 3" while a planner's week is running. */
export const reachedOf = (w: { reached: number | null; flagged: number }) =>
  `${w.reached ?? "–"} / ${w.flagged}`;

/** The week's flagged areas for the map, with the text that says reached or not. */
export function flagsOf(
  week: SeenWeek | undefined,
  words: { reached: string; notReached: string; pending: string },
): FlagMark[] {
  return (week?.areas ?? []).map((a) => ({
    id: a.area_id,
    reached: a.reached,
    text: `${a.name}: ${reachWord(a.reached, words)}`,
  }));
}

/** Comma-separated roles → a clean list (empty parts dropped). */
export const splitRoles = (s: string) =>
  s
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
