// What the OGC service may show of an area or a visit. The service has no login, so it follows the
// public rules (the product brief's privacy rules): no burglary figures, no contact persons, no notes, and
// people counted under 5 are not shown. Pure.
import type { AreaProperties } from "../areas/types.ts";

/** The smallest count of people the service shows; smaller counts become null. */
export const SMALL_COUNT = 5;

export interface PublicArea {
  id: string;
  name: string;
  locality: string;
  households: number;
  households_method: string;
  watch_status: AreaProperties["watch_status"];
  watch_coverage: number;
  dna_uptake: number;
  visits: number;
  last_visit: string | null;
  period_from: string;
  period_to: string;
  demo: boolean;
}

export function publicArea(p: AreaProperties, period: { from: string; to: string }): PublicArea {
  return {
    id: p.id,
    name: p.name,
    locality: p.locality,
    households: p.households,
    households_method: p.households_method,
    watch_status: p.watch_status,
    watch_coverage: p.watch_coverage,
    dna_uptake: p.dna_uptake,
    visits: p.visits,
    last_visit: p.last_visit,
    period_from: period.from,
    period_to: period.to,
    demo: p.demo,
  };
}

export interface VisitRow {
  id: number;
  area_id: string;
  kind: string;
  date: string;
  topic: string;
  attendees: number | null;
  demo: number;
}

/** The row's own columns (notes are never read), with small counts hidden and demo as a boolean. */
export interface PublicVisit extends Omit<VisitRow, "demo"> {
  /** Null when not recorded or under 5 (then attendees_under_5 is true). */
  attendees: number | null;
  attendees_under_5: boolean;
  demo: boolean;
}

export function publicVisit(v: VisitRow): PublicVisit {
  const small = v.attendees !== null && v.attendees < SMALL_COUNT;
  return {
    id: v.id,
    area_id: v.area_id,
    kind: v.kind,
    date: v.date,
    topic: v.topic,
    attendees: small ? null : v.attendees,
    attendees_under_5: small,
    demo: v.demo === 1,
  };
}
