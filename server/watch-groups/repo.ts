// SQL for watch groups, contact details included: only the watch-groups routes use this repo.
import type { Db } from "../db/open.ts";
import { areaInKommuner, inKommuner, kommunParam } from "../kommun/sql.ts";
import { type Clock, systemClock } from "../period/dates.ts";
import type { WatchGroupInput, WatchGroupRecord } from "./schema.ts";

type Row = Omit<WatchGroupRecord, "demo"> & { demo: number };

const SELECT = `SELECT g.id, g.area_id, a.name AS area_name, a.kommun, g.name, g.status, g.households,
    g.started_on, g.contact_name, g.contact_phone, g.contact_email, g.inactive_since, g.demo,
    g.created_at
  FROM watch_groups g JOIN areas a ON a.id = g.area_id`;

const toRecord = (r: Row): WatchGroupRecord => ({ ...r, demo: r.demo === 1 });

function columns(g: WatchGroupInput) {
  return {
    area_id: g.area_id,
    name: g.name,
    status: g.status,
    households: g.households,
    started_on: g.started_on,
    contact_name: g.contact_name ?? null,
    contact_phone: g.contact_phone ?? null,
    contact_email: g.contact_email ?? null,
    inactive_since: g.inactive_since,
  };
}

export function createWatchGroupRepo(db: Db, clock: Clock = systemClock) {
  // Every read and write is limited to the caller's kommuner (@kommuner, server/kommun/sql.ts).
  const one = db.prepare<{ id: number; kommuner: string }, Row>(
    `${SELECT} WHERE g.id = @id AND g.deleted_at IS NULL AND ${inKommuner("a.kommun")}`,
  );
  const many = db.prepare<{ area_id: string | null; status: string | null; kommuner: string }, Row>(
    `${SELECT} WHERE g.deleted_at IS NULL AND ${inKommuner("a.kommun")}
       AND (@area_id IS NULL OR g.area_id = @area_id) AND (@status IS NULL OR g.status = @status)
     ORDER BY g.area_id, g.started_on, g.id`,
  );
  const insert = db.prepare(`INSERT INTO watch_groups
    (area_id, name, status, households, started_on, contact_name, contact_phone, contact_email,
     inactive_since)
    VALUES (@area_id, @name, @status, @households, @started_on, @contact_name, @contact_phone,
     @contact_email, @inactive_since)`);
  const update = db.prepare(`UPDATE watch_groups SET area_id = @area_id, name = @name,
    status = @status, households = @households, started_on = @started_on,
    contact_name = @contact_name, contact_phone = @contact_phone, contact_email = @contact_email,
    inactive_since = @inactive_since
    WHERE id = @id AND deleted_at IS NULL`);
  const remove = db.prepare(
    `UPDATE watch_groups SET deleted_at = @at WHERE id = @id AND deleted_at IS NULL
     AND ${areaInKommuner("area_id")}`,
  );

  return {
    /** The group, if it is not deleted and lies in one of the kommuner. */
    find(id: number, kommuner: readonly string[]): WatchGroupRecord | undefined {
      const row = one.get({ id, kommuner: kommunParam(kommuner) });
      return row && toRecord(row);
    },
    list(
      q: { area_id?: string | undefined; status?: string | undefined },
      kommuner: readonly string[],
    ): WatchGroupRecord[] {
      const { area_id = null, status = null } = q;
      return many.all({ area_id, status, kommuner: kommunParam(kommuner) }).map(toRecord);
    },
    create(g: WatchGroupInput): number {
      return Number(insert.run(columns(g)).lastInsertRowid);
    },
    update(id: number, g: WatchGroupInput): void {
      update.run({ ...columns(g), id });
    },
    softDelete(id: number, kommuner: readonly string[]): boolean {
      return (
        remove.run({ id, at: clock().toISOString(), kommuner: kommunParam(kommuner) }).changes > 0
      );
    },
  };
}
