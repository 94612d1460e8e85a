// Which public figures rest on invented demo data: the kinds of invented rows, and the SQL that
// asks whether one of a kind is counted by a figure over a span, for the bound kommuner.
import type { Db } from "../db/open.ts";
import { areaInKommuner, inKommuner } from "../kommun/sql.ts";
import { QUARTER_START_SQL } from "../period/quarter-sql.ts";
import { GROUP_ENDED_ON_SQL } from "../watch-groups/history.ts";
import type { Range, Scope } from "./source.ts";

/** The kinds of invented rows a public figure can rest on, in the order the explanation lists them. */
export const DEMO_KINDS = [
  "watch_groups",
  "info_sessions",
  "contact_meetings",
  "safety_walks",
  "dna_kits",
  "burglaries",
  "messages",
  "lagesbild",
] as const;
export type DemoKind = (typeof DEMO_KINDS)[number];

/** Prepares the demo questions once; the result binds them to a list of kommuner. */
export function prepareDemoReads(db: Db) {
  // A kind is demo in [from, to] when an invented row of it is counted by a figure over that span:
  // a record dated in it (a burglary quarter starting in it), or a group counted (active or
  // starting) on some day of it. A stock on a day asks with from = to = that day, and a stock of
  // everything handed out up to a day with from = the beginning of time. Each of the kommuner
  // bound; the lägesbild is the police area's one weekly exchange with every kommun.
  const demoSql: Record<DemoKind, string> = {
    watch_groups: `SELECT EXISTS (SELECT 1 FROM watch_groups g WHERE g.demo = 1 AND g.deleted_at IS NULL
      AND g.started_on <= @to AND (g.status IN ('active', 'starting')
        OR (g.status = 'inactive' AND ${GROUP_ENDED_ON_SQL} > @from))
      AND ${areaInKommuner("g.area_id")})`,
    info_sessions: `SELECT EXISTS (SELECT 1 FROM visits WHERE demo = 1 AND deleted_at IS NULL
      AND kind = 'info_session' AND date BETWEEN @from AND @to AND ${areaInKommuner("area_id")})`,
    contact_meetings: `SELECT EXISTS (SELECT 1 FROM visits WHERE demo = 1 AND deleted_at IS NULL
      AND kind = 'contact_meeting' AND date BETWEEN @from AND @to AND ${areaInKommuner("area_id")})`,
    safety_walks: `SELECT EXISTS (SELECT 1 FROM visits WHERE demo = 1 AND deleted_at IS NULL
      AND kind = 'safety_walk' AND date BETWEEN @from AND @to AND ${areaInKommuner("area_id")})`,
    dna_kits: `SELECT EXISTS (SELECT 1 FROM dna_kits WHERE demo = 1 AND deleted_at IS NULL
      AND handed_out_on BETWEEN @from AND @to AND ${areaInKommuner("area_id")})`,
    burglaries: `SELECT EXISTS (SELECT 1 FROM burglaries WHERE demo = 1
      AND ${QUARTER_START_SQL} BETWEEN @from AND @to AND ${areaInKommuner("area_id")})`,
    messages: `SELECT EXISTS (SELECT 1 FROM messages WHERE demo = 1 AND deleted_at IS NULL
      AND sent_on BETWEEN @from AND @to AND ${inKommuner("kommun")})`,
    lagesbild: `SELECT EXISTS (SELECT 1 FROM lagesbild WHERE demo = 1 AND deleted_at IS NULL
      AND date BETWEEN @from AND @to)`,
  };
  const demoStmts = DEMO_KINDS.map(
    (kind) => [kind, db.prepare<Scope & Range, number>(demoSql[kind]).pluck()] as const,
  );

  return (kommuner: string) => ({
    /** The kinds with an invented row counted over [from, to] (see demoSql). */
    demoKinds: (range: Range): DemoKind[] =>
      demoStmts.filter(([, stmt]) => stmt.get({ kommuner, ...range }) === 1).map(([kind]) => kind),
    /** Whether an invented row of the kind is counted over [from, to]. */
    isDemo: (kind: DemoKind, range: Range): boolean =>
      demoStmts.find(([k]) => k === kind)?.[1].get({ kommuner, ...range }) === 1,
  });
}
