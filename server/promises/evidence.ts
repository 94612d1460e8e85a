// SQL behind promise progress: the recorded activities each evidence kind counts, the figures of
// the outcome goals, and the quarterly trends. Kommun-wide totals only; per-area figures stay in
// the areas and reports code. Given `kommuner`, every figure counts only the records of those
// kommuner's areas (and their messages); the lägesbild is the police area's one weekly exchange
// with every kommun, so its weeks count for each.
import type { Db } from "../db/open.ts";
import { areaInKommuner, inKommuner, kommunParam } from "../kommun/sql.ts";
import { QUARTER_START_SQL } from "../period/quarter-sql.ts";
import { activeOnSql } from "../watch-groups/history.ts";
import type { EvidenceItem } from "./progress.ts";
import type { EvidenceKind } from "./schema.ts";

interface Range {
  from: string;
  to: string;
}

export function createEvidenceRepo(db: Db, kommuner?: readonly string[]) {
  // Without kommuner: every record (the condition is always true and @kommuner unused).
  const area = (column: string) => (kommuner ? areaInKommuner(column) : "1");
  const own = (column: string) => (kommuner ? inKommuner(column) : "1");
  const k: Record<string, string> = kommuner ? { kommuner: kommunParam(kommuner) } : {};
  const visitsStmt = db.prepare<Range & { kind: string }, EvidenceItem>(
    `SELECT id, date, demo FROM visits WHERE deleted_at IS NULL AND kind = @kind
     AND date BETWEEN @from AND @to AND ${area("area_id")} ORDER BY date, id`,
  );
  const visits = { all: (p: Range & { kind: string }) => visitsStmt.all({ ...p, ...k }) };
  const messagesStmt = db.prepare<Range, EvidenceItem>(
    `SELECT id, sent_on AS date, demo FROM messages WHERE deleted_at IS NULL
     AND sent_on BETWEEN @from AND @to AND ${own("kommun")} ORDER BY sent_on, id`,
  );
  const messages = { all: (p: Range) => messagesStmt.all({ ...p, ...k }) };
  // The lägesbild table comes from migration 004 (another feature); without it there are no weeks.
  const hasLagesbild =
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'lagesbild'").get() !==
    undefined;
  const weeks = hasLagesbild
    ? db.prepare<Range, EvidenceItem>(
        `SELECT id, date, week, demo FROM lagesbild WHERE deleted_at IS NULL
         AND date BETWEEN @from AND @to ORDER BY date, id`,
      )
    : undefined;
  // A burglary quarter belongs to a span when the quarter starts inside it (as in /api/areas).
  const burglaries = db
    .prepare<Range, number | null>(
      `SELECT SUM(count) FROM burglaries WHERE ${QUARTER_START_SQL} BETWEEN @from AND @to
       AND ${area("area_id")}`,
    )
    .pluck();
  const burglaryQuarter = db
    .prepare<{ quarter: string }, number | null>(
      `SELECT SUM(count) FROM burglaries WHERE quarter = @quarter AND ${area("area_id")}`,
    )
    .pluck();
  // Households with märk-DNA as of a day: kits per area, capped at the area's households.
  const dnaHouseholds = db
    .prepare<{ day: string }, number | null>(
      `SELECT SUM(MIN(k.kits, a.households)) FROM (
         SELECT area_id, SUM(kits) AS kits FROM dna_kits
         WHERE deleted_at IS NULL AND handed_out_on <= @day GROUP BY area_id
       ) k JOIN areas a ON a.id = k.area_id WHERE ${area("a.id")}`,
    )
    .pluck();
  const kitsIn = db
    .prepare<Range, number | null>(
      `SELECT SUM(kits) FROM dna_kits WHERE deleted_at IS NULL
       AND handed_out_on BETWEEN @from AND @to AND ${area("area_id")}`,
    )
    .pluck();
  // Areas with a group active on the day: the status each group had then, not today's.
  const watchAreas = db
    .prepare<{ day: string }, number>(
      `SELECT COUNT(DISTINCT g.area_id) FROM watch_groups g
       WHERE g.deleted_at IS NULL AND ${activeOnSql("@day")} AND ${area("g.area_id")}`,
    )
    .pluck();

  const exists = (sql: string) => {
    const stmt = db.prepare<Record<string, string>, number>(`SELECT EXISTS (${sql})`).pluck();
    return { get: () => stmt.get(k) };
  };
  const demoIn = {
    visits: exists(
      `SELECT 1 FROM visits WHERE demo = 1 AND deleted_at IS NULL AND ${area("area_id")}`,
    ),
    messages: exists(
      `SELECT 1 FROM messages WHERE demo = 1 AND deleted_at IS NULL AND ${own("kommun")}`,
    ),
    lagesbild: hasLagesbild
      ? exists("SELECT 1 FROM lagesbild WHERE demo = 1 AND deleted_at IS NULL")
      : { get: () => 0 },
    burglaries: exists(`SELECT 1 FROM burglaries WHERE demo = 1 AND ${area("area_id")}`),
    dna_kits: exists(
      `SELECT 1 FROM dna_kits WHERE demo = 1 AND deleted_at IS NULL AND ${area("area_id")}`,
    ),
    watch_groups: exists(
      `SELECT 1 FROM watch_groups WHERE demo = 1 AND deleted_at IS NULL AND ${area("area_id")}`,
    ),
  };

  return {
    hasLagesbild,
    /** Whether a table behind an outcome figure holds generated demo rows. */
    demo: (table: keyof typeof demoIn) => demoIn[table].get() === 1,
    /** The activities an evidence kind counts in [from, to]; manual entries come from the repo. */
    items(kind: EvidenceKind, range: Range): EvidenceItem[] {
      if (kind === "message_monthly") return messages.all(range);
      if (kind === "lagesbild_week") return weeks?.all(range) ?? [];
      if (kind === "manual") return [];
      return visits.all({ ...range, kind });
    },
    burglaries: (range: Range) => burglaries.get({ ...range, ...k }) ?? null,
    burglaryQuarter: (quarter: string) => burglaryQuarter.get({ quarter, ...k }) ?? null,
    dnaHouseholds: (asOf: string) => dnaHouseholds.get({ day: asOf, ...k }) ?? 0,
    kitsIn: (range: Range) => kitsIn.get({ ...range, ...k }) ?? 0,
    watchAreas: (asOf: string) => watchAreas.get({ day: asOf, ...k }) ?? 0,
  };
}

export type EvidenceRepo = ReturnType<typeof createEvidenceRepo>;
