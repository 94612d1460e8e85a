// data/promises-2018-2019.json into a new database: read and checked before the seed's
// transaction, inserted inside it. These are the real signed promises, so never flagged as demo.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "../db/open.ts";
import { createPromiseRepo } from "./repo.ts";
import { type PromisesFile, promisesFile } from "./schema.ts";

export const PROMISES_FILE = "promises-2018-2019.json";
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

export function insertPromises(db: Db, file: PromisesFile): void {
  const repo = createPromiseRepo(db);
  for (const { promises, ...period } of file.periods) {
    const periodId = repo.createPeriod(period);
    promises.forEach((p, i) => {
      const { progress, ...body } = "progress" in p ? p : { ...p, progress: undefined };
      const deadline = body.deadline ?? period.ends_on;
      const id = repo.createPromise(periodId, { ...body, position: i, deadline });
      for (const e of progress ?? []) repo.addProgress(id, e);
    });
  }
}

/**
 * For a database seeded before promises existed (migration 005 added the tables): loads the file
 * once, when no period has ever been recorded. A planner's deleted period stays deleted.
 */
export function insertPromisesIfNone(db: Db, dataDir: string): boolean {
  const none = db.prepare("SELECT NOT EXISTS (SELECT 1 FROM promise_periods)").pluck().get() === 1;
  if (!none) return false;
  const file = readPromisesFile(dataDir);
  db.transaction(() => insertPromises(db, file))();
  return true;
}
