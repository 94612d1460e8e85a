// The helper thread's half of a parallel rebuild (see parallel.ts): it reads its range of presence
// rows through its own read-only connection, in one read transaction together with data_version,
// so the main thread can check that both halves saw the same data.
import Database from "better-sqlite3";
import { TotalsAccumulator } from "./accumulate.ts";
import { collect, PRESENCE_RANGE_SQL, type PresenceTuple } from "./collect.ts";
import type { HalfJob, HalfResult } from "./parallel.ts";
import { compileRules } from "./settings.ts";

export function runHalf(job: HalfJob): HalfResult {
  const db = new Database(job.dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.transaction((): HalfResult => {
      const version = db
        .prepare<[], string>("SELECT value FROM meta WHERE key = 'data_version'")
        .pluck()
        .get();
      const acc = new TotalsAccumulator(job.index.ids.length, 1 << 20);
      const rows = db
        .prepare<{ after: number; upTo: number }, PresenceTuple>(PRESENCE_RANGE_SQL)
        .raw();
      const read = collect(
        rows.iterate({ after: job.after, upTo: job.upTo }),
        job.index,
        compileRules(job.settings),
        acc,
      );
      return { ok: true, version: Number(version), rows: read, parts: acc.parts() };
    })();
  } finally {
    db.close();
  }
}
