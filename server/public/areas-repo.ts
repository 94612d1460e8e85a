// SQL for the public map beyond what the areas repo has: sessions and walks per area and month,
// and upcoming public information sessions. Only kinds that are public are read.
import type { Db } from "../db/open.ts";

export interface MonthCount {
  area_id: string;
  month: string;
  kind: "info_session" | "safety_walk";
  n: number;
}

export interface UpcomingRow {
  id: number;
  date: string;
  area_id: string;
  area_name: string;
  topic: string;
  lon: number | null;
  lat: number | null;
  demo: number;
}

export function createPublicAreaRepo(db: Db) {
  // Contact-person meetings are left out: who meets the contact persons is not public by area.
  const months = db.prepare<{ before: string }, MonthCount>(
    `SELECT area_id, substr(date, 1, 7) AS month, kind, COUNT(*) AS n FROM visits
     WHERE deleted_at IS NULL AND kind IN ('info_session', 'safety_walk') AND date < @before
     GROUP BY area_id, month, kind ORDER BY area_id, month, kind`,
  );
  const upcoming = db.prepare<{ after: string }, UpcomingRow>(
    `SELECT v.id, v.date, v.area_id, a.name AS area_name, v.topic, v.lon, v.lat, v.demo
     FROM visits v JOIN areas a ON a.id = v.area_id
     WHERE v.deleted_at IS NULL AND v.kind = 'info_session' AND v.date > @after
     ORDER BY v.date, v.id`,
  );
  return {
    /** Counts for the months that ended before `before` (the first day of the current month). */
    months: (before: string) => months.all({ before }),
    upcoming: (after: string) => upcoming.all({ after }),
  };
}
