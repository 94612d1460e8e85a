import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { openDb } from "../db/open.ts";
import { createSessionStore } from "./sessions.ts";

const dir = mkdtempSync(join(tmpdir(), "grannkoll-sessions-"));
const db = openDb(join(dir, "s.db"));
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});
db.prepare(
  "INSERT INTO accounts (id, username, role, password_hash) VALUES (1, 'polis', 'police', 'x')",
).run();

it("touches last_seen at most once a minute, and sweeps ended sessions", () => {
  let now = Date.parse("2026-11-30T08:00:00Z");
  const store = createSessionStore(db, () => new Date(now), { idleMinutes: 30, maxHours: 1 });
  const a = store.create(1, "10.0.0.1");
  const b = store.create(1, null);
  const lastSeen = () =>
    db
      .prepare("SELECT last_seen_at FROM sessions ORDER BY last_seen_at DESC LIMIT 1")
      .pluck()
      .get();
  now += 30_000;
  expect(store.resolve(a.token)?.role).toBe("police");
  expect(lastSeen()).toBe("2026-11-30T08:00:00.000Z");
  now += 40_000;
  expect(store.resolve(a.token)?.csrfToken).toBe(a.csrfToken);
  expect(lastSeen()).toBe("2026-11-30T08:01:10.000Z");
  // b has been idle 30 minutes by 08:30; a was seen at 08:01:10.
  now = Date.parse("2026-11-30T08:30:00Z");
  expect(store.sweep()).toBe(1);
  expect(store.resolve(b.token)).toBeNull();
  expect(store.resolve(a.token)).not.toBeNull();
  expect(store.resolve("x".repeat(101))).toBeNull();
  expect(store.resolve(undefined)).toBeNull();
});

it("reuses a checked session for a second, and forgets it on any change made through the store", () => {
  let now = Date.parse("2026-11-30T09:00:00Z");
  const store = createSessionStore(db, () => new Date(now));
  const a = store.create(1, null);
  expect(store.resolve(a.token)?.username).toBe("polis");
  // A change behind the store's back (another process) is seen once the memo has run out …
  db.prepare("UPDATE accounts SET role = 'planner' WHERE id = 1").run();
  expect(store.resolve(a.token)?.role).toBe("police");
  now += 1_000;
  expect(store.resolve(a.token)?.role).toBe("planner");
  // … and a change through the store at once.
  db.prepare("UPDATE accounts SET role = 'police' WHERE id = 1").run();
  store.forget();
  expect(store.resolve(a.token)?.role).toBe("police");
  store.destroyAccount(1);
  expect(store.resolve(a.token)).toBeNull();
});
