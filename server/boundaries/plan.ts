// What an import would do to the stored areas, decided without touching the database: each file
// polygon is matched to an existing area (by id, else by name) so ids stay stable, and each existing
// area the file lacks is deleted only when nothing refers to it. `existing` are the areas of the
// kommun the import is for; a feature naming the id of another kommun's area (`foreign`) is an
// error, and no new area takes such an id.
import { rewind } from "@turf/rewind";
import { type PolygonGeometry, sameShape } from "../geo/reproject.ts";
import type { FeatureError, FileArea } from "./parse.ts";

/** Vertices this close count as the same boundary (reprojection and rounding move them by millimetres). */
export const SAME_SHAPE_TOLERANCE_M = 0.5;

export interface ExistingArea {
  id: string;
  name: string;
  geometry: PolygonGeometry;
  area_km2: number;
  /** Rows (visits, groups, kits, …) that refer to the area, soft-deleted ones included. */
  references: number;
}

export type AreaStatus = "new" | "changed" | "unchanged" | "missing";
export type AreaAction = "insert" | "update" | "none" | "delete" | "keep";

export interface PlannedArea {
  id: string;
  name: string;
  status: AreaStatus;
  action: AreaAction;
  area_km2: number;
  /** How a file feature found its area; null for new and missing areas. */
  matched_by: "id" | "name" | null;
  /** The file feature's index; null for missing areas. */
  index: number | null;
  references?: number;
}

export interface Plan {
  areas: PlannedArea[];
  errors: FeatureError[];
}

/** Names compare without case or doubled spaces: 'Hjärup  Södra' is 'hjärup södra'. */
export function nameKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("sv");
}

/** An id for a new area that has none in the file: a slug of its name, unique among `taken`. */
export function newAreaId(name: string, taken: Set<string>): string {
  const slug = nameKey(name)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const base = `ny-${slug || "omrade"}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function planImport(
  file: FileArea[],
  existing: ExistingArea[],
  options: { keepMissing?: boolean; foreign?: ReadonlyMap<string, string> } = {},
): Plan {
  const foreign = options.foreign ?? new Map<string, string>();
  const byId = new Map(existing.map((a) => [a.id, a]));
  const byName = new Map<string, ExistingArea[]>();
  for (const a of existing)
    byName.set(nameKey(a.name), [...(byName.get(nameKey(a.name)) ?? []), a]);
  const claimed = new Map<string, number>();
  const taken = new Set([
    ...existing.map((a) => a.id),
    ...foreign.keys(),
    ...file.flatMap((f) => (f.id ? [f.id] : [])),
  ]);
  const errors: FeatureError[] = [];
  const areas: PlannedArea[] = [];

  // Id matches first, so a name match never takes an area another feature names by id.
  const matches = file.map((f) => (f.id !== null ? byId.get(f.id) : undefined));
  matches.forEach((m, i) => {
    if (m) claimed.set(m.id, file[i]?.index ?? i);
  });

  file.forEach((f, i) => {
    const otherKommun = f.id !== null ? foreign.get(f.id) : undefined;
    if (otherKommun !== undefined) {
      errors.push({
        ...errorOf(f),
        reason: `area ${f.id} belongs to kommun ${otherKommun}, which this import is not for`,
      });
      return;
    }
    let match = matches[i];
    let matchedBy: "id" | "name" | null = match ? "id" : null;
    if (!match && f.name !== null) {
      const candidates = byName.get(nameKey(f.name)) ?? [];
      if (candidates.length > 1) {
        const ids = candidates.map((c) => c.id).join(", ");
        errors.push({
          ...errorOf(f),
          reason: `name '${f.name}' matches several areas (${ids}); give an id`,
        });
        return;
      }
      const candidate = candidates[0];
      if (candidate && claimed.has(candidate.id)) {
        const other = claimed.get(candidate.id);
        errors.push({
          ...errorOf(f),
          reason: `matches area ${candidate.id} by name, which feature ${other} already matched`,
        });
        return;
      }
      if (candidate) {
        match = candidate;
        matchedBy = "name";
        claimed.set(candidate.id, f.index);
      }
    }
    if (match) {
      const same = sameShape(
        rewind(match.geometry) as PolygonGeometry,
        f.geometry,
        SAME_SHAPE_TOLERANCE_M,
      );
      areas.push({
        id: match.id,
        name: match.name,
        status: same ? "unchanged" : "changed",
        action: same ? "none" : "update",
        area_km2: f.area_km2,
        matched_by: matchedBy,
        index: f.index,
      });
      return;
    }
    const id = f.id ?? newAreaId(f.name ?? "", taken);
    taken.add(id);
    const name = f.name ?? id;
    areas.push({
      id,
      name,
      status: "new",
      action: "insert",
      area_km2: f.area_km2,
      matched_by: null,
      index: f.index,
    });
  });

  const missing = existing
    .filter((a) => !claimed.has(a.id))
    .sort((a, b) => a.id.localeCompare(b.id));
  for (const a of missing) {
    const keep = a.references > 0 || options.keepMissing === true;
    areas.push({
      id: a.id,
      name: a.name,
      status: "missing",
      action: keep ? "keep" : "delete",
      area_km2: a.area_km2,
      matched_by: null,
      index: null,
      references: a.references,
    });
  }
  return { areas, errors };
}

function errorOf(f: FileArea): Omit<FeatureError, "reason"> {
  return { index: f.index, id: f.id, name: f.name };
}

/** What must not change between preview and commit for the commit to go ahead. */
export function planSignature(plan: Plan): string {
  return JSON.stringify(plan.areas.map((a) => [a.id, a.status, a.action, a.index]));
}
