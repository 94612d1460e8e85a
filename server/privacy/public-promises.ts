// A kommun's promise periods as the public may read them: the one running (or the latest begun),
// any period begun by the public cut-off, and a period's progress built by the privacy filter
// (progress.ts) as of a day.
import type { Db } from "../db/open.ts";
import { type Fact, kommunFacts } from "../facts/facts.ts";
import { type Clock, type IsoDate, previousMonthEnd } from "../period/dates.ts";
import { createProgressService, type ProgressService } from "../promises/service.ts";
import { buildPublicProgress, type PublicProgress } from "./progress.ts";
import { kitSeriesFrom, type PublicScopes } from "./public-scope.ts";
import type { PublicPeriodRow } from "./source.ts";

export function createPublicPromises(
  db: Db,
  { sourceOf, nameOf }: PublicScopes,
  { facts, clock }: { facts: readonly Fact[]; clock: Clock },
) {
  // A period is counted against the records of its own kommun (promise_periods.kommun).
  const progressService = createProgressService(db, clock);
  const serviceOf = (_kommun: string): ProgressService => progressService;

  /** The period running on `day`, else the latest that has started, else the first. */
  function currentPeriod(kommun: string, day: IsoDate): PublicPeriodRow | undefined {
    const all = sourceOf(kommun).periods();
    const started = all.filter((p) => p.starts_on <= day);
    return started.find((p) => p.ends_on >= day) ?? started.at(-1) ?? all[0];
  }

  function progress(kommun: string, periodId: number, asOf: IsoDate): PublicProgress | undefined {
    // By month: what had happened by the end of `asOf`, a month's last day.
    const p = serviceOf(kommun).progress(periodId, asOf, "month");
    const from = kitSeriesFrom(sourceOf(kommun));
    if (!p || !from) return undefined;
    // The kommun's released series of märk-DNA quarters begins with its own first period.
    const series = { from };
    const context = {
      source: sourceOf(kommun),
      facts: kommunFacts(facts, kommun),
      kommun: { code: kommun, name: nameOf(kommun) },
      series,
    };
    return buildPublicProgress(p, context, asOf);
  }

  /** A period the public may read: one of the kommun's that had begun by the cut-off. */
  function publishedPeriod(kommun: string, day: IsoDate, id: number) {
    const cutoff = previousMonthEnd(day);
    return sourceOf(kommun)
      .periods()
      .find((p) => p.id === id && p.starts_on <= cutoff);
  }

  /** The kommun's current period's progress, or the given (published) period's. */
  function promises(day: IsoDate, kommun: string, periodId?: number): PublicProgress | undefined {
    const p =
      periodId === undefined ? currentPeriod(kommun, day) : publishedPeriod(kommun, day, periodId);
    return p === undefined ? undefined : progress(kommun, p.id, previousMonthEnd(day));
  }

  return { currentPeriod, progress, publishedPeriod, promises };
}

export type PublicPromises = ReturnType<typeof createPublicPromises>;
