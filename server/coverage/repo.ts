// SQL for the coverage totals: prepared once per database.
import type { Db } from "../db/open.ts";
import type { Totals } from "./minutes.ts";
import { dayToIso, isoToDay } from "./stockholm.ts";

export interface AreaBandRow extends Totals {
  area_id: string;
  band: number;
}

export interface DayBandRow extends Totals {
  day: string;
  band: number;
}

const SUMS =
  "SUM(eff_s) AS eff_s, SUM(eff_n) AS eff_n, SUM(short_s) AS short_s, SUM(short_n) AS short_n";

export function createCoverageRepo(db: Db) {
  // Days are stored as day numbers (see migration 004); the API speaks 'YYYY-MM-DD'.
  const span = (from: string, to: string) => ({ from: isoToDay(from), to: isoToDay(to) });
  const byAreaBand = db.prepare<{ from: number; to: number }, AreaBandRow>(
    `SELECT area_id, band, ${SUMS} FROM coverage_daily
     WHERE day BETWEEN @from AND @to GROUP BY area_id, band`,
  );
  const areaDays = db.prepare<
    { area: string; from: number; to: number },
    DayBandRow & { day: number }
  >(
    `SELECT day, band, eff_s, eff_n, short_s, short_n FROM coverage_daily
     WHERE area_id = @area AND day BETWEEN @from AND @to ORDER BY day, band`,
  );
  const areaBands = db.prepare<{ area: string; from: number; to: number }, AreaBandRow>(
    `SELECT area_id, band, ${SUMS} FROM coverage_daily
     WHERE area_id = @area AND day BETWEEN @from AND @to GROUP BY band`,
  );
  // Scans each area's days backwards from `to`: stops at the first effective one.
  const lastEffective = db.prepare<
    { to: number },
    { id: string; name: string; last: number | null }
  >(
    `SELECT a.id, a.name,
            (SELECT c.day FROM coverage_daily c WHERE c.area_id = a.id AND c.day <= @to AND c.eff_s > 0
             ORDER BY c.day DESC LIMIT 1) AS last
     FROM areas a ORDER BY a.id`,
  );
  const areaNames = db.prepare<[], { id: string; name: string }>(
    "SELECT id, name FROM areas ORDER BY id",
  );
  const areaName = db.prepare<[string], { id: string; name: string }>(
    "SELECT id, name FROM areas WHERE id = ?",
  );
  const all = db.prepare<[], Totals & { area_id: string; day: number; band: number }>(
    "SELECT * FROM coverage_daily ORDER BY area_id, day, band",
  );
  const count = db.prepare<[], number>("SELECT COUNT(*) FROM coverage_daily").pluck();

  return {
    /** Summed totals per area and band over local days from..to (inclusive). */
    byAreaBand: (from: string, to: string) => byAreaBand.all(span(from, to)),
    areaDays: (area: string, from: string, to: string): DayBandRow[] =>
      areaDays.all({ area, ...span(from, to) }).map((r) => ({ ...r, day: dayToIso(r.day) })),
    areaBands: (area: string, from: string, to: string) =>
      areaBands.all({ area, ...span(from, to) }),
    lastEffective: (to: string) =>
      lastEffective
        .all({ to: isoToDay(to) })
        .map((r) => ({ ...r, last: r.last === null ? null : dayToIso(r.last) })),
    areaNames: () => areaNames.all(),
    area: (id: string) => areaName.get(id),
    /** Every stored row in key order: for checking incremental against full recomputation. */
    dump: () => all.all(),
    rowCount: () => count.get() ?? 0,
  };
}

export type CoverageRepo = ReturnType<typeof createCoverageRepo>;
