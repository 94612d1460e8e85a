// data/promises.json into a database: each kommun's real, signed promise periods (never demo),
// for the kommuner the database covers. Read and checked before the seed's transaction, inserted
// inside it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "../db/open.ts";
import { createPromiseRepo } from "./repo.ts";
import { type PromisesFile, promisesFile } from "./schema.ts";

export const PROMISES_FILE = "promises.json";
/** The project's own copy: used when a data folder (e.g. a test fixture) has none of its own. */
const BUNDLED = join(import.meta.dirname, "..", "..", "data", PROMISES_FILE);

export function readPromisesFile(dataDir: string): PromisesFile {
  const own = join(dataDir, PROMISES_FILE);
  const path = existsSync(own) ? own : BUNDLED;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`Cannot read ${path}: ${(err as Error).message}`);
  }
  const parsed = promisesFile.safeParse(json);
  if (!parsed.success) throw new Error(`${path} is not valid: ${parsed.error.message}`);
  return parsed.data;
}

/** Inserts the periods of the kommuner given (the file's others are left out). */
export function insertPromises(db: Db, file: PromisesFile, kommuner: readonly string[]): void {
  const repo = createPromiseRepo(db);
  for (const own of file.kommuner) {
    if (!kommuner.includes(own.kommun)) continue;
    for (const { promises, ...period } of own.periods) {
      const periodId = repo.createPeriod({ ...period, kommun: own.kommun });
      promises.forEach((p, i) => {
        const { progress, ...body } = "progress" in p ? p : { ...p, progress: undefined };
        const deadline = body.deadline ?? period.ends_on;
        const id = repo.createPromise(periodId, { ...body, position: i, deadline });
        for (const e of progress ?? []) repo.addProgress(id, e);
      });
    }
  }
}

/**
 * For a database in use: loads the periods of each kommun it covers that has never had one (a
 * database made before promises existed, or a Staffanstorp database upgraded to the police area,
 * whose other kommuner come with their areas). A planner's deleted period stays deleted, and a
 * kommun that has periods keeps exactly those. Returns the kommuner given periods.
 */
export function insertPromisesIfNone(db: Db, dataDir: string): string[] {
  const lacking = db
    .prepare<[], string>(
      `SELECT code FROM kommuner k WHERE NOT EXISTS
         (SELECT 1 FROM promise_periods p WHERE p.kommun = k.code) ORDER BY code`,
    )
    .pluck()
    .all();
  if (lacking.length === 0) return [];
  const file = readPromisesFile(dataDir);
  db.transaction(() => insertPromises(db, file, lacking))();
  return lacking;
}
