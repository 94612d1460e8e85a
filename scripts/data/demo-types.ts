// The shape of data/demo-activity.json (mirrors what the server's seed schema accepts).
import type { MultiPolygon, Polygon } from "geojson";

export type Profile = "strong" | "some" | "starting" | "none";
export type Organiser = "police" | "municipality" | "volunteers" | "others";

/** An area as the demo generator sees it (from data/areas.geojson). */
export interface DemoArea {
  id: string;
  name: string;
  locality: string;
  households: number;
  /** Eligible voters (areas.geojson); used to plan a kommun without a hand-made plan. */
  voters?: number;
  /** The kommun's code (areas.geojson `kommun`; the first four digits of the id otherwise). */
  kommun?: string;
  geometry: Polygon | MultiPolygon;
}

export interface WatchGroup {
  id: number;
  area_id: string;
  name: string;
  status: "active" | "starting" | "inactive";
  households: number;
  started_on: string;
  contact_name: string;
  contact_phone: string;
  contact_email: string;
  /** Only for an inactive group: when it became inactive. */
  inactive_since?: string;
}

export interface Visit {
  id: number;
  area_id: string;
  kind: "info_session" | "contact_meeting" | "safety_walk";
  date: string;
  topic: "grannsamverkan" | "markdna" | "contact_persons" | "other";
  organisers: Organiser[];
  attendees: number;
  lon: number;
  lat: number;
  notes: string;
}

export interface DnaKit {
  id: number;
  area_id: string;
  handed_out_on: string;
  kits: number;
  visit_id: number | null;
}

export interface Presence {
  id: number;
  area_id: string;
  starts_at: string;
  ends_at: string;
  actor: "police" | "municipality" | "volunteers" | "other";
  kind: "foot" | "car" | "camper" | "event" | "other";
  lon: number;
  lat: number;
  notes: string;
}

export interface Burglary {
  area_id: string;
  quarter: string;
  count: number;
}

export interface Message {
  id: number;
  sent_on: string;
  channel: "coyards" | "coprofs";
  subject: string;
  area_ids: string[];
}

export interface DemoActivity {
  seed: number;
  generated_by: string;
  period: { from: string; to: string };
  watch_groups: WatchGroup[];
  visits: Visit[];
  dna_kits: DnaKit[];
  presence: Presence[];
  burglaries: Burglary[];
  messages: Message[];
}
