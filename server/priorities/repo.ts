// What the score needs beyond the area figures: each area's last information session and its
// burglaries over a 12-month window (the area repo counts visits of every kind, and burglaries
// over the chosen period).
import { createAreaRepo } from "../areas/repo.ts";
import type { Db } from "../db/open.ts";
import type { Period } from "../period/period.ts";
import { QUARTER_START_SQL } from "../period/quarter-sql.ts";
import type { PriorityInput } from "./score.ts";

export function createPriorityRepo(db: Db) {
  const areas = createAreaRepo(db);
  const lastSessions = db.prepare<{ to: string }, { area_id: string; last: string }>(
    `SELECT area_id, MAX(date) AS last FROM visits
     WHERE deleted_at IS NULL AND kind = 'info_session' AND date <= @to GROUP BY area_id`,
  );
  // Same rule as the area figures: a quarter belongs to the window when it starts inside it. An
  // area with no row in the window has no burglary data (a recorded 0 is data).
  const burglaries = db.prepare<Period, { area_id: string; n: number }>(
    `SELECT area_id, SUM(count) AS n FROM burglaries
     WHERE ${QUARTER_START_SQL} BETWEEN @from AND @to GROUP BY area_id`,
  );

  return {
    /**
     * Inputs for every area of the kommuner: stocks at the period's end, burglaries over
     * `burglaryWindow`.
     */
    inputs(
      period: Period,
      burglaryWindow: Period,
      kommuner: readonly string[],
    ): (PriorityInput & { demo: boolean; kommun: string; kommun_name: string })[] {
      const last = new Map(lastSessions.all({ to: period.to }).map((r) => [r.area_id, r.last]));
      const burgled = new Map(burglaries.all(burglaryWindow).map((r) => [r.area_id, r.n]));
      return areas.listWithCounts(period, kommuner).map(({ row, counts }) => ({
        id: row.id,
        kommun: row.kommun,
        kommun_name: row.kommun_name,
        name: row.name,
        households: row.households > 0 ? row.households : null,
        watchHouseholds: counts.activeHouseholds,
        activeGroups: counts.activeGroups,
        startingGroups: counts.startingGroups,
        dnaHouseholds: counts.dnaKits,
        burglaries: burgled.get(row.id) ?? null,
        lastInfoSession: last.get(row.id) ?? null,
        demo: counts.demo,
      }));
    },
  };
}
