// data/demo-lagesbild.json (made by scripts/demo-lagesbild.ts) into a new database: read and
// checked before the seed's transaction starts, inserted inside it, flagged as demo.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "../db/open.ts";
import { createLagesbildRepo } from "./repo.ts";
import { type LagesbildFile, lagesbildFile } from "./schema.ts";

export const LAGESBILD_FILE = "demo-lagesbild.json";

/** The file's entries, or undefined when the data folder has none. */
export function readLagesbildFile(dataDir: string): LagesbildFile | undefined {
  const path = join(dataDir, LAGESBILD_FILE);
  if (!existsSync(path)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`Cannot read ${path}: ${(err as Error).message}`);
  }
  const parsed = lagesbildFile.safeParse(json);
  if (!parsed.success) throw new Error(`${path} is not valid: ${parsed.error.message}`);
  return parsed.data;
}

/** Inserts the entries; `keep` (default: every area) picks the flagged areas of the kommuner seeded. */
export function insertLagesbild(
  db: Db,
  file: LagesbildFile,
  demo: boolean,
  keep: (areaId: string) => boolean = () => true,
): void {
  const repo = createLagesbildRepo(db);
  for (const { areas, ...entry } of file.entries) {
    repo.insert(
      entry,
      areas.filter((a) => keep(a.area_id)),
      demo,
    );
  }
}
