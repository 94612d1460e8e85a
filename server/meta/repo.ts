// What the whole data set is, for the logged-in views: its version (bumped by triggers on every
// write), the date range of the planning records of the caller's kommuner (police presence is the
// police's own, so it never moves this range; another kommun's records never move it either), and
// whether any demo rows are in it. The public meta is the privacy filter's.
import type { Db } from "../db/open.ts";
import { areaInKommuner, inKommuner, kommunParam } from "../kommun/sql.ts";
import { type Clock, systemClock, todayUtc } from "../period/dates.ts";
import { QUARTER_END_SQL, QUARTER_START_SQL } from "../period/quarter-sql.ts";

export interface DataRange {
  from: string;
  to: string;
}

export function createMetaRepo(db: Db, clock: Clock = systemClock) {
  const version = db
    .prepare<[], number>("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'data_version'")
    .pluck();
  // All kommuner when none are given (the server's own defaults, the tests' one-kommun fixture).
  const range = db.prepare<
    { kommuner: string; all: number },
    { from: string | null; to: string | null }
  >(
    `SELECT MIN(d) AS "from", MAX(d) AS "to" FROM (
       SELECT date AS d FROM visits
         WHERE deleted_at IS NULL AND (@all OR ${areaInKommuner("area_id")})
       UNION ALL SELECT handed_out_on FROM dna_kits
         WHERE deleted_at IS NULL AND (@all OR ${areaInKommuner("area_id")})
       UNION ALL SELECT sent_on FROM messages
         WHERE deleted_at IS NULL AND (@all OR ${inKommuner("kommun")})
       UNION ALL SELECT ${QUARTER_START_SQL} FROM burglaries WHERE @all OR ${areaInKommuner("area_id")}
       UNION ALL SELECT ${QUARTER_END_SQL} FROM burglaries WHERE @all OR ${areaInKommuner("area_id")}
     )`,
  );
  const demo = db
    .prepare<[], number>(
      `SELECT EXISTS (SELECT 1 FROM watch_groups WHERE demo = 1 AND deleted_at IS NULL)
         OR EXISTS (SELECT 1 FROM visits WHERE demo = 1 AND deleted_at IS NULL)
         OR EXISTS (SELECT 1 FROM dna_kits WHERE demo = 1 AND deleted_at IS NULL)
         OR EXISTS (SELECT 1 FROM presence WHERE demo = 1 AND deleted_at IS NULL)
         OR EXISTS (SELECT 1 FROM burglaries WHERE demo = 1)
         OR EXISTS (SELECT 1 FROM messages WHERE demo = 1 AND deleted_at IS NULL)`,
    )
    .pluck();

  // Ranges and the demo flag only change with the data version, so they are remembered per
  // version (the ranges per set of kommuner).
  let memo: { version: number; ranges: Map<string, DataRange>; demo: boolean } | undefined;

  function current() {
    const v = version.get() ?? 0;
    if (memo?.version !== v) memo = { version: v, ranges: new Map(), demo: demo.get() === 1 };
    return memo;
  }

  return {
    /** Read on every request: one indexed lookup. */
    version: () => version.get() ?? 0,
    /** The planning records' first and last day, in `kommuner` (every kommun when none). */
    dataRange(kommuner: readonly string[] = []): DataRange {
      const { ranges } = current();
      const key = kommuner.join(",");
      let found = ranges.get(key);
      if (!found) {
        const r = range.get({
          kommuner: kommunParam(kommuner),
          all: kommuner.length === 0 ? 1 : 0,
        });
        const today = todayUtc(clock());
        found = { from: r?.from ?? today, to: r?.to ?? today };
        ranges.set(key, found);
      }
      return found;
    },
    hasDemo: () => current().demo,
  };
}

export type MetaRepo = ReturnType<typeof createMetaRepo>;
