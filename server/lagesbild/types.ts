// What /api/internal/lagesbild answers; the web client imports these rather than restating them.
// Lägesbild content is never public.
import type { BandInfo } from "../coverage/types.ts";
import type { Period } from "../period/period.ts";

export interface FlaggedArea {
  area_id: string;
  name: string;
  /** The kommun of the area: the lägesbild has a section per kommun. */
  kommun: string;
  reason: string;
  /** Requested band keys, e.g. 'weekday-18-24'; empty = any time of day. */
  bands: string[];
}

export interface LagesbildEntry {
  id: number;
  /** ISO week, '2019-W07'. */
  week: string;
  /** The day the exchange was held (inside `week`). */
  date: string;
  /** Roles, e.g. 'Kommunpolis', 'Trygghetssamordnare' (names are not needed). */
  participants: string[];
  notes: string;
  demo: boolean;
  created_at: string;
  areas: FlaggedArea[];
}

export interface BandFollowThrough {
  band: string;
  effective_minutes: number;
  reached: boolean;
  /** False when the band no longer exists in the coverage settings: it cannot be reached. */
  known: boolean;
}

export interface AreaFollowThrough extends FlaggedArea {
  /** Effective minutes in the window, in the requested bands (all bands when none requested). */
  effective_minutes: number;
  /** One entry per requested band; empty when any time was asked for. */
  band_detail: BandFollowThrough[];
  /** Effective presence in every requested band (or at any time when none requested). */
  reached: boolean;
}

export interface LagesbildWeek extends Omit<LagesbildEntry, "areas"> {
  /** The seven local days from the exchange's date: [date, date + 6]. */
  window: { from: string; to: string; open: boolean };
  flagged: number;
  reached: number;
  /** reached / flagged, null when nothing was flagged. */
  rate: number | null;
  areas: AreaFollowThrough[];
}

export interface TrendPoint {
  /** '2019-02' */
  month: string;
  weeks: number;
  flagged: number;
  reached: number;
  rate: number | null;
}

export interface LagesbildOverview {
  period: Period;
  bands: BandInfo[];
  /** The promise: one exchange every week. Weeks are the ISO weeks whose Thursday is in the period. */
  exchanges: { weeks_in_period: number; held: number; missed: string[]; rate: number | null };
  /** Over weeks whose window has closed; open_weeks are still running and left out. */
  follow_through: { flagged: number; reached: number; rate: number | null; open_weeks: number };
  trend: {
    by_month: TrendPoint[];
    /** Least-squares change of the weekly rate per week; null with fewer than two weeks. */
    slope_per_week: number | null;
    direction: "up" | "down" | "flat" | null;
  };
  /**
   * The follow-through of each kommun the answer covers (the caller's, or the one ?kommun= names),
   * over the weeks whose window has closed: the police area's lägesbild in a section per kommun.
   */
  by_kommun: KommunFollowThrough[];
  /** Weeks with an exchange, oldest first; each week's areas only of the kommuner covered. */
  weeks: LagesbildWeek[];
}

export interface KommunFollowThrough {
  kommun: string;
  flagged: number;
  reached: number;
  rate: number | null;
}
