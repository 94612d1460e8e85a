import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { openDb } from "../db/open.ts";
import { createLoginLimiter } from "./rate-limit.ts";

const dir = mkdtempSync(join(tmpdir(), "grannkoll-limit-"));
const path = join(dir, "limit.db");
const db = openDb(path);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

it("allows five failures per username in fifteen minutes, then waits for the oldest to age out", () => {
  let now = Date.parse("2026-11-30T10:00:00Z");
  const limiter = createLoginLimiter(db, () => new Date(now));
  for (let i = 0; i < 5; i++) {
    expect(limiter.retryAfter("Anna", "10.0.0.1")).toBe(0);
    limiter.fail("anna", "10.0.0.1");
    now += 60_000;
  }
  // First failure at 10:00, now 10:05: it ages out at 10:15.
  expect(limiter.retryAfter("ANNA", "10.0.0.9")).toBe(600);
  expect(limiter.retryAfter("bertil", "10.0.0.1")).toBe(0);
  now += 600_000;
  expect(limiter.retryAfter("anna", "10.0.0.1")).toBe(0);
});

it("limits an address trying many usernames, and a success clears only the username", () => {
  const limiter = createLoginLimiter(db, () => new Date("2026-11-30T11:00:00Z"), {
    windowMinutes: 15,
    perUsername: 5,
    perAddress: 3,
  });
  for (const name of ["a", "b", "c"]) limiter.fail(name, "10.0.0.2");
  expect(limiter.retryAfter("d", "10.0.0.2")).toBe(900);
  expect(limiter.retryAfter("d", "10.0.0.3")).toBe(0);
  limiter.fail("e", "10.0.0.4");
  limiter.succeed("e");
  expect(limiter.retryAfter("d", "10.0.0.2")).toBe(900);
});

it("keeps counting across a restart, and stores no username or address as typed", () => {
  const now = () => new Date("2026-11-30T12:00:00Z");
  const before = createLoginLimiter(db, now);
  for (let i = 0; i < 5; i++) before.fail("cecilia", "10.0.0.5");
  // A new process: a new connection to the same file.
  const again = openDb(path);
  try {
    expect(createLoginLimiter(again, now).retryAfter("cecilia", "10.0.0.6")).toBe(900);
  } finally {
    again.close();
  }
  const stored = db.prepare("SELECT key FROM login_failures").pluck().all() as string[];
  expect(stored.some((k) => /cecilia|10\.0\.0/.test(k))).toBe(false);
});

it("drops the failures of past windows as new ones come in", () => {
  let now = Date.parse("2026-11-30T13:00:00Z");
  const limiter = createLoginLimiter(db, () => new Date(now));
  for (let i = 0; i < 6_000; i++) limiter.fail(`namn-${i}`, `10.0.${i >> 8}.${i & 255}`);
  expect(limiter.size).toBe(12_000);
  now += 16 * 60_000;
  limiter.fail("ny", "10.9.9.9");
  expect(limiter.size).toBe(2);
});
