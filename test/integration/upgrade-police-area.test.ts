// Upgrading a running Staffanstorp installation to the police area (issue 15): a database file
// written by the previous schema (migrations up to 013, Staffanstorp's 17 areas, records of every
// kind, accounts, sessions, audit rows and the signed promises) is opened by the current code and
// seeded for the four kommuner, as the server does on start. Its records keep their areas, its
// accounts and audit rows become Staffanstorp's, the three other kommuner's areas and promises
// are added, and every row of every old table is still there, unchanged.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { createAuth } from "../../server/auth/auth.ts";
import { SESSION_COOKIE } from "../../server/auth/guard.ts";
import { listMigrations, migrate } from "../../server/db/migrate.ts";
import { openDb } from "../../server/db/open.ts";
import { seedIfEmpty } from "../../server/db/seed.ts";
import { EMBEDDED_DATA, TEST_NOW } from "../helpers/test-app.ts";

const KOMMUNER = ["1230", "1231", "1261", "1262"];
const dir = mkdtempSync(join(tmpdir(), "grannkoll-upgrade-"));
const dbPath = join(dir, "old.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Feature {
  properties: Record<string, unknown> & { id: string; kommun: string };
  geometry: unknown;
}
const features = (
  JSON.parse(readFileSync(join(EMBEDDED_DATA, "areas.geojson"), "utf8")) as {
    features: Feature[];
  }
).features;
const promisesFile = JSON.parse(readFileSync(join(EMBEDDED_DATA, "promises.json"), "utf8")) as {
  kommuner: { kommun: string; periods: { name: string; promises: unknown[] }[] }[];
};

const TOKEN = "old-session-token-of-the-planner";
const digest = (token: string) => createHash("sha256").update(token).digest("base64url");

/** The database as the previous version left it: schema 013, Staffanstorp's areas and records. */
function writeOldDatabase() {
  const db = new Database(dbPath);
  db.pragma("foreign_keys = ON");
  migrate(
    db,
    listMigrations().filter((m) => m.version <= 13),
  );
  const area = db.prepare(`INSERT INTO areas
    (id, name, locality, households, households_method, eligible_voters, area_km2, geometry)
    VALUES (@id, @name, @locality, @households, @households_method, @eligible_voters, @area_km2,
      @geometry)`);
  const staffanstorp = features.filter((f) => f.properties.kommun === "1230");
  for (const f of staffanstorp) {
    const { kommun: _k, kommun_name: _n, ...p } = f.properties;
    area.run({ ...p, geometry: JSON.stringify(f.geometry) });
  }
  const [a1, a2] = staffanstorp.map((f) => f.properties.id) as [string, string];
  db.exec(`
    INSERT INTO visits (id, area_id, kind, date, topic, attendees) VALUES
      (1, '${a1}', 'info_session', '2019-03-02', 'grannsamverkan', 30),
      (2, '${a2}', 'safety_walk', '2019-04-10', 'other', 12);
    INSERT INTO walk_findings (visit_id, text, owner) VALUES (2, 'Trasig belysning', 'Kommunen');
    INSERT INTO watch_groups (id, area_id, name, status, households, started_on, contact_name)
      VALUES (1, '${a1}', 'Grannsamverkan Kyrkheddinge', 'active', 40, '2018-05-01', 'Anna A');
    INSERT INTO dna_kits (area_id, handed_out_on, kits, visit_id) VALUES ('${a1}', '2019-03-02', 25, 1);
    INSERT INTO presence (area_id, starts_at, ends_at, actor, kind) VALUES
      ('${a2}', '2019-05-01T18:00:00Z', '2019-05-01T18:40:00Z', 'police', 'foot');
    INSERT INTO burglaries (area_id, quarter, count) VALUES ('${a1}', '2019-Q1', 3);
    INSERT INTO messages (id, sent_on, channel, subject) VALUES (1, '2019-01-15', 'coyards', 'Inbrott');
    INSERT INTO message_areas (message_id, area_id) VALUES (1, '${a1}'), (1, '${a2}');
    INSERT INTO lagesbild (id, week, date) VALUES (1, '2019-W18', '2019-04-30');
    INSERT INTO lagesbild_areas (lagesbild_id, area_id, reason) VALUES (1, '${a2}', 'Inbrott');
    INSERT INTO accounts (id, username, role, password_hash) VALUES
      (1, 'planerare', 'planner', 'x'), (2, 'polis', 'police', 'x'), (3, 'admin', 'admin', 'x');
    INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, last_seen_at, expires_at)
      VALUES ('${digest(TOKEN)}', 1, 'csrf', '2026-11-30T11:59:00.000Z',
        '2026-11-30T11:59:00.000Z', '2026-11-30T23:00:00.000Z');
    INSERT INTO audit_log (actor, action, entity, entity_id, detail) VALUES
      ('planerare', 'create', 'visits', '1', '{}'),
      ('polis', 'create', 'presence', '1', '{}'),
      ('admin', 'create', 'accounts', '1', '{}');
    INSERT INTO promise_periods (id, name, starts_on, ends_on) VALUES
      (1, 'Medborgarlöften 2018–2019', '2018-07-13', '2019-12-31');
    INSERT INTO promises (id, period_id, category, title_sv, title_en, target, deadline, evidence)
      VALUES (1, 1, 'activity', 'Fem träffar', 'Five sessions', 5, '2019-12-31', 'info_session');
    INSERT INTO promise_progress (promise_id, date, amount) VALUES (1, '2019-02-01', 1);
  `);
  db.close();
}

type Snapshot = Map<string, { columns: string[]; rows: string[] }>;

/** Every row of every table, over the columns the table has now. */
function snapshot(db: Database.Database, columnsOf?: Snapshot): Snapshot {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  const out: Snapshot = new Map();
  for (const table of tables) {
    const columns =
      columnsOf?.get(table)?.columns ??
      (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
    const list = columns.map((c) => `"${c}"`).join(", ");
    const rows = db
      .prepare(`SELECT ${list} FROM "${table}"`)
      .all()
      .map((r) => JSON.stringify(r))
      .sort();
    out.set(table, { columns, rows });
  }
  return out;
}

writeOldDatabase();
const before = (() => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return snapshot(db);
  } finally {
    db.close();
  }
})();

// The server's start: open (migrate) and seed for the configured kommuner.
const db = openDb(dbPath);
seedIfEmpty(db, EMBEDDED_DATA, KOMMUNER);
afterAll(() => db.close());
const after = snapshot(db, before);

describe("a Staffanstorp database of the previous version, upgraded", () => {
  it("keeps every row of every old table, unchanged", () => {
    // Tables the upgrade adds to: the new kommuner's areas and promises (with their sourced
    // progress entries); the data version moves.
    const grows = new Set([
      "areas",
      "promise_periods",
      "promises",
      "promise_progress",
      "meta",
      "schema_migrations",
    ]);
    for (const [table, { rows }] of before) {
      const now = after.get(table)?.rows ?? [];
      if (grows.has(table)) {
        const kept = new Set(now);
        if (table !== "meta")
          expect(
            rows.filter((r) => !kept.has(r)),
            table,
          ).toEqual([]);
      } else {
        expect(now, table).toEqual(rows);
      }
    }
    expect(before.get("visits")?.rows).toHaveLength(2);
  });

  it("keeps its records in their areas, now Staffanstorp's, and adds the other kommuner' areas", () => {
    const perKommun = db
      .prepare("SELECT kommun, count(*) AS n FROM areas GROUP BY kommun ORDER BY kommun")
      .all();
    const expected = KOMMUNER.map((k) => ({
      kommun: k,
      n: features.filter((f) => f.properties.kommun === k).length,
    }));
    expect(perKommun).toEqual(expected);
    expect(
      db
        .prepare(`SELECT DISTINCT a.kommun FROM visits v JOIN areas a ON a.id = v.area_id
          UNION SELECT DISTINCT a.kommun FROM presence p JOIN areas a ON a.id = p.area_id`)
        .pluck()
        .all(),
    ).toEqual(["1230"]);
    expect(db.prepare("SELECT kommun FROM messages").pluck().all()).toEqual(["1230"]);
    // No demo activity is added to a database in use.
    expect(db.prepare("SELECT count(*) FROM visits").pluck().get()).toBe(2);
  });

  it("makes its accounts Staffanstorp's (the police the police area's) and its audit rows Staffanstorp's", () => {
    const accounts = db
      .prepare(`SELECT a.username, a.scope, (SELECT json_group_array(kommun) FROM account_kommuner k
        WHERE k.account_id = a.id) AS kommuner FROM accounts a ORDER BY a.id`)
      .all();
    expect(accounts).toEqual([
      { username: "planerare", scope: "kommun", kommuner: '["1230"]' },
      { username: "polis", scope: "police_area", kommuner: "[]" },
      { username: "admin", scope: "kommun", kommuner: '["1230"]' },
    ]);
    expect(db.prepare("SELECT DISTINCT kommun FROM audit_log").pluck().all()).toEqual(["1230"]);
  });

  it("keeps Staffanstorp's promises as they were and adds the other kommuner's", () => {
    const periods = db
      .prepare("SELECT kommun, name FROM promise_periods ORDER BY kommun, starts_on, id")
      .all();
    const others = promisesFile.kommuner
      .filter((k) => k.kommun !== "1230")
      .flatMap((k) => k.periods.map((p) => ({ kommun: k.kommun, name: p.name })));
    expect(periods).toEqual([{ kommun: "1230", name: "Medborgarlöften 2018–2019" }, ...others]);
    // Staffanstorp has periods: the seed does not add the file's again.
    expect(db.prepare("SELECT count(*) FROM promises WHERE period_id = 1").pluck().get()).toBe(1);
    // A second start adds nothing.
    const count = () => db.prepare("SELECT count(*) FROM promise_periods").pluck().get();
    const n = count();
    seedIfEmpty(db, EMBEDDED_DATA, KOMMUNER);
    expect(count()).toBe(n);
  });

  it("lets the old planner's session go on, working for Staffanstorp", async () => {
    const clock = () => TEST_NOW;
    const app = createApp({ db, dataDir: EMBEDDED_DATA, clock, auth: createAuth(db, { clock }) });
    const headers = { cookie: `${SESSION_COOKIE}=${TOKEN}` };
    const work = await app.request("/api/meta/work", { headers });
    expect(work.status).toBe(200);
    const body = (await work.json()) as { kommuner: { code: string }[] };
    expect(body.kommuner.map((k) => k.code)).toEqual(["1230"]);
    const periods = await app.request("/api/promise-periods", { headers });
    const list = ((await periods.json()) as { periods: { id: number; kommun: string }[] }).periods;
    expect(list).toEqual([expect.objectContaining({ id: 1, kommun: "1230" })]);
  });
});
