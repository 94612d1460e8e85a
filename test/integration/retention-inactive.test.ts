// Contact-detail retention counts from the date a watch group became inactive, not from the day
// its row was made: groups imported or seeded as already inactive lose their contact persons
// when that date is past the retention period (24 months; the test clock is 2026-11-30T12:00Z,
// so the cutoff is 2024-11-30T12:00Z), whatever day they were entered.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { runRetention } from "../../server/admin/run-retention.ts";
import { listMigrations, migrate } from "../../server/db/migrate.ts";
import { importClient } from "../helpers/import-client.ts";
import { jsonSender } from "../helpers/json-request.ts";
import { createTestApp, EMBEDDED_DATA, TEST_NOW } from "../helpers/test-app.ts";

const clock = () => TEST_NOW;
const contactOf = (t: ReturnType<typeof createTestApp>, name: string) =>
  t.db.prepare("SELECT contact_name FROM watch_groups WHERE name = ?").pluck().get(name) as
    | string
    | null;

describe("groups imported as inactive", () => {
  const t = createTestApp();
  afterAll(() => t.close());
  const { upload } = importClient(t, "text/csv");

  it("keep the date they became inactive, and retention counts from it", async () => {
    const csv = [
      "område;namn;status;hushåll;startdatum;kontaktperson;inaktiv sedan",
      "Alfa;Slutade 2020;inaktiv;10;2015-04-01;Kim Slut;2020-03-01",
      "Alfa;Slutade okänt när;inaktiv;10;2015-04-01;Kim Okänd;",
      "Beta;Slutade i år;inaktiv;10;2015-04-01;Kim Nyss;2026-01-01",
      "Beta;Aktiv;aktiv;10;2015-04-01;Kim Aktiv;2019-01-01",
    ].join("\n");
    const res = await upload("watch-groups/commit", csv);
    expect(res.status).toBe(201);
    const since = t.db
      .prepare(
        "SELECT name, inactive_since FROM watch_groups WHERE name LIKE 'Slutade%' OR name = 'Aktiv' ORDER BY name",
      )
      .all();
    expect(since).toEqual([
      { name: "Aktiv", inactive_since: null },
      { name: "Slutade 2020", inactive_since: "2020-03-01" },
      // Without the date: from its start, the earliest it can have become inactive.
      { name: "Slutade i år", inactive_since: "2026-01-01" },
      { name: "Slutade okänt när", inactive_since: "2015-04-01" },
    ]);

    runRetention(t.db, clock);
    expect(contactOf(t, "Slutade 2020")).toBeNull();
    expect(contactOf(t, "Slutade okänt när")).toBeNull();
    expect(contactOf(t, "Slutade i år")).toBe("Kim Nyss");
    expect(contactOf(t, "Aktiv")).toBe("Kim Aktiv");
  });

  it("refuses a date before the group started", async () => {
    const csv = [
      "område;namn;status;hushåll;startdatum;inaktiv sedan",
      "Alfa;Baklänges;inaktiv;10;2015-04-01;2014-01-01",
    ].join("\n");
    const res = await upload("watch-groups/preview", csv);
    expect(res.body.errors).toEqual([
      {
        line: 2,
        field: "inaktiv sedan",
        code: "before_start",
        params: {},
        message: "must not be before the group's start date",
      },
    ]);
  });
});

describe("groups in the API", () => {
  const t = createTestApp();
  afterAll(() => t.close());
  const send = jsonSender(t.app);
  const group = {
    area_id: "12300001",
    households: 10,
    started_on: "2015-04-01",
    contact_name: "Kim",
  };

  it("count from the date given, from the start when entered inactive without one, and from the change when set inactive later", async () => {
    const given = await send("POST", "/api/watch-groups", {
      ...group,
      name: "Given",
      status: "inactive",
      inactive_since: "2019-06-01",
    });
    expect(given.body).toMatchObject({ status: "inactive", inactive_since: "2019-06-01" });
    const entered = await send("POST", "/api/watch-groups", {
      ...group,
      name: "Entered",
      status: "inactive",
    });
    expect(entered.body).toMatchObject({ inactive_since: "2015-04-01" });
    const later = await send("POST", "/api/watch-groups", {
      ...group,
      name: "Later",
      status: "active",
    });
    const changed = await send("PATCH", `/api/watch-groups/${later.body.id}`, {
      status: "inactive",
    });
    expect(changed.body).toMatchObject({ status: "inactive", inactive_since: null });

    runRetention(t.db, clock);
    expect(contactOf(t, "Given")).toBeNull();
    expect(contactOf(t, "Entered")).toBeNull();
    // Set inactive now (the real clock, after the test clock's cutoff): kept.
    expect(contactOf(t, "Later")).toBe("Kim");
  });

  it("forget the date when the group is active again", async () => {
    const made = await send("POST", "/api/watch-groups", {
      ...group,
      name: "Åter",
      status: "inactive",
      inactive_since: "2019-06-01",
    });
    const back = await send("PATCH", `/api/watch-groups/${made.body.id}`, { status: "active" });
    expect(back.body).toMatchObject({ status: "active", inactive_since: null });
  });
});

describe("seeded groups", () => {
  it("the embedded demo data's inactive groups carry their end dates, and lose their contacts", () => {
    const t = createTestApp(EMBEDDED_DATA);
    try {
      const inactive = t.db
        .prepare("SELECT id, inactive_since FROM watch_groups WHERE status = 'inactive'")
        .all() as { id: number; inactive_since: string }[];
      expect(inactive.length).toBeGreaterThan(0);
      for (const g of inactive) expect(g.inactive_since < "2018-01-01").toBe(true);
      const { watch_group_ids } = runRetention(t.db, clock);
      expect(watch_group_ids).toEqual(inactive.map((g) => g.id));
    } finally {
      t.close();
    }
  });

  it("a database made before the date was kept counts an inactive group from its start", () => {
    const dir = mkdtempSync(join(tmpdir(), "grannkoll-inactive-"));
    const db = new Database(join(dir, "old.db"));
    try {
      migrate(
        db,
        listMigrations().filter((m) => m.version <= 8),
      );
      db.prepare(`INSERT INTO areas (id, name, locality, households, households_method, area_km2,
        geometry) VALUES ('1', 'A', 'L', 1, 'x', 1, '{}')`).run();
      // Made in 2019: the later change of status is then not in the same millisecond as the row
      // (status_since = created_at is how migration 009 tells "made inactive" from "set later").
      const insert = db.prepare(`INSERT INTO watch_groups (id, area_id, name, status, households,
        started_on, contact_name, created_at)
        VALUES (?, '1', ?, ?, 1, '2012-05-01', 'Kim', '2019-01-01T00:00:00.000Z')`);
      insert.run(1, "Seeded inactive", "inactive");
      insert.run(2, "Set inactive later", "active");
      db.prepare("UPDATE watch_groups SET status = 'inactive' WHERE id = 2").run();
      migrate(db);
      const since = db.prepare("SELECT id, inactive_since FROM watch_groups ORDER BY id").all();
      expect(since).toEqual([
        { id: 1, inactive_since: "2012-05-01" },
        { id: 2, inactive_since: null },
      ]);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
