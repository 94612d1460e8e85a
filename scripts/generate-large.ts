// A large synthetic data set for scripts/bench-coverage.ts: 6 000 areas (a 100 × 60 grid of
// ~1 km cells over Skåne, about as many as Sweden's DeSO areas) and 1 000 000 presence records over
// 2018–2019 (points, routes and whole areas), in a fresh SQLite file with the real schema.
// Seeded (scripts/data/rng.ts), so the same arguments give the same file.
//
//   npx tsx scripts/generate-large.ts [--out /tmp/grannkoll-large.db] [--areas 6000]
//                                     [--presence 1000000] [--keep-triggers]
//
// For speed the load runs in one transaction without a rollback journal, with the presence indexes
// and the per-row triggers (data_version bump, coverage staleness) dropped and re-created after;
// --keep-triggers leaves them in place to measure what they cost.
import { rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { createCoverageEngine } from "../server/coverage/engine.ts";
import { formatUtc } from "../server/coverage/stockholm.ts";
import { openDb } from "../server/db/open.ts";
import { Rng } from "./data/rng.ts";

const { values: args } = parseArgs({
  options: {
    out: { type: "string", default: "/tmp/grannkoll-large.db" },
    areas: { type: "string", default: "6000" },
    presence: { type: "string", default: "1000000" },
    "keep-triggers": { type: "boolean", default: false },
  },
});
const AREAS = Number(args.areas);
const PRESENCE = Number(args.presence);
const COLS = Math.ceil(Math.sqrt(AREAS * (10 / 6)));
const [LON0, LAT0, DLON, DLAT] = [12.5, 55.4, 0.015, 0.009];
const FROM = Date.parse("2018-01-01T00:00:00Z");
const DAYS = 730;

const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(2);

for (const suffix of ["", "-wal", "-shm"]) rmSync(`${args.out}${suffix}`, { force: true });
const db = openDb(args.out);
db.pragma("journal_mode = OFF");
db.pragma("synchronous = OFF");

// Triggers and indexes on the two bulk-loaded tables, kept as SQL to re-create them after.
const saved = db
  .prepare<[], { type: string; sql: string; name: string }>(
    `SELECT type, name, sql FROM sqlite_master
     WHERE tbl_name IN ('areas', 'presence') AND type IN ('trigger', 'index') AND sql IS NOT NULL`,
  )
  .all()
  .filter((o) => o.type === "index" || !args["keep-triggers"]);
for (const o of saved) db.exec(`DROP ${o.type.toUpperCase()} ${o.name}`);

const rng = Rng.seeded(4_000_000);
const cell = (i: number) => ({
  x: LON0 + (i % COLS) * DLON,
  y: LAT0 + Math.floor(i / COLS) * DLAT,
});
const ids = Array.from({ length: AREAS }, (_, i) => String(10_000_000 + i));

let t0 = performance.now();
db.transaction(() => {
  const insert = db.prepare(
    `INSERT INTO areas (id, name, locality, households, households_method, eligible_voters, area_km2, geometry)
     VALUES (?, ?, 'Syntetisk', ?, 'synthetic', NULL, 0.95, ?)`,
  );
  ids.forEach((id, i) => {
    const { x, y } = cell(i);
    const ring = [
      [x, y],
      [x + DLON, y],
      [x + DLON, y + DLAT],
      [x, y + DLAT],
      [x, y],
    ];
    insert.run(
      id,
      `Ruta ${i + 1}`,
      rng.int(50, 2000),
      JSON.stringify({ type: "Polygon", coordinates: [ring] }),
    );
  });
})();
console.log(`${AREAS} areas in ${seconds(t0)} s`);

const ACTORS = ["police", "municipality", "volunteers", "other"];
const KINDS = ["foot", "car", "camper", "event", "other"];
// Start hours (UTC), weighted to evenings; some areas get far more presence than others.
const HOUR_WEIGHTS = Array.from({ length: 24 }, (_, h) =>
  h >= 15 && h <= 21 ? 6 : h >= 6 && h < 15 ? 2 : 1,
);
const busy = Array.from({ length: 200 }, () => rng.int(0, AREAS - 1));
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

t0 = performance.now();
db.transaction(() => {
  const insert = db.prepare(
    `INSERT INTO presence (area_id, starts_at, ends_at, actor, kind, lon, lat, route, notes, demo)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', 1)`,
  );
  for (let n = 0; n < PRESENCE; n++) {
    const a = rng.chance(0.2) ? rng.pick(busy) : rng.int(0, AREAS - 1);
    const start =
      FROM +
      rng.int(0, DAYS - 1) * 86_400_000 +
      rng.weighted(HOUR_WEIGHTS) * 3_600_000 +
      rng.int(0, 59) * 60_000;
    const minutes = rng.chance(0.15) ? rng.int(1, 9) : rng.int(10, 120);
    const { x, y } = cell(a);
    const px = round6(x + rng.unit() * DLON);
    const py = round6(y + rng.unit() * DLAT);
    const place = rng.int(0, 99);
    let [lon, lat, route]: [number | null, number | null, string | null] = [px, py, null];
    if (place >= 90)
      [lon, lat] = [null, null]; // 10 %: the whole area
    else if (place >= 75) {
      // 15 %: a route of 2–6 points, steps of up to ~400 m
      const coords = [[px, py]];
      for (let k = rng.int(1, 5); k > 0; k--) {
        const [lx, ly] = coords.at(-1) as number[];
        coords.push([
          round6((lx as number) + (rng.unit() - 0.5) * 0.012),
          round6((ly as number) + (rng.unit() - 0.5) * 0.007),
        ]);
      }
      route = JSON.stringify({ type: "LineString", coordinates: coords });
    }
    insert.run(
      ids[a],
      formatUtc(start),
      formatUtc(start + minutes * 60_000),
      rng.pick(ACTORS),
      rng.pick(KINDS),
      lon,
      lat,
      route,
    );
  }
})();
console.log(
  `${PRESENCE} presence rows in ${seconds(t0)} s (triggers ${args["keep-triggers"] ? "kept" : "dropped"})`,
);

t0 = performance.now();
for (const o of saved) db.exec(o.sql);
db.exec("UPDATE coverage_state SET stale = 1");
console.log(`indexes and triggers re-created in ${seconds(t0)} s`);

// Back to the app's journal mode before the rebuild: its helper thread reads alongside.
db.pragma("journal_mode = WAL");
t0 = performance.now();
const result = createCoverageEngine(db).recompute();
console.log(
  `coverage: ${result.buffered_areas} areas buffered, ${result.rows} rows from ${result.presences} presences in ${seconds(t0)} s (${result.threads} threads)`,
);
db.exec("ANALYZE");
db.close();
console.log(`wrote ${args.out}; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
