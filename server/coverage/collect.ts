// The inner loop of a full recomputation: every presence row → the areas it counts for → its
// pieces per local day and band → the accumulator. Shared by the engine and its helper thread
// (rebuild-worker.ts), so both halves of a parallel rebuild count exactly alike. Pure.
import type { TotalsAccumulator } from "./accumulate.ts";
import { Pieces, splitInto } from "./bands.ts";
import type { AreaIndex } from "./geometry.ts";
import { isEffective } from "./minutes.ts";
import { countsFor, placeOf } from "./place.ts";
import type { Rules } from "./settings.ts";
import { parseUtc } from "./stockholm.ts";

/** starts_at, ends_at, area_id, lon, lat, route: the columns a rebuild reads, in this order. */
export type PresenceTuple = [string, string, string, number | null, number | null, string | null];

/** Live presence rows with ids in (@after, @upTo], as PresenceTuple. */
export const PRESENCE_RANGE_SQL = `SELECT starts_at, ends_at, area_id, lon, lat, route FROM presence
  WHERE id > @after AND id <= @upTo AND deleted_at IS NULL`;

/** Adds every row's totals to `acc`; returns how many rows were read. */
export function collect(
  rows: Iterable<PresenceTuple>,
  ix: AreaIndex,
  rules: Pick<Rules, "bands" | "effectiveSeconds">,
  acc: TotalsAccumulator,
): number {
  const pieces = new Pieces();
  let read = 0;
  for (const [s, e, area_id, lon, lat, route] of rows) {
    read++;
    const areas = countsFor(ix, placeOf({ area_id, lon, lat, route }));
    if (areas.length === 0) continue;
    const startMs = parseUtc(s);
    const endMs = parseUtc(e);
    const effective = isEffective(startMs, endMs, rules.effectiveSeconds);
    const n = splitInto(rules.bands, startMs, endMs, pieces);
    for (let i = 0; i < n; i++) {
      const day = pieces.day[i] as number;
      const band = pieces.band[i] as number;
      const seconds = pieces.sec[i] as number;
      for (let k = 0; k < areas.length; k++)
        acc.add(areas[k] as number, day, band, seconds, effective, i === 0);
    }
  }
  return read;
}
