// Presence writes: place checked against the areas, the row and its coverage totals and an audit
// row in one transaction (coverage.write). Shared by the JSON routes and the CSV import.
import { createAuditLog } from "../audit/log.ts";
import type { CoverageEngine } from "../coverage/engine.ts";
import type { AreaIndex } from "../coverage/geometry.ts";
import {
  countsFor,
  type Place,
  type PlaceColumns,
  placeColumns,
  placeOf,
} from "../coverage/place.ts";
import { formatUtc } from "../coverage/stockholm.ts";
import type { Db } from "../db/open.ts";
import { type FieldError, fieldError } from "../http/errors.ts";
import type { Clock } from "../period/dates.ts";
import { createPresenceRepo, type PresenceRow, type PresenceValues } from "./repo.ts";
import { checkSpan } from "./times.ts";
import type { PresenceInput, PresenceItem } from "./types.ts";

export interface Who {
  actor: string;
  remote: string | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const withoutOk = ({ ok: _, ...error }: { ok: false } & FieldError): FieldError => error;

export function createPresenceService(db: Db, coverage: CoverageEngine, clock?: Clock) {
  const repo = createPresenceRepo(db, clock);
  const audit = createAuditLog(db);

  /** The stored place columns, or the field to blame when the place is unknown or out of reach. */
  function resolvePlace(
    place: Place,
  ): { ok: true; cols: PlaceColumns } | ({ ok: false } & FieldError) {
    const ix = coverage.index();
    if (place.type === "Area" && !ix.byId.has(place.area_id)) {
      const message = `no area with id '${place.area_id}'`;
      const area_id = place.area_id;
      return { ok: false, ...fieldError("place.area_id", "unknown_area", message, { area_id }) };
    }
    const cols = placeColumns(ix, place);
    if (cols) return { ok: true, cols };
    const radius = coverage.rules().radiusM;
    const message = `lies farther than ${radius} m from every area`;
    return { ok: false, ...fieldError("place", "far_from_areas", message, { radius }) };
  }

  function values(input: PresenceInput, cols: PlaceColumns): PresenceValues {
    return {
      ...cols,
      starts_at: formatUtc(input.startMs),
      ends_at: formatUtc(input.endMs),
      actor: input.actor,
      kind: input.kind,
      notes: input.notes,
    };
  }

  /** Rows as the API shows them; the index and rules are looked up once for the whole list. */
  function toItems(rows: readonly PresenceRow[]): PresenceItem[] {
    const ix = coverage.index();
    const { effectiveSeconds } = coverage.rules();
    return rows.map((row) => toItem(row, ix, effectiveSeconds));
  }

  function toItem(row: PresenceRow, ix: AreaIndex, effectiveSeconds: number): PresenceItem {
    const place = placeOf(row);
    const ms = Date.parse(row.ends_at) - Date.parse(row.starts_at);
    return {
      id: row.id,
      starts_at: row.starts_at,
      ends_at: row.ends_at,
      minutes: round2(ms / 60_000),
      actor: row.actor,
      kind: row.kind,
      place,
      area_id: row.area_id,
      counts_for: countsFor(ix, place).map((i) => ix.ids[i] as string),
      effective: ms / 1000 >= effectiveSeconds,
      notes: row.notes,
      demo: row.demo === 1,
      created_at: row.created_at,
    };
  }

  function read(id: number): PresenceItem | undefined {
    const row = repo.get(id);
    return row && toItems([row])[0];
  }

  return {
    repo,
    resolvePlace,
    values,
    toItems,
    read,

    create(input: PresenceInput, who: Who): PresenceItem | FieldError[] {
      const placed = resolvePlace(input.place);
      if (!placed.ok) return [withoutOk(placed)];
      const v = values(input, placed.cols);
      const id = coverage.write(() => {
        const newId = repo.insert(v);
        coverage.apply(null, v);
        const detail = {
          actor: v.actor,
          kind: v.kind,
          place: input.place.type,
          area_id: v.area_id,
        };
        audit.record({ ...who, action: "create", entity: "presence", entityId: newId, detail });
        return newId;
      });
      return read(id) as PresenceItem;
    },

    /** Applies a partial change; undefined when there is no such (live) presence. */
    update(
      id: number,
      change: Partial<PresenceInput>,
      who: Who,
    ): PresenceItem | FieldError[] | undefined {
      const before = repo.get(id);
      if (!before) return undefined;
      const merged: PresenceInput = {
        startMs: change.startMs ?? Date.parse(before.starts_at),
        endMs: change.endMs ?? Date.parse(before.ends_at),
        actor: change.actor ?? before.actor,
        kind: change.kind ?? before.kind,
        place: change.place ?? placeOf(before),
        notes: change.notes ?? before.notes,
      };
      const span = checkSpan(merged.startMs, merged.endMs);
      if (span) {
        const field =
          change.endMs === undefined && change.startMs !== undefined ? "starts_at" : span.field;
        return [{ ...span, field }];
      }
      let cols: PlaceColumns = {
        area_id: before.area_id,
        lon: before.lon,
        lat: before.lat,
        route: before.route,
      };
      if (change.place) {
        const placed = resolvePlace(change.place);
        if (!placed.ok) return [withoutOk(placed)];
        cols = placed.cols;
      }
      const v = values(merged, cols);
      coverage.write(() => {
        repo.update(id, v);
        coverage.apply(before, v);
        const detail = { changed: Object.keys(change) };
        audit.record({ ...who, action: "update", entity: "presence", entityId: id, detail });
      });
      return read(id);
    },

    remove(id: number, who: Who): boolean {
      const before = repo.get(id);
      if (!before) return false;
      coverage.write(() => {
        repo.softDelete(id);
        coverage.apply(before, null);
        audit.record({ ...who, action: "delete", entity: "presence", entityId: id });
      });
      return true;
    },
  };
}

export type PresenceService = ReturnType<typeof createPresenceService>;
