// Police presence stays with the police: what of it a planner (or an admin) may see. The weekly
// lägesbild is shared, so planners see whether each flagged area was reached in each band they
// asked for, never how many minutes: minutes over windows that can be moved day by day would
// give away the police's daily pattern. Built here, for every answer a non-police role gets.
import type { Role } from "../auth/roles.ts";
import type {
  AreaFollowThrough,
  BandFollowThrough,
  LagesbildOverview,
  LagesbildWeek,
} from "../lagesbild/types.ts";

export type PlannerBandFollowThrough = Omit<BandFollowThrough, "effective_minutes">;
export interface PlannerAreaFollowThrough
  extends Omit<AreaFollowThrough, "effective_minutes" | "band_detail"> {
  band_detail: PlannerBandFollowThrough[];
}
export interface PlannerLagesbildWeek extends Omit<LagesbildWeek, "areas"> {
  areas: PlannerAreaFollowThrough[];
}
export interface PlannerLagesbildOverview extends Omit<LagesbildOverview, "weeks"> {
  weeks: PlannerLagesbildWeek[];
}

export function plannerWeek(w: LagesbildWeek): PlannerLagesbildWeek {
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
    reached: w.reached,
    rate: w.rate,
    areas: w.areas.map((a) => ({
      area_id: a.area_id,
      name: a.name,
      kommun: a.kommun,
      reason: a.reason,
      bands: a.bands,
      reached: a.reached,
      band_detail: a.band_detail.map((b) => ({ band: b.band, reached: b.reached, known: b.known })),
    })),
  };
}

/** The week as the role may see it: whole for the police, without minutes for everyone else. */
export function weekFor(role: Role | undefined, w: LagesbildWeek) {
  return role === "police" ? w : plannerWeek(w);
}

export function overviewFor(role: Role | undefined, o: LagesbildOverview) {
  if (role === "police") return o;
  const planner: PlannerLagesbildOverview = { ...o, weeks: o.weeks.map(plannerWeek) };
  return planner;
}
