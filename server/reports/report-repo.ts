// SQL for a quarter's public report: where sessions and walks took place (per area, session
// points, walk routes) and which parts of the quarter's data are demo rows.
import type { Db } from "../db/open.ts";

interface Range {
  from: string;
  to: string;
}

export interface SessionPoint {
  id: number;
  date: string;
  area_id: string;
  topic: string;
  lon: number;
  lat: number;
}

export function createReportRepo(db: Db) {
  const perArea = db.prepare<Range, { area_id: string; kind: string; n: number }>(
    `SELECT area_id, kind, COUNT(*) AS n FROM visits
     WHERE deleted_at IS NULL AND kind IN ('info_session', 'safety_walk')
       AND date BETWEEN @from AND @to GROUP BY area_id, kind`,
  );
  // Public information sessions are announced in advance: where they were held is public.
  const sessions = db.prepare<Range, SessionPoint>(
    `SELECT id, date, area_id, topic, lon, lat FROM visits
     WHERE deleted_at IS NULL AND kind = 'info_session' AND lon IS NOT NULL AND lat IS NOT NULL
       AND date BETWEEN @from AND @to ORDER BY date, id`,
  );
  const routes = db.prepare<Range, { id: number; date: string; area_id: string; route: string }>(
    `SELECT id, date, area_id, route FROM visits
     WHERE deleted_at IS NULL AND kind = 'safety_walk' AND route IS NOT NULL
       AND date BETWEEN @from AND @to ORDER BY date, id`,
  );
  const demo = {
    visits:
      "SELECT EXISTS (SELECT 1 FROM visits WHERE demo = 1 AND deleted_at IS NULL AND date BETWEEN @from AND @to)",
    dna_kits:
      "SELECT EXISTS (SELECT 1 FROM dna_kits WHERE demo = 1 AND deleted_at IS NULL AND handed_out_on BETWEEN @from AND @to)",
    messages:
      "SELECT EXISTS (SELECT 1 FROM messages WHERE demo = 1 AND deleted_at IS NULL AND sent_on BETWEEN @from AND @to)",
    watch_groups:
      "SELECT EXISTS (SELECT 1 FROM watch_groups WHERE demo = 1 AND deleted_at IS NULL AND started_on <= @to)",
    burglaries: "SELECT EXISTS (SELECT 1 FROM burglaries WHERE demo = 1 AND quarter = @quarter)",
  } as const;
  // The lägesbild table belongs to migration 004; only whether its weeks are demo is read here.
  const lagesbild = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'lagesbild'")
    .get();
  const sources: [string, string][] = Object.entries(demo);
  if (lagesbild) {
    sources.push([
      "lagesbild",
      "SELECT EXISTS (SELECT 1 FROM lagesbild WHERE demo = 1 AND deleted_at IS NULL AND date BETWEEN @from AND @to)",
    ]);
  }
  const demoStmts = sources.map(
    ([name, sql]) => [name, db.prepare<Range & { quarter: string }, number>(sql).pluck()] as const,
  );

  return {
    perArea: (r: Range) => perArea.all(r),
    sessions: (r: Range) => sessions.all(r),
    routes: (r: Range) =>
      routes.all(r).map(({ route, ...rest }) => ({
        ...rest,
        route: JSON.parse(route) as { type: "LineString"; coordinates: number[][] },
      })),
    /** The tables whose rows in the quarter include generated demo data. */
    demoParts: (r: Range & { quarter: string }) =>
      demoStmts.filter(([, stmt]) => stmt.get(r) === 1).map(([name]) => name),
  };
}
