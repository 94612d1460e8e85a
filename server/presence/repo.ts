// SQL for presence rows: prepared once per database, soft-deleted rows left out of every read.
import type { PresenceGeo } from "../coverage/engine.ts";
import type { Db } from "../db/open.ts";
import { type Clock, systemClock } from "../period/dates.ts";
import type { PresenceActor, PresenceKind } from "./types.ts";

export interface PresenceRow extends PresenceGeo {
  id: number;
  actor: PresenceActor;
  kind: PresenceKind;
  notes: string;
  demo: number;
  created_at: string;
}

export type PresenceValues = Omit<PresenceRow, "id" | "demo" | "created_at">;

const COLUMNS =
  "id, area_id, starts_at, ends_at, actor, kind, lon, lat, route, notes, demo, created_at";

export function createPresenceRepo(db: Db, clock: Clock = systemClock) {
  const insert = db.prepare<PresenceValues>(
    `INSERT INTO presence (area_id, starts_at, ends_at, actor, kind, lon, lat, route, notes)
     VALUES (@area_id, @starts_at, @ends_at, @actor, @kind, @lon, @lat, @route, @notes)`,
  );
  const byId = db.prepare<[number], PresenceRow>(
    `SELECT ${COLUMNS} FROM presence WHERE id = ? AND deleted_at IS NULL`,
  );
  const update = db.prepare<PresenceValues & { id: number }>(
    `UPDATE presence SET area_id = @area_id, starts_at = @starts_at, ends_at = @ends_at,
       actor = @actor, kind = @kind, lon = @lon, lat = @lat, route = @route, notes = @notes
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const remove = db.prepare<{ id: number; at: string }>(
    "UPDATE presence SET deleted_at = @at WHERE id = @id AND deleted_at IS NULL",
  );
  // Presences last at most 24 hours, so the start bound keeps this on the starts_at index.
  const overlapping = db.prepare<{ from: string; to: string; earliest: string }, PresenceRow>(
    `SELECT ${COLUMNS} FROM presence
     WHERE deleted_at IS NULL AND starts_at >= @earliest AND starts_at < @to AND ends_at > @from
     ORDER BY starts_at DESC, id DESC`,
  );
  const duplicate = db
    .prepare<PresenceValues, number>(
      `SELECT id FROM presence WHERE deleted_at IS NULL AND starts_at = @starts_at
       AND ends_at = @ends_at AND actor = @actor AND kind = @kind AND area_id = @area_id
       AND lon IS @lon AND lat IS @lat AND route IS @route LIMIT 1`,
    )
    .pluck();

  return {
    insert: (v: PresenceValues) => Number(insert.run(v).lastInsertRowid),
    get: (id: number) => byId.get(id),
    update: (id: number, v: PresenceValues) => update.run({ ...v, id }).changes === 1,
    softDelete: (id: number) => remove.run({ id, at: clock().toISOString() }).changes === 1,
    /** Presences overlapping [from, to) (UTC instants), newest first. */
    overlapping: (from: string, to: string, earliest: string) =>
      overlapping.all({ from, to, earliest }),
    /** The id of a live presence with exactly these values, if any (a re-imported log). */
    duplicateOf: (v: PresenceValues) => duplicate.get(v),
  };
}

export type PresenceRepo = ReturnType<typeof createPresenceRepo>;
