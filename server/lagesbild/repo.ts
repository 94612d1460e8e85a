// SQL for lägesbild entries and their flagged areas: prepared once per database.
import type { Db } from "../db/open.ts";
import { type Clock, systemClock } from "../period/dates.ts";
import type { FlaggedArea, LagesbildEntry } from "./types.ts";

export interface EntryValues {
  week: string;
  date: string;
  participants: string[];
  notes: string;
}

export interface AreaValues {
  area_id: string;
  reason: string;
  bands: string[];
}

type EntryRow = Omit<LagesbildEntry, "participants" | "demo" | "areas"> & {
  participants: string;
  demo: number;
};
type AreaRow = Omit<FlaggedArea, "bands"> & { lagesbild_id: number; bands: string };

const ENTRY = "id, week, date, participants, notes, demo, created_at";

export function createLagesbildRepo(db: Db, clock: Clock = systemClock) {
  const insert = db.prepare<{
    week: string;
    date: string;
    participants: string;
    notes: string;
    demo: number;
  }>(
    `INSERT INTO lagesbild (week, date, participants, notes, demo)
     VALUES (@week, @date, @participants, @notes, @demo)`,
  );
  const update = db.prepare<{
    id: number;
    week: string;
    date: string;
    participants: string;
    notes: string;
  }>(
    `UPDATE lagesbild SET week = @week, date = @date, participants = @participants, notes = @notes
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const remove = db.prepare<{ id: number; at: string }>(
    "UPDATE lagesbild SET deleted_at = @at WHERE id = @id AND deleted_at IS NULL",
  );
  const insertArea = db.prepare<{ id: number; area_id: string; reason: string; bands: string }>(
    `INSERT INTO lagesbild_areas (lagesbild_id, area_id, reason, bands)
     VALUES (@id, @area_id, @reason, @bands)`,
  );
  const clearAreas = db.prepare<[number]>("DELETE FROM lagesbild_areas WHERE lagesbild_id = ?");
  const byId = db.prepare<[number], EntryRow>(
    `SELECT ${ENTRY} FROM lagesbild WHERE id = ? AND deleted_at IS NULL`,
  );
  const byWeeks = db.prepare<{ first: string; last: string }, EntryRow>(
    `SELECT ${ENTRY} FROM lagesbild WHERE deleted_at IS NULL AND week BETWEEN @first AND @last
     ORDER BY week`,
  );
  const areasOf = db.prepare<{ first: string; last: string }, AreaRow>(
    `SELECT la.lagesbild_id, la.area_id, a.name, a.kommun, la.reason, la.bands
     FROM lagesbild_areas la JOIN lagesbild l ON l.id = la.lagesbild_id JOIN areas a ON a.id = la.area_id
     WHERE l.deleted_at IS NULL AND l.week BETWEEN @first AND @last ORDER BY la.area_id`,
  );
  const weekTaken = db
    .prepare<[string], number>("SELECT id FROM lagesbild WHERE week = ? AND deleted_at IS NULL")
    .pluck();

  function withAreas(rows: EntryRow[], areas: AreaRow[]): LagesbildEntry[] {
    const byEntry = new Map<number, FlaggedArea[]>();
    for (const a of areas) {
      const list = byEntry.get(a.lagesbild_id) ?? [];
      list.push({
        area_id: a.area_id,
        name: a.name,
        kommun: a.kommun,
        reason: a.reason,
        bands: JSON.parse(a.bands) as string[],
      });
      byEntry.set(a.lagesbild_id, list);
    }
    return rows.map((r) => ({
      ...r,
      participants: JSON.parse(r.participants) as string[],
      demo: r.demo === 1,
      areas: byEntry.get(r.id) ?? [],
    }));
  }

  function putAreas(id: number, areas: readonly AreaValues[]) {
    clearAreas.run(id);
    for (const a of areas)
      insertArea.run({ id, area_id: a.area_id, reason: a.reason, bands: JSON.stringify(a.bands) });
  }

  return {
    /** Inserts an entry with its areas; call inside a transaction. */
    insert(v: EntryValues, areas: readonly AreaValues[], demo = false): number {
      const id = Number(
        insert.run({ ...v, participants: JSON.stringify(v.participants), demo: demo ? 1 : 0 })
          .lastInsertRowid,
      );
      putAreas(id, areas);
      return id;
    },
    /** Replaces an entry's fields, and its areas when given; call inside a transaction. */
    update(id: number, v: EntryValues, areas?: readonly AreaValues[]) {
      update.run({ id, ...v, participants: JSON.stringify(v.participants) });
      if (areas) putAreas(id, areas);
    },
    softDelete: (id: number) => remove.run({ id, at: clock().toISOString() }).changes === 1,
    get(id: number): LagesbildEntry | undefined {
      const row = byId.get(id);
      if (!row) return undefined;
      return withAreas([row], areasOf.all({ first: row.week, last: row.week }))[0];
    },
    /** Live entries whose week is in [first, last] (ISO week strings sort in time order). */
    between(first: string, last: string): LagesbildEntry[] {
      return withAreas(byWeeks.all({ first, last }), areasOf.all({ first, last }));
    },
    /** The live entry already holding a week, if any. */
    weekTaken: (week: string) => weekTaken.get(week),
  };
}

export type LagesbildRepo = ReturnType<typeof createLagesbildRepo>;
