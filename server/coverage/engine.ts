// Coverage computed on write. Every presence write runs through `write()`: one transaction that
// first rebuilds the totals if something left them stale, then lets the caller write and `apply()`
// each changed presence (old totals out, new totals in), and finally marks them current. A full
// rebuild (`recompute()`) gives the same rows; test/integration/coverage.test.ts checks that.
import type { Db } from "../db/open.ts";
import { TotalsAccumulator } from "./accumulate.ts";
import { collect, PRESENCE_RANGE_SQL, type PresenceTuple } from "./collect.ts";
import { createIndexStore } from "./index-store.ts";
import { forEachTotal } from "./minutes.ts";
import { startHalf } from "./parallel.ts";
import { countsFor, type PlaceColumns, placeOf } from "./place.ts";
import type { CoverageSettings } from "./settings.ts";
import { parseUtc } from "./stockholm.ts";

export interface PresenceGeo extends PlaceColumns {
  starts_at: string;
  ends_at: string;
}

export interface RecomputeResult {
  presences: number;
  rows: number;
  buffered_areas: number;
  /** 2 when the helper thread collected half of the presences (large data sets only). */
  threads: 1 | 2;
  ms: number;
}

const BATCH = 100; // rows per INSERT statement in a rebuild

export interface EngineOptions {
  /** Presence id span from which a rebuild uses the helper thread (default 200 000). */
  parallelFrom?: number;
}

export function createCoverageEngine(db: Db, { parallelFrom = 200_000 }: EngineOptions = {}) {
  const store = createIndexStore(db);
  const isStale = db.prepare<[], number>("SELECT stale FROM coverage_state WHERE id = 1").pluck();
  const markFresh = db.prepare("UPDATE coverage_state SET stale = 0 WHERE id = 1");
  const markComputed = db.prepare(
    "UPDATE coverage_state SET computed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1",
  );
  const range = db
    .prepare<{ after: number; upTo: number }, PresenceTuple>(PRESENCE_RANGE_SQL)
    .raw();
  const idSpan = db.prepare<[], { lo: number; hi: number }>(
    "SELECT COALESCE(MIN(id), 0) AS lo, COALESCE(MAX(id), 0) AS hi FROM presence",
  );
  const version = db
    .prepare<[], number>("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'data_version'")
    .pluck();
  const clear = db.prepare("DELETE FROM coverage_daily");
  const row = "(?, ?, ?, ?, ?, ?, ?)";
  const insertOne = db.prepare(`INSERT INTO coverage_daily VALUES ${row}`);
  const insertMany = db.prepare(
    `INSERT INTO coverage_daily VALUES ${Array(BATCH).fill(row).join(", ")}`,
  );
  const upsert = db.prepare(
    `INSERT INTO coverage_daily VALUES ${row}
     ON CONFLICT (area_id, day, band) DO UPDATE SET eff_s = eff_s + excluded.eff_s,
       eff_n = eff_n + excluded.eff_n, short_s = short_s + excluded.short_s,
       short_n = short_n + excluded.short_n`,
  );
  const prune = db.prepare(
    `DELETE FROM coverage_daily WHERE area_id = ? AND day = ? AND band = ?
     AND eff_s = 0 AND eff_n = 0 AND short_s = 0 AND short_n = 0`,
  );

  /**
   * Rebuilds buffers (where missing) and every total; runs inside the caller's transaction. Above
   * `parallelFrom` presence ids the helper thread collects the upper half (parallel.ts); it must
   * have seen the same data_version, or this thread collects that half too.
   */
  function rebuild(): RecomputeResult {
    const t0 = performance.now();
    const buffered = store.refreshBuffers();
    const ix = store.index();
    const rules = store.rules();
    const acc = new TotalsAccumulator(ix.ids.length, 1 << 20);
    const { lo, hi } = idSpan.get() ?? { lo: 0, hi: 0 };
    const split = !db.memory && hi - lo >= parallelFrom;
    const mid = split ? Math.floor((lo + hi) / 2) : hi;
    const job = { dbPath: db.name, after: mid, upTo: hi, index: ix, settings: rules.settings };
    const helper = split ? startHalf(job) : null;
    let presences = collect(range.iterate({ after: lo - 1, upTo: mid }), ix, rules, acc);
    let threads: 1 | 2 = 1;
    if (mid < hi) {
      const half = helper?.();
      if (half && half.version === version.get()) {
        acc.append(half.parts);
        presences += half.rows;
        threads = 2;
      } else presences += collect(range.iterate({ after: mid, upTo: hi }), ix, rules, acc);
    }
    clear.run();
    let rows = 0;
    const batch: (string | number)[] = [];
    acc.forEachRow((a, day, band, effS, effN, shortS, shortN) => {
      batch.push(ix.ids[a] as string, day, band, effS, effN, shortS, shortN);
      rows++;
      if (batch.length === BATCH * 7) {
        insertMany.run(batch);
        batch.length = 0;
      }
    });
    for (let i = 0; i < batch.length; i += 7) insertOne.run(batch.slice(i, i + 7));
    markFresh.run();
    markComputed.run();
    return {
      presences,
      rows,
      buffered_areas: buffered,
      threads,
      ms: Math.round(performance.now() - t0),
    };
  }

  function ensureFresh() {
    if (isStale.get() === 1) db.transaction(rebuild)();
  }

  function applyOne(p: PresenceGeo, sign: 1 | -1) {
    const ix = store.index();
    const { bands, effectiveSeconds } = store.rules();
    const areas = countsFor(ix, placeOf(p)).map((i) => ix.ids[i] as string);
    const touched: [string, number, number][] = [];
    forEachTotal(
      bands,
      parseUtc(p.starts_at),
      parseUtc(p.ends_at),
      effectiveSeconds,
      (day, band, effS, effN, shortS, shortN) => {
        for (const area of areas) {
          upsert.run(area, day, band, sign * effS, sign * effN, sign * shortS, sign * shortN);
          touched.push([area, day, band]);
        }
      },
    );
    if (sign < 0) for (const key of touched) prune.run(key);
  }

  return {
    rules: () => store.rules(),
    /** The buffered-area index, after bringing the totals up to date. */
    index: () => {
      ensureFresh();
      return store.index();
    },
    ensureFresh,

    /** One transaction around a presence write, with the totals current before and after it. */
    write<T>(fn: () => T): T {
      return db.transaction(() => {
        if (isStale.get() === 1) rebuild();
        const result = fn();
        markFresh.run();
        return result;
      })();
    },

    /** Inside write(): moves one presence's totals from `before` to `after` (either may be null). */
    apply(before: PresenceGeo | null, after: PresenceGeo | null) {
      if (before) applyOne(before, -1);
      if (after) applyOne(after, 1);
    },

    /** Rebuilds every total from the presence rows, in one transaction with `audit` (if given). */
    recompute: (audit?: (r: RecomputeResult) => void): RecomputeResult =>
      db.transaction(() => {
        const r = rebuild();
        audit?.(r);
        return r;
      })(),

    /** Stores new rules and rebuilds everything with them; call inside write(). */
    saveSettingsAndRebuild(s: CoverageSettings): RecomputeResult {
      store.saveSettings(s);
      return rebuild();
    },
  };
}

export type CoverageEngine = ReturnType<typeof createCoverageEngine>;
