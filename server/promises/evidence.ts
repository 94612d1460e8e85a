// SQL behind promise progress: the recorded activities each evidence kind counts, the figures of
// the outcome goals, and the quarterly trends. Kommun-wide totals only, each of one kommun: a
// kommun's promises count the records of its own areas (and its own messages); the lägesbild is
// the police area's weekly exchange with every kommun, so its weeks count for each. Per-area
// figures stay in the areas and reports code.
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
/** The one kommun a figure is of, bound as @kommuner. */
type Of = { kommuner: string };
const of = (kommun: string): Of => ({ kommuner: kommunParam([kommun]) });

export function createEvidenceRepo(db: Db) {
  const visits = db.prepare<Range & Of & { kind: string }, EvidenceItem>(
    `SELECT id, date, demo FROM visits WHERE deleted_at IS NULL AND kind = @kind
     AND date BETWEEN @from AND @to AND ${areaInKommuner("area_id")} ORDER BY date, id`,
  );
  const messages = db.prepare<Range & Of, EvidenceItem>(
    `SELECT id, sent_on AS date, demo FROM messages WHERE deleted_at IS NULL
     AND sent_on BETWEEN @from AND @to AND ${inKommuner("kommun")} ORDER BY sent_on, id`,
  );
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
    .prepare<Range & Of, number | null>(
      `SELECT SUM(count) FROM burglaries WHERE ${QUARTER_START_SQL} BETWEEN @from AND @to
       AND ${areaInKommuner("area_id")}`,
    )
    .pluck();
  const burglaryQuarter = db
    .prepare<Of & { quarter: string }, number | null>(
      `SELECT SUM(count) FROM burglaries WHERE quarter = @quarter
       AND ${areaInKommuner("area_id")}`,
    )
    .pluck();
  // Households with märk-DNA as of a day: kits per area, capped at the area's households.
  const dnaHouseholds = db
    .prepare<Of & { day: string }, number | null>(
      `SELECT SUM(MIN(k.kits, a.households)) FROM (
         SELECT area_id, SUM(kits) AS kits FROM dna_kits
         WHERE deleted_at IS NULL AND handed_out_on <= @day GROUP BY area_id
       ) k JOIN areas a ON a.id = k.area_id WHERE ${inKommuner("a.kommun")}`,
    )
    .pluck();
  const kitsIn = db
    .prepare<Range & Of, number | null>(
      `SELECT SUM(kits) FROM dna_kits WHERE deleted_at IS NULL
       AND handed_out_on BETWEEN @from AND @to AND ${areaInKommuner("area_id")}`,
    )
    .pluck();
  // Areas with a group active on the day: the status each group had then, not today's.
  const watchAreas = db
    .prepare<Of & { day: string }, number>(
      `SELECT COUNT(DISTINCT g.area_id) FROM watch_groups g
       WHERE g.deleted_at IS NULL AND ${activeOnSql("@day")} AND ${areaInKommuner("g.area_id")}`,
    )
    .pluck();

  const demoIn = {
    visits: db
      .prepare("SELECT EXISTS (SELECT 1 FROM visits WHERE demo = 1 AND deleted_at IS NULL)")
      .pluck(),
    messages: db
      .prepare("SELECT EXISTS (SELECT 1 FROM messages WHERE demo = 1 AND deleted_at IS NULL)")
      .pluck(),
    lagesbild: hasLagesbild
      ? db
          .prepare("SELECT EXISTS (SELECT 1 FROM lagesbild WHERE demo = 1 AND deleted_at IS NULL)")
          .pluck()
      : { get: () => 0 },
    burglaries: db.prepare("SELECT EXISTS (SELECT 1 FROM burglaries WHERE demo = 1)").pluck(),
    dna_kits: db
      .prepare("SELECT EXISTS (SELECT 1 FROM dna_kits WHERE demo = 1 AND deleted_at IS NULL)")
      .pluck(),
    watch_groups: db
      .prepare("SELECT EXISTS (SELECT 1 FROM watch_groups WHERE demo = 1 AND deleted_at IS NULL)")
      .pluck(),
  };

  return {
    hasLagesbild,
    /** Whether a table behind an outcome figure holds generated demo rows. */
    demo: (table: keyof typeof demoIn) => demoIn[table].get() === 1,
    /**
     * The activities an evidence kind counts in [from, to] in the kommun's areas (its messages; the
     * police area's lägesbild weeks); manual entries come from the repo.
     */
    items(kind: EvidenceKind, range: Range, kommun: string): EvidenceItem[] {
      if (kind === "message_monthly") return messages.all({ ...range, ...of(kommun) });
      if (kind === "lagesbild_week") return weeks?.all(range) ?? [];
      if (kind === "manual") return [];
      return visits.all({ ...range, kind, ...of(kommun) });
    },
    burglaries: (range: Range, kommun: string) =>
      burglaries.get({ ...range, ...of(kommun) }) ?? null,
    burglaryQuarter: (quarter: string, kommun: string) =>
      burglaryQuarter.get({ quarter, ...of(kommun) }) ?? null,
    dnaHouseholds: (asOf: string, kommun: string) =>
      dnaHouseholds.get({ day: asOf, ...of(kommun) }) ?? 0,
    kitsIn: (range: Range, kommun: string) => kitsIn.get({ ...range, ...of(kommun) }) ?? 0,
    watchAreas: (asOf: string, kommun: string) => watchAreas.get({ day: asOf, ...of(kommun) }) ?? 0,
  };
}

export type EvidenceRepo = ReturnType<typeof createEvidenceRepo>;
