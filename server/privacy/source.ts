// The only SQL the public side runs (here and in the source-*.ts files it composes): what the
// public figures are built from, already cut to what they may use. No contact persons, notes,
// presence, lägesbild content or per-area burglaries are ever read here; contact-person meetings
// only as kommun counts.
//
// Every figure is read for a list of kommuner (one kommun, or the deployment's all for the police
// area): `createPublicSource(db)` prepares the statements once, `.of(kommuner)` binds the list.
// The reads are kept by kind: per area (source-areas.ts), kommun totals (source-totals.ts) and
// whether a figure rests on demo data (source-demo.ts); the promise periods are read here.
import type { Db } from "../db/open.ts";
import { inKommuner, kommunParam } from "../kommun/sql.ts";
import { prepareAreaReads } from "./source-areas.ts";
import { prepareDemoReads } from "./source-demo.ts";
import { prepareTotalReads } from "./source-totals.ts";

/** A span of days, both ends included. */
export interface Range {
  from: string;
  to: string;
}

/** The kommuner a statement reads, bound as a JSON array (kommunParam). */
export type Scope = { kommuner: string };

export interface PublicPeriodRow {
  id: number;
  kommun: string;
  name: string;
  starts_on: string;
  ends_on: string;
}

export function createPublicSource(db: Db) {
  const periods = db.prepare<Scope, PublicPeriodRow>(
    `SELECT id, kommun, name, starts_on, ends_on FROM promise_periods
     WHERE deleted_at IS NULL AND ${inKommuner("kommun")} ORDER BY starts_on, id`,
  );
  // Fixed when first known, never moved (migration 015): the latest of the kommuner's starts.
  const kitSeries = db
    .prepare<Scope, string | null>(
      `SELECT max(kit_series_from) FROM kommuner WHERE ${inKommuner("code")}`,
    )
    .pluck();
  const areaReads = prepareAreaReads(db);
  const totalReads = prepareTotalReads(db);
  const demoReads = prepareDemoReads(db);

  /** The public source for these kommuner: one kommun, or all of the police area's. */
  const of = (list: readonly string[]) => {
    const kommuner = kommunParam(list);
    return scoped(kommuner);
  };

  const scoped = (kommuner: string) => ({
    /** The kommuner it reads, as bound (a JSON array). */
    kommuner,
    /** The promise periods of these kommuner, oldest first. */
    periods: () => periods.all({ kommuner }),
    /** Where the released series of quarterly märk-DNA kits begins; null before any period. */
    kitSeriesFrom: (): string | null => kitSeries.get({ kommuner }) ?? null,
    ...areaReads(kommuner),
    ...totalReads(kommuner),
    ...demoReads(kommuner),
  });

  return { of };
}

/** The public figures of one kommun, or of the police area as a whole. */
export type PublicSource = ReturnType<ReturnType<typeof createPublicSource>["of"]>;
