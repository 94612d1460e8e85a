// SQL for märk-DNA kits handed out, with or without a session.
import type { Db } from "../db/open.ts";
import { areaInKommuner, inKommuner, kommunParam } from "../kommun/sql.ts";
import { type Clock, systemClock } from "../period/dates.ts";
import type { DnaKitInput, DnaKitRecord } from "./schema.ts";

type Row = Omit<DnaKitRecord, "demo"> & { demo: number };

const SELECT = `SELECT k.id, k.area_id, a.name AS area_name, a.kommun, k.handed_out_on, k.kits, k.visit_id,
    k.demo, k.created_at
  FROM dna_kits k JOIN areas a ON a.id = k.area_id`;

const toRecord = (r: Row): DnaKitRecord => ({ ...r, demo: r.demo === 1 });

export function createDnaKitRepo(db: Db, clock: Clock = systemClock) {
  // Every read and write is limited to the caller's kommuner (@kommuner, server/kommun/sql.ts).
  const one = db.prepare<{ id: number; kommuner: string }, Row>(
    `${SELECT} WHERE k.id = @id AND k.deleted_at IS NULL AND ${inKommuner("a.kommun")}`,
  );
  const many = db.prepare<
    { area_id: string | null; from: string | null; to: string | null; kommuner: string },
    Row
  >(
    `${SELECT} WHERE k.deleted_at IS NULL AND ${inKommuner("a.kommun")}
       AND (@area_id IS NULL OR k.area_id = @area_id)
       AND (@from IS NULL OR k.handed_out_on >= @from) AND (@to IS NULL OR k.handed_out_on <= @to)
     ORDER BY k.handed_out_on DESC, k.id DESC`,
  );
  const insert = db.prepare(`INSERT INTO dna_kits (area_id, handed_out_on, kits)
    VALUES (@area_id, @handed_out_on, @kits)`);
  const update = db.prepare(`UPDATE dna_kits SET area_id = @area_id,
    handed_out_on = @handed_out_on, kits = @kits WHERE id = @id AND deleted_at IS NULL`);
  const remove = db.prepare(
    `UPDATE dna_kits SET deleted_at = @at WHERE id = @id AND deleted_at IS NULL
     AND ${areaInKommuner("area_id")}`,
  );

  return {
    /** The record, if it is not deleted and lies in one of the kommuner. */
    find(id: number, kommuner: readonly string[]): DnaKitRecord | undefined {
      const row = one.get({ id, kommuner: kommunParam(kommuner) });
      return row && toRecord(row);
    },
    list(
      q: { area_id?: string | undefined; from?: string | undefined; to?: string | undefined },
      kommuner: readonly string[],
    ) {
      const { area_id = null, from = null, to = null } = q;
      return many.all({ area_id, from, to, kommuner: kommunParam(kommuner) }).map(toRecord);
    },
    create(k: DnaKitInput): number {
      const { area_id, handed_out_on, kits } = k;
      return Number(insert.run({ area_id, handed_out_on, kits }).lastInsertRowid);
    },
    update(id: number, k: DnaKitInput): void {
      const { area_id, handed_out_on, kits } = k;
      update.run({ area_id, handed_out_on, kits, id });
    },
    softDelete(id: number, kommuner: readonly string[]): boolean {
      return (
        remove.run({ id, at: clock().toISOString(), kommuner: kommunParam(kommuner) }).changes > 0
      );
    },
  };
}
