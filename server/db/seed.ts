// Fills a new database from the embedded data set in data/: the real areas and the demo activity.
// Everything goes in one transaction, so a bad file leaves the database empty rather than half-filled.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { KOMMUN_NAMES } from "../kommun/names.ts";
import { insertLagesbild, readLagesbildFile } from "../lagesbild/seed-file.ts";
import { insertPromises, insertPromisesIfNone, readPromisesFile } from "../promises/seed-file.ts";
import type { Db } from "./open.ts";
import { type ActivityFile, type AreasFile, activityFile, areasFile } from "./seed-schema.ts";

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`Cannot read ${path}: ${(err as Error).message}`);
  }
}

function parse<T>(
  path: string,
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: Error } },
) {
  const result = schema.safeParse(readJson(path));
  if (!result.success) throw new Error(`${path} is not valid: ${result.error.message}`);
  return result.data;
}

export function isSeeded(db: Db): boolean {
  return db.prepare("SELECT EXISTS (SELECT 1 FROM areas)").pluck().get() === 1;
}

/**
 * Loads data/ into an empty database, for the kommuner given (all of the data set's when none
 * are), or, in a database that has areas already, adds the areas of any given kommun it lacks
 * (see addKommuner). Returns true when the database was empty.
 */
export function seedIfEmpty(db: Db, dataDir: string, kommuner?: readonly string[]): boolean {
  const areas = parse(join(dataDir, "areas.geojson"), areasFile);
  if (kommuner) requireInData(areas, kommuner, dataDir);
  if (isSeeded(db)) {
    if (kommuner) addKommuner(db, areas, kommuner);
    // Each kommun without promise periods gets its own: one created before migration 005, and
    // the kommuner just added to a database upgraded to the police area.
    insertPromisesIfNone(db, dataDir);
    return false;
  }
  const activityPath = join(dataDir, "demo-activity.json");
  const activity = existsSync(activityPath) ? parse(activityPath, activityFile) : undefined;
  const lagesbild = readLagesbildFile(dataDir);
  const promises = readPromisesFile(dataDir);
  db.transaction(() => {
    insertAreas(db, areas, kommuner);
    // Rows of the data set's areas in kommuner not configured are left out; a row naming an area
    // the data set does not have at all still fails on its foreign key, as a bad file should.
    const seeded = new Set(db.prepare<[], string>("SELECT id FROM areas").pluck().all());
    const leftOut = new Set(
      areas.features.map((f) => f.properties.id).filter((id) => !seeded.has(id)),
    );
    const inKommuner = (areaId: string) => !leftOut.has(areaId);
    if (activity) insertActivity(db, onlyAreas(activity, inKommuner), true);
    if (lagesbild) insertLagesbild(db, lagesbild, true, inKommuner);
    const seededKommuner = db.prepare<[], string>("SELECT code FROM kommuner").pluck().all();
    insertPromises(db, promises, seededKommuner); // the real signed promises: not demo
  })();
  return true;
}

/** Every configured kommun must have areas in the data set: say how to build them if not. */
function requireInData(areas: AreasFile, kommuner: readonly string[], dataDir: string) {
  const present = new Set(areas.features.map((f) => kommunOf(f.properties)));
  const missing = kommuner.filter((k) => !present.has(k));
  if (missing.length > 0) {
    throw new Error(
      `KOMMUNER names ${missing.join(", ")}, but ${join(dataDir, "areas.geojson")} has no areas ` +
        `of ${missing.length === 1 ? "that kommun" : "those kommuner"}: build the data set for ` +
        `them with KOMMUNER=${kommuner.join(",")} npm run build:data (see data/README.md)`,
    );
  }
}

/**
 * A running installation that is configured for more kommuner than its database has (e.g. a
 * Staffanstorp database after the upgrade to the police area): adds those kommuner's areas from
 * the data set, in one transaction. Records of the kommuner it had are left as they are, and no
 * demo activity is added to a database that is in use.
 */
export function addKommuner(db: Db, areas: AreasFile, kommuner: readonly string[]): string[] {
  const have = new Set(db.prepare<[], string>("SELECT DISTINCT kommun FROM areas").pluck().all());
  const lacking = kommuner.filter((k) => !have.has(k));
  if (lacking.length === 0) return [];
  return db.transaction(() => insertAreas(db, areas, lacking))();
}

/** The activity of the areas `keep` accepts (a message goes with its first area). */
function onlyAreas(a: ActivityFile, keep: (areaId: string) => boolean): ActivityFile {
  const visits = a.visits.filter((v) => keep(v.area_id));
  const visitIds = new Set(visits.map((v) => v.id));
  return {
    ...a,
    watch_groups: a.watch_groups.filter((g) => keep(g.area_id)),
    visits,
    dna_kits: a.dna_kits.filter(
      (k) => keep(k.area_id) && (k.visit_id == null || visitIds.has(k.visit_id)),
    ),
    presence: a.presence.filter((p) => keep(p.area_id)),
    burglaries: a.burglaries.filter((b) => keep(b.area_id)),
    messages: a.messages.filter((m) => m.area_ids.length > 0 && keep(m.area_ids[0] as string)),
  };
}

/** The kommun an area of the data set belongs to: its own property, or its id's first digits. */
export const kommunOf = (p: { id: string; kommun?: string | undefined }) =>
  p.kommun ?? p.id.slice(0, 4);

/**
 * Inserts the areas of the given kommuner (all when none are given) and the kommuner themselves;
 * returns the kommun codes inserted.
 */
export function insertAreas(db: Db, file: AreasFile, kommuner?: readonly string[]): string[] {
  const stmt = db.prepare(`INSERT INTO areas
    (id, name, locality, households, households_method, eligible_voters, area_km2, geometry, kommun)
    VALUES (@id, @name, @locality, @households, @households_method, @eligible_voters, @area_km2,
            @geometry, @kommun)`);
  const kommun = db.prepare("INSERT OR IGNORE INTO kommuner (code, name) VALUES (?, ?)");
  const inserted = new Set<string>();
  for (const f of file.features) {
    const code = kommunOf(f.properties);
    if (kommuner && !kommuner.includes(code)) continue;
    const { kommun_name, ...p } = f.properties;
    stmt.run({ ...p, kommun: code, geometry: JSON.stringify(f.geometry) });
    kommun.run(code, kommun_name ?? KOMMUN_NAMES[code] ?? code);
    inserted.add(code);
  }
  return [...inserted];
}

export function insertActivity(db: Db, a: ActivityFile, demo: boolean): void {
  const d = demo ? 1 : 0;
  const group = db.prepare(`INSERT INTO watch_groups
    (id, area_id, name, status, households, started_on, contact_name, contact_phone, contact_email,
     inactive_since, demo)
    VALUES (@id, @area_id, @name, @status, @households, @started_on, @contact_name, @contact_phone,
     @contact_email, @inactive_since, ${d})`);
  for (const g of a.watch_groups) group.run({ ...g, inactive_since: g.inactive_since ?? null });

  const visit = db.prepare(`INSERT INTO visits
    (id, area_id, kind, date, topic, organisers, attendees, lon, lat, notes, demo)
    VALUES (@id, @area_id, @kind, @date, @topic, @organisers, @attendees, @lon, @lat, @notes, ${d})`);
  for (const v of a.visits) visit.run({ ...v, organisers: JSON.stringify(v.organisers) });

  const kit = db.prepare(`INSERT INTO dna_kits (id, area_id, handed_out_on, kits, visit_id, demo)
    VALUES (@id, @area_id, @handed_out_on, @kits, @visit_id, ${d})`);
  for (const k of a.dna_kits) kit.run(k);

  const presence = db.prepare(`INSERT INTO presence
    (id, area_id, starts_at, ends_at, actor, kind, lon, lat, notes, demo)
    VALUES (@id, @area_id, @starts_at, @ends_at, @actor, @kind, @lon, @lat, @notes, ${d})`);
  for (const p of a.presence) presence.run(p);

  const burglary = db.prepare(`INSERT INTO burglaries (area_id, quarter, count, demo)
    VALUES (@area_id, @quarter, @count, ${d})`);
  for (const b of a.burglaries) burglary.run(b);

  // A message is for the kommun of its areas (the data set never mixes kommuner in one message).
  const message = db.prepare(`INSERT INTO messages (id, sent_on, channel, subject, demo, kommun)
    VALUES (@id, @sent_on, @channel, @subject, ${d},
            COALESCE((SELECT kommun FROM areas WHERE id = @first_area), '1230'))`);
  const target = db.prepare("INSERT INTO message_areas (message_id, area_id) VALUES (?, ?)");
  for (const m of a.messages) {
    message.run({ ...m, first_area: m.area_ids[0] ?? null });
    for (const areaId of m.area_ids) target.run(m.id, areaId);
  }
}
