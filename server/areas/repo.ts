// SQL for areas: prepared once per database, named parameters, soft-deleted rows left out.
import type { Db } from "../db/open.ts";
import { inKommuner, kommunParam } from "../kommun/sql.ts";
import type { Period } from "../period/period.ts";
import { QUARTER_START_SQL } from "../period/quarter-sql.ts";
import { type AreaCounts, type AreaRow, NO_COUNTS } from "./metrics.ts";
import type { AreaGeometry, AreaVisit, AreaWatchGroup, VisitKind, VisitTopic } from "./types.ts";

export function createAreaRepo(db: Db) {
  // An area of a kommun the caller does not cover is not there for them (server/kommun/sql.ts).
  const COLUMNS = `a.id, a.name, a.locality, a.households, a.households_method, a.eligible_voters,
    a.area_km2, a.kommun, COALESCE(k.name, a.kommun) AS kommun_name, a.geometry
    FROM areas a LEFT JOIN kommuner k ON k.code = a.kommun`;
  const areas = db.prepare<{ kommuner: string }, AreaRow & { geometry: string }>(
    `SELECT ${COLUMNS} WHERE ${inKommuner("a.kommun")} ORDER BY a.id`,
  );
  const area = db.prepare<{ id: string; kommuner: string }, AreaRow & { geometry: string }>(
    `SELECT ${COLUMNS} WHERE a.id = @id AND ${inKommuner("a.kommun")}`,
  );
  const groups = db.prepare<
    Period,
    { area_id: string; status: string; n: number; hh: number; demo: number }
  >(
    `SELECT area_id, status, COUNT(*) AS n, SUM(households) AS hh, MAX(demo) AS demo
     FROM watch_groups WHERE deleted_at IS NULL AND started_on <= @to
     GROUP BY area_id, status`,
  );
  const kits = db.prepare<Period, { area_id: string; kits: number; demo: number }>(
    `SELECT area_id, SUM(kits) AS kits, MAX(demo) AS demo
     FROM dna_kits WHERE deleted_at IS NULL AND handed_out_on <= @to GROUP BY area_id`,
  );
  const visits = db.prepare<Period, { area_id: string; n: number; last: string; demo: number }>(
    `SELECT area_id, SUM(date >= @from) AS n, MAX(date) AS last, MAX(demo) AS demo
     FROM visits WHERE deleted_at IS NULL AND date <= @to GROUP BY area_id`,
  );
  // A burglary quarter belongs to the period when the quarter starts inside it.
  const burglaries = db.prepare<Period, { area_id: string; n: number; demo: number }>(
    `SELECT area_id, SUM(count) AS n, MAX(demo) AS demo FROM burglaries
     WHERE ${QUARTER_START_SQL} BETWEEN @from AND @to GROUP BY area_id`,
  );
  const areaVisits = db.prepare<
    Period & { id: string },
    Omit<AreaVisit, "organisers" | "in_period" | "demo"> & {
      organisers: string;
      in_period: number;
      demo: number;
    }
  >(
    `SELECT v.id, v.kind, v.date, v.topic, v.organisers, v.attendees, v.notes, v.demo,
            v.date >= @from AS in_period,
            COALESCE((SELECT SUM(k.kits) FROM dna_kits k
                      WHERE k.visit_id = v.id AND k.deleted_at IS NULL), 0) AS kits
     FROM visits v
     WHERE v.area_id = @id AND v.deleted_at IS NULL AND v.date <= @to
     ORDER BY v.date DESC, v.id DESC`,
  );
  const areaGroups = db.prepare<
    { id: string; to: string },
    Omit<AreaWatchGroup, "demo"> & { demo: number }
  >(
    `SELECT id, name, status, households, started_on, demo FROM watch_groups
     WHERE area_id = @id AND deleted_at IS NULL AND started_on <= @to
     ORDER BY CASE status WHEN 'active' THEN 0 WHEN 'starting' THEN 1 ELSE 2 END, started_on, id`,
  );
  const areaBurglaries = db.prepare<Period & { id: string }, { quarter: string; count: number }>(
    `SELECT quarter, count FROM burglaries
     WHERE area_id = @id AND ${QUARTER_START_SQL} BETWEEN @from AND @to ORDER BY quarter`,
  );

  function counts(period: Period): Map<string, AreaCounts> {
    const byArea = new Map<string, AreaCounts>();
    const get = (id: string) => {
      let c = byArea.get(id);
      if (!c) {
        c = { ...NO_COUNTS };
        byArea.set(id, c);
      }
      return c;
    };
    for (const r of groups.all(period)) {
      const c = get(r.area_id);
      if (r.status === "active") {
        c.activeGroups += r.n;
        c.activeHouseholds += r.hh;
      } else if (r.status === "starting") c.startingGroups += r.n;
      c.demo ||= r.demo === 1;
    }
    for (const r of kits.all(period)) {
      const c = get(r.area_id);
      c.dnaKits = r.kits;
      c.demo ||= r.demo === 1;
    }
    for (const r of visits.all(period)) {
      const c = get(r.area_id);
      c.visitsInPeriod = r.n;
      c.lastVisit = r.last;
      c.demo ||= r.demo === 1;
    }
    for (const r of burglaries.all(period)) {
      const c = get(r.area_id);
      c.burglaries = r.n;
      c.demo ||= r.demo === 1;
    }
    return byArea;
  }

  return {
    /** Every area of the kommuner with its geometry and its counts for the period. */
    listWithCounts(period: Period, kommuner: readonly string[]) {
      const byArea = counts(period);
      return areas.all({ kommuner: kommunParam(kommuner) }).map(({ geometry, ...row }) => ({
        row,
        geometry: JSON.parse(geometry) as AreaGeometry,
        counts: byArea.get(row.id) ?? NO_COUNTS,
      }));
    },

    /** One area's row, or undefined when the id is unknown or of a kommun not in the list. */
    find(id: string, kommuner: readonly string[]): AreaRow | undefined {
      const found = area.get({ id, kommuner: kommunParam(kommuner) });
      if (!found) return undefined;
      const { geometry: _geometry, ...row } = found;
      return row;
    },

    countsFor(id: string, period: Period): AreaCounts {
      return counts(period).get(id) ?? NO_COUNTS;
    },

    visits(id: string, period: Period): AreaVisit[] {
      return areaVisits.all({ ...period, id }).map((v) => ({
        ...v,
        kind: v.kind as VisitKind,
        topic: v.topic as VisitTopic,
        organisers: JSON.parse(v.organisers) as string[],
        in_period: v.in_period === 1,
        demo: v.demo === 1,
      }));
    },

    watchGroups(id: string, period: Period): AreaWatchGroup[] {
      return areaGroups.all({ id, to: period.to }).map((g) => ({ ...g, demo: g.demo === 1 }));
    },

    burglariesByQuarter(id: string, period: Period) {
      return areaBurglaries.all({ ...period, id });
    },
  };
}

export type AreaRepo = ReturnType<typeof createAreaRepo>;
