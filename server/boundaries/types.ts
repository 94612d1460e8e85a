// The boundary-import API's responses; the web client imports these rather than restating them.
import type { CrsCode, CrsSource } from "../geo/crs.ts";
import type { FeatureError } from "./parse.ts";
import type { PlannedArea } from "./plan.ts";

export type { FeatureError, PlannedArea };

export interface BoundaryPreview {
  crs_detected: CrsCode | null;
  /** A readable name for crs_detected, e.g. 'SWEREF 99 TM'. */
  crs_name: string | null;
  /** Where the CRS came from: the GeoJSON crs member, the .prj, or the coordinates' range. */
  crs_source: CrsSource | null;
  /** Features in the file. */
  features: number;
  /** File areas in file order, then stored areas the file lacks ('missing'). Empty when errors. */
  areas: PlannedArea[];
  /** Every bad feature; any at all means nothing can be imported and token is null. */
  errors: FeatureError[];
  /** Confirms this preview at POST /api/area-boundaries/commit. */
  token: string | null;
  expires_at: string | null;
}

export interface BoundaryCommit {
  committed: true;
  areas: PlannedArea[];
  added: number;
  changed: number;
  unchanged: number;
  deleted: number;
  /** Missing from the file but kept, because something refers to them (or keep_missing). */
  kept: number;
}
