// What the whole data set is, for the logged-in views: its version (bumped by triggers on every
// write), the date range of the planning records (police presence is the police's own, so it never
// moves this range), and whether any demo rows are in it. The public meta is the privacy filter's.
import type { Db } from "../db/open.ts";
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
  const range = db.prepare<[], { from: string | null; to: string | null }>(
    `SELECT MIN(d) AS "from", MAX(d) AS "to" FROM (
       SELECT date AS d FROM visits WHERE deleted_at IS NULL
       UNION ALL SELECT handed_out_on FROM dna_kits WHERE deleted_at IS NULL
       UNION ALL SELECT sent_on FROM messages WHERE deleted_at IS NULL
       UNION ALL SELECT ${QUARTER_START_SQL} FROM burglaries
       UNION ALL SELECT ${QUARTER_END_SQL} FROM burglaries
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

  // Range and demo flag only change with the data version, so they are remembered per version.
  let memo: { version: number; range: DataRange; demo: boolean } | undefined;

  function current() {
    const v = version.get() ?? 0;
    if (memo?.version !== v) {
      const r = range.get();
      const today = todayUtc(clock());
      memo = {
        version: v,
        range: { from: r?.from ?? today, to: r?.to ?? today },
        demo: demo.get() === 1,
      };
    }
    return memo;
  }

  return {
    /** Read on every request: one indexed lookup. */
    version: () => version.get() ?? 0,
    dataRange: () => current().range,
    hasDemo: () => current().demo,
  };
}

export type MetaRepo = ReturnType<typeof createMetaRepo>;
