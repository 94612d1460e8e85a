// The area figures the API serves; the web client imports these types rather than restating them.
import type { Period } from "../period/period.ts";

export type WatchStatus = "active" | "starting" | "none";
export type WatchGroupStatus = "active" | "starting" | "inactive";
export type VisitKind = "info_session" | "contact_meeting" | "safety_walk";
export type VisitTopic = "grannsamverkan" | "markdna" | "contact_persons" | "other";

export interface AreaProperties {
  id: string;
  name: string;
  locality: string;
  /** An estimate: see households_method. */
  households: number;
  households_method: string;
  eligible_voters: number | null;
  area_km2: number;
  /** The kommun the area lies in: its code (e.g. "1262") and name. */
  kommun: string;
  kommun_name: string;
  watch_status: WatchStatus;
  /** Groups that are active or starting at the end of the period. */
  watch_groups: number;
  /** Households in active groups (never more than the area's households). */
  watch_households: number;
  watch_coverage: number;
  dna_households: number;
  dna_uptake: number;
  visits: number;
  last_visit: string | null;
  days_since_last_visit: number | null;
  burglaries: number;
  demo: boolean;
}

export interface AreaVisit {
  id: number;
  kind: VisitKind;
  date: string;
  topic: VisitTopic;
  organisers: string[];
  attendees: number | null;
  kits: number;
  notes: string;
  in_period: boolean;
  demo: boolean;
}

/** A watch group as everyone with access to the map may see it: no contact person. */
export interface AreaWatchGroup {
  id: number;
  name: string;
  status: WatchGroupStatus;
  households: number;
  started_on: string;
  demo: boolean;
}

export interface AreaDetail {
  area: AreaProperties;
  period: Period;
  visits: AreaVisit[];
  watch_groups: AreaWatchGroup[];
  burglaries_by_quarter: { quarter: string; count: number }[];
}

export type AreaGeometry =
  | { type: "Polygon"; coordinates: number[][][] }
  | { type: "MultiPolygon"; coordinates: number[][][][] };

export interface AreaFeature {
  type: "Feature";
  id: string;
  geometry: AreaGeometry;
  properties: AreaProperties;
}

export interface AreaCollection {
  type: "FeatureCollection";
  period: Period;
  demo: boolean;
  features: AreaFeature[];
}
