// The kommun totals the public figures are built from: märk-DNA kits and burglaries (released by
// the callers under rules.ts), activities, messages, lägesbild weeks and areas with grannsamverkan,
// for the bound kommuner. Contact-person meetings only as totals.
import type { Db } from "../db/open.ts";
import { areaInKommuner, inKommuner } from "../kommun/sql.ts";
import { activeOnSql } from "../watch-groups/history.ts";
import type { Range, Scope } from "./source.ts";

/** Prepares the totals once; the result binds them to a list of kommuner. */
export function prepareTotalReads(db: Db) {
  const kitsIn = db
    .prepare<Scope & Range, number | null>(
      `SELECT SUM(kits) FROM dna_kits WHERE deleted_at IS NULL
       AND handed_out_on BETWEEN @from AND @to AND ${areaInKommuner("area_id")}`,
    )
    .pluck();
  const burglaryQuarter = db
    .prepare<Scope & { quarter: string }, number | null>(
      `SELECT SUM(count) FROM burglaries WHERE quarter = @quarter AND ${areaInKommuner("area_id")}`,
    )
    .pluck();
  // Kommun totals of the activities in a range (contact-person meetings only as totals).
  const activityIn = db.prepare<
    Scope & Range,
    { info: number | null; contact: number | null; walks: number | null }
  >(
    `SELECT SUM(kind = 'info_session') AS info, SUM(kind = 'contact_meeting') AS contact,
            SUM(kind = 'safety_walk') AS walks
     FROM visits WHERE deleted_at IS NULL AND date BETWEEN @from AND @to
       AND ${areaInKommuner("area_id")}`,
  );
  const messagesIn = db
    .prepare<Scope & Range, number>(
      `SELECT COUNT(*) FROM messages WHERE deleted_at IS NULL AND sent_on BETWEEN @from AND @to
       AND ${inKommuner("kommun")}`,
    )
    .pluck();
  const lagesbildIn = db
    .prepare<Range, number>(
      "SELECT COUNT(*) FROM lagesbild WHERE deleted_at IS NULL AND date BETWEEN @from AND @to",
    )
    .pluck();
  const watchAreas = db
    .prepare<Scope & { day: string }, number>(
      `SELECT COUNT(DISTINCT g.area_id) FROM watch_groups g
       WHERE g.deleted_at IS NULL AND ${activeOnSql("@day")} AND ${areaInKommuner("g.area_id")}`,
    )
    .pluck();

  return (kommuner: string) => ({
    /** Kommun totals: märk-DNA kits handed out in [from, to], burglaries in a quarter. */
    kitsIn: (range: Range) => kitsIn.get({ kommuner, ...range }) ?? 0,
    burglaryQuarter: (quarter: string) => burglaryQuarter.get({ kommuner, quarter }) ?? null,
    /** Kommun totals of sessions, contact-person meetings, walks and messages in [from, to]. */
    activityIn(range: Range) {
      const a = activityIn.get({ kommuner, ...range });
      return {
        info_sessions: a?.info ?? 0,
        contact_meetings: a?.contact ?? 0,
        safety_walks: a?.walks ?? 0,
        messages: messagesIn.get({ kommuner, ...range }) ?? 0,
      };
    },
    /** Weekly lägesbild exchanges in [from, to]: the police area's, shared by every kommun. */
    lagesbildIn: (range: Range) => lagesbildIn.get(range) ?? 0,
    /** Areas with at least one group active on `day`. */
    watchAreas: (day: string) => watchAreas.get({ kommuner, day }) ?? 0,
  });
}
