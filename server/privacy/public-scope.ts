// Which kommuner a public answer is about: the deployment's kommuner, the one the public pages
// open on, or the police area as a whole ("all"), and each scope's public source (source.ts),
// bound once on first use.
import type { Db } from "../db/open.ts";
import { createKommunRepo } from "../kommun/repo.ts";
import type { IsoDate } from "../period/dates.ts";
import { quarterOf, quarterStart } from "../period/quarters.ts";
import { createPublicSource, type PublicSource } from "./source.ts";

/** The police area as a whole, where a public answer takes `?kommun=`. */
export const ALL = "all";

/**
 * Where a kommun's released series of quarterly märk-DNA hand-outs begins: the first quarter of
 * its first promise period, fixed when first known (migration 015), so a period added before it or
 * a start edited later never moves it. Its one released stock counts the kits before it, so no
 * public answer releases a quarter of the kommun's kits before it (trends, police-area.ts).
 */
export function kitSeriesFrom(source: PublicSource): IsoDate | null {
  const fixed = source.kitSeriesFrom();
  if (fixed) return fixed;
  const first = source.periods()[0];
  return first ? quarterStart(quarterOf(first.starts_on)) : null;
}

/** @param preferred the kommun public answers are about when a request names none */
export function createPublicScopes(db: Db, preferred: string | undefined) {
  const sources = createPublicSource(db);
  const kommunRepo = createKommunRepo(db);

  const codes = () => kommunRepo.codes();
  const nameOf = (code: string) => kommunRepo.name(code) ?? code;
  const defaultKommun = () => {
    const all = codes();
    const d = preferred;
    return d && all.includes(d) ? d : all.includes("1230") ? "1230" : (all[0] ?? "1230");
  };
  /** True for a kommun this deployment covers, or "all". */
  const isScope = (scope: string) => scope === ALL || codes().includes(scope);

  // One scoped source per kommun (and for the police area), made on first use.
  const sourceMemo = new Map<string, PublicSource>();
  const sourceOf = (scope: string): PublicSource => {
    let s = sourceMemo.get(scope);
    if (!s) {
      s = sources.of(scope === ALL ? codes() : [scope]);
      sourceMemo.set(scope, s);
    }
    return s;
  };

  return {
    codes,
    nameOf,
    defaultKommun,
    isScope,
    sourceOf,
    kommuner: () => kommunRepo.list(),
    /** Each of the deployment's kommuner with its own source and where its kit series begins. */
    kommunSources: () =>
      codes().map((code) => {
        const source = sourceOf(code);
        return { code, source, kitsFrom: kitSeriesFrom(source) };
      }),
    /** A public page's query naming the kommun, empty for the default one. */
    query: (kommun: string) => (kommun === defaultKommun() ? "" : `?kommun=${kommun}`),
  };
}

export type PublicScopes = ReturnType<typeof createPublicScopes>;
