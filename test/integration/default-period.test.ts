// The default period of /api/meta/work follows the calendar: a session planned for next month moves the
// data's range but not the period everyone opens with, and a new day moves it without any write.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { createAuth } from "../../server/auth/auth.ts";
import { SESSION_COOKIE } from "../../server/auth/policy.ts";
import { openDb } from "../../server/db/open.ts";
import { seedIfEmpty } from "../../server/db/seed.ts";
import type { WorkMeta as Meta } from "../../server/meta/routes.ts";
import { jsonSender } from "../helpers/json-request.ts";
import { createTestApp, FIXTURE_DATA } from "../helpers/test-app.ts";

const t = createTestApp();
const dir = mkdtempSync(join(tmpdir(), "grannkoll-clock-"));
const db = openDb(join(dir, "clock.db"));
seedIfEmpty(db, FIXTURE_DATA);
let now = new Date("2026-12-31T23:59:00Z");
const auth = createAuth(db, { clock: () => now });
const moving = createApp({ db, dataDir: FIXTURE_DATA, clock: () => now, auth });
const account = Number(
  db
    .prepare(
      "INSERT INTO accounts (username, role, password_hash) VALUES ('klocka', 'planner', 'x')",
    )
    .run().lastInsertRowid,
);
const cookie = { cookie: `${SESSION_COOKIE}=${auth.sessions.create(account, null).token}` };
afterAll(() => {
  t.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const metaOf = async (app: { request: typeof moving.request }) =>
  (await (await app.request("/api/meta/work")).json()) as Meta;

describe("the default period", () => {
  it("is not moved by a session planned for next month", async () => {
    const before = await metaOf(t.app);
    expect(before.default_period).toEqual({ from: "2025-12-01", to: "2026-11-30" });
    const planned = await jsonSender(t.app)("POST", "/api/visits", {
      kind: "info_session",
      date: "2026-12-15",
      area_id: "12300001",
      topic: "grannsamverkan",
    });
    expect(planned.status).toBe(201);
    const after = await metaOf(t.app);
    expect(after.data_range.to).toBe("2026-12-15");
    expect(after.default_period).toEqual({ from: "2025-12-01", to: "2026-11-30" });
  });

  it("moves with the day, though no data changed and the answer was cached", async () => {
    const first = await moving.request("/api/meta/work", { headers: cookie });
    const etag = first.headers.get("etag") ?? "";
    expect(((await first.json()) as Meta).default_period).toEqual({
      from: "2026-01-01",
      to: "2026-12-31",
    });
    now = new Date("2027-01-01T00:01:00Z");
    const next = await moving.request("/api/meta/work", {
      headers: { ...cookie, "If-None-Match": etag },
    });
    expect(next.status).toBe(200);
    expect(((await next.json()) as Meta).default_period).toEqual({
      from: "2026-01-02",
      to: "2027-01-01",
    });
  });
});
