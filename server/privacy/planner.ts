// Police presence stays with the police: what of it a planner (or an admin) may see. The weekly
// lägesbild is shared, so planners see whether each flagged area was reached in each band they
// asked for, never how many minutes, and only per ended ISO week: their follow-through runs over
// the entry's ISO week (Monday–Sunday) whatever day of it the entry is dated, and a week that has
// not ended shows no reach at all. So no choice of date, bands or areas splits presence finer than
// reached / not reached per flagged area and band per ended week. Built here, for every answer a
// non-police role gets.
import type { Role } from "../auth/roles.ts";
import type { View } from "../lagesbild/service.ts";
import type {
  AreaFollowThrough,
  BandFollowThrough,
  LagesbildOverview,
  LagesbildWeek,
} from "../lagesbild/types.ts";

/** `reached` is null while the week is running: planners learn it once the week has ended. */
export interface PlannerBandFollowThrough
  extends Omit<BandFollowThrough, "effective_minutes" | "reached"> {
  reached: boolean | null;
}
export interface PlannerAreaFollowThrough
  extends Omit<AreaFollowThrough, "effective_minutes" | "band_detail" | "reached"> {
  band_detail: PlannerBandFollowThrough[];
  reached: boolean | null;
}
export interface PlannerLagesbildWeek extends Omit<LagesbildWeek, "areas" | "reached"> {
  reached: number | null;
  areas: PlannerAreaFollowThrough[];
}
export interface PlannerLagesbildOverview extends Omit<LagesbildOverview, "weeks"> {
  weeks: PlannerLagesbildWeek[];
}

/** Which follow-through the role gets computed (see the service): the police's, or the weekly one. */
export const viewOf = (role: Role | undefined): View => (role === "police" ? "police" : "planner");

/** A week computed for the planner view, as a planner may see it. */
export function plannerWeek(w: LagesbildWeek): PlannerLagesbildWeek {
  const ended = !w.window.open;
  return {
    id: w.id,
    week: w.week,
    date: w.date,
    participants: w.participants,
    notes: w.notes,
    demo: w.demo,
    created_at: w.created_at,
    window: w.window,
    flagged: w.flagged,
    reached: ended ? w.reached : null,
    rate: ended ? w.rate : null,
    areas: w.areas.map((a) => ({
      area_id: a.area_id,
      name: a.name,
      kommun: a.kommun,
      reason: a.reason,
      bands: a.bands,
      reached: ended ? a.reached : null,
      band_detail: a.band_detail.map((b) => ({
        band: b.band,
        reached: ended ? b.reached : null,
        known: b.known,
      })),
    })),
  };
}

/** The week as the role may see it: whole for the police, as above for everyone else. */
export function weekFor(role: Role | undefined, w: LagesbildWeek) {
  return role === "police" ? w : plannerWeek(w);
}

export function overviewFor(role: Role | undefined, o: LagesbildOverview) {
  if (role === "police") return o;
  const planner: PlannerLagesbildOverview = { ...o, weeks: o.weeks.map(plannerWeek) };
  return planner;
}
