// SQL for boundary imports: the stored areas with how much refers to each, and the three writes.
import type { Db } from "../db/open.ts";
import type { PolygonGeometry } from "../geo/reproject.ts";
import { inKommuner, kommunParam } from "../kommun/sql.ts";
import type { ExistingArea } from "./plan.ts";

/** Households of an area the file adds are unknown until someone estimates them. */
export const NEW_AREA_LOCALITY = "Okänd";
export const NEW_AREA_HOUSEHOLDS_METHOD = "unknown-boundary-import";

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

export function createBoundaryRepo(db: Db) {
  // Every column that refers to areas(id), found from the schema itself, so a table added by a
  // later migration is counted too and a delete can never break a foreign key.
  const refColumns = db
    .prepare<[], { tbl: string; col: string }>(
      `SELECT m.name AS tbl, p."from" AS col
       FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) p
       WHERE m.type = 'table' AND p."table" = 'areas' ORDER BY m.name`,
    )
    .all();
  const references = db.prepare<[], { area_id: string; n: number }>(
    refColumns.length === 0
      ? "SELECT NULL AS area_id, 0 AS n WHERE 0"
      : `SELECT area_id, COUNT(*) AS n FROM (${refColumns
          .map((r) => `SELECT ${quote(r.col)} AS area_id FROM ${quote(r.tbl)}`)
          .join(" UNION ALL ")}) WHERE area_id IS NOT NULL GROUP BY area_id`,
  );
  // An import replaces the areas of the kommuner it is for (@kommuner); the others are only
  // named, so a file cannot take over their ids.
  const areas = db.prepare<
    { kommuner: string },
    { id: string; name: string; geometry: string; area_km2: number }
  >(`SELECT id, name, geometry, area_km2 FROM areas WHERE ${inKommuner("kommun")} ORDER BY id`);
  const others = db.prepare<{ kommuner: string }, { id: string; kommun: string }>(
    `SELECT id, kommun FROM areas WHERE NOT ${inKommuner("kommun")}`,
  );
  const insert = db.prepare(
    `INSERT INTO areas (id, name, locality, households, households_method, eligible_voters, area_km2, geometry, kommun)
     VALUES (@id, @name, '${NEW_AREA_LOCALITY}', 0, '${NEW_AREA_HOUSEHOLDS_METHOD}', NULL, @area_km2, @geometry, @kommun)`,
  );
  const update = db.prepare(
    "UPDATE areas SET geometry = @geometry, area_km2 = @area_km2 WHERE id = @id",
  );
  const remove = db.prepare("DELETE FROM areas WHERE id = ?");

  return {
    /** The areas of the kommuner, with how much refers to each. */
    existing(kommuner: readonly string[]): ExistingArea[] {
      const counts = new Map(references.all().map((r) => [r.area_id, r.n]));
      return areas.all({ kommuner: kommunParam(kommuner) }).map((a) => ({
        id: a.id,
        name: a.name,
        area_km2: a.area_km2,
        geometry: JSON.parse(a.geometry) as PolygonGeometry,
        references: counts.get(a.id) ?? 0,
      }));
    },
    /** The ids of every area outside the kommuner, with its kommun. */
    others(kommuner: readonly string[]): Map<string, string> {
      return new Map(others.all({ kommuner: kommunParam(kommuner) }).map((a) => [a.id, a.kommun]));
    },
    insert(a: {
      id: string;
      name: string;
      area_km2: number;
      geometry: PolygonGeometry;
      kommun: string;
    }) {
      insert.run({ ...a, geometry: JSON.stringify(a.geometry) });
    },
    update(a: { id: string; area_km2: number; geometry: PolygonGeometry }) {
      update.run({ ...a, geometry: JSON.stringify(a.geometry) });
    },
    remove(id: string) {
      remove.run(id);
    },
  };
}

export type BoundaryRepo = ReturnType<typeof createBoundaryRepo>;
