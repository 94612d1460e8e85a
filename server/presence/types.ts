// What /api/internal/presence answers; the web client imports these rather than restating them.
import type { Place } from "../coverage/place.ts";
import type { FieldError } from "../http/errors.ts";
import type { RowError } from "../imports/reasons.ts";
import type { Period } from "../period/period.ts";

export type { Place, Position } from "../coverage/place.ts";

export const ACTORS = ["police", "municipality", "volunteers", "other"] as const;
export const KINDS = ["foot", "car", "camper", "event", "other"] as const;
export type PresenceActor = (typeof ACTORS)[number];
export type PresenceKind = (typeof KINDS)[number];

/** A presence as the routes and the CSV import hand it to the service: instants in UTC ms. */
export interface PresenceInput {
  startMs: number;
  endMs: number;
  actor: PresenceActor;
  kind: PresenceKind;
  place: Place;
  notes: string;
}

export interface PresenceItem {
  id: number;
  /** UTC, 'YYYY-MM-DDTHH:MM:SSZ'. */
  starts_at: string;
  ends_at: string;
  /** Whole duration in minutes (two decimals). */
  minutes: number;
  actor: PresenceActor;
  kind: PresenceKind;
  /** A GeoJSON Point or LineString (WGS84), or { type: 'Area', area_id }. */
  place: Place;
  /** The area the place lies in (for a route: where it starts). */
  area_id: string;
  /** Every area the presence counts for under the current radius, sorted by id. */
  counts_for: string[];
  /** At least the effective-visit threshold long (default 10 minutes). */
  effective: boolean;
  notes: string;
  demo: boolean;
  created_at: string;
}

export interface PresenceList {
  period: Period;
  area_id: string | null;
  /** Matching presences in the period, before limit/offset. */
  total: number;
  limit: number;
  offset: number;
  /** Newest first. */
  items: PresenceItem[];
}

export interface ImportResult {
  dry_run: boolean;
  /** Data rows read (the header and empty lines not counted). */
  rows: number;
  /** 0 in a dry run. */
  imported: number;
  /** How the file's bytes were read: UTF-8, or Windows-1252 (older Excel). */
  encoding: "utf-8" | "windows-1252";
  delimiter: "," | ";";
  first_id: number | null;
  last_id: number | null;
  /** Earliest start and latest end in the file (UTC), null for an empty file. */
  from: string | null;
  to: string | null;
  by_actor: Record<PresenceActor, number>;
}

/** One reason a CSV row was refused, with its code and params (server/imports/reasons.ts); line
 * numbers count the header as line 1. */
export type ImportRowError = RowError;

/** The 400 body of an import with bad rows: the API error format plus every row's reasons. */
export interface ImportErrorBody {
  error: {
    code: "invalid_rows" | "invalid_csv";
    message: string;
    fields: FieldError[];
    rows: ImportRowError[];
  };
}
