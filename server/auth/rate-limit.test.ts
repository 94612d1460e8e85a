import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDb } from "../db/open.ts";
import { type AttemptFrom, createLoginLimiter, DEFAULT_LOGIN_LIMITS } from "./rate-limit.ts";

const dir = mkdtempSync(join(tmpdir(), "grannkoll-limit-"));
const path = join(dir, "limit.db");
const db = openDb(path);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

let hour = 0;
/** A limiter on its own hour of the clock, so the tests' failures never meet. */
function limiterAt(limits = DEFAULT_LOGIN_LIMITS) {
  const clock = { now: Date.parse("2026-11-30T00:00:00Z") + hour++ * 3_600_000 };
  return { clock, limiter: createLoginLimiter(db, () => new Date(clock.now), limits) };
}

/** A wrong password: the reservation is simply never marked a success. */
const waitAfter = (limiter: ReturnType<typeof createLoginLimiter>, from: AttemptFrom) => {
  const r = limiter.reserve(from);
  return r.ok ? 0 : r.retryAfter;
};

describe("one username from one address", () => {
  it("allows five failures in fifteen minutes, then waits for the oldest to age out", () => {
    const { clock, limiter } = limiterAt();
    for (let i = 0; i < 5; i++) {
      expect(waitAfter(limiter, { username: "anna", address: "10.0.0.1" })).toBe(0);
      clock.now += 60_000;
    }
    // First failure at :00, now :05: it ages out at :15. Usernames are compared without case.
    expect(waitAfter(limiter, { username: "ANNA", address: "10.0.0.1" })).toBe(600);
    clock.now += 600_000;
    expect(waitAfter(limiter, { username: "anna", address: "10.0.0.1" })).toBe(0);
  });

  it("counts an attempt from its reservation, so attempts in flight cannot pass the limit", () => {
    const { limiter } = limiterAt();
    const from = { username: "bertil", address: "10.0.0.2" };
    const inFlight = Array.from({ length: 50 }, () => limiter.reserve(from));
    expect(inFlight.filter((r) => r.ok)).toHaveLength(5);
    // One of the five had the right password: its slot is given back, the four others stay.
    const first = inFlight[0];
    if (!first?.ok) throw new Error("the first attempt was refused");
    first.attempt.succeeded();
    expect(limiter.reserve(from).ok).toBe(true);
  });

  it("forgives the owner's own typos at a success, not the address's or the username's totals", () => {
    const { limiter } = limiterAt({ ...DEFAULT_LOGIN_LIMITS, perAddress: 6, perUsername: 6 });
    const from = { username: "cecilia", address: "10.0.0.3" };
    for (let i = 0; i < 4; i++) limiter.reserve(from);
    const right = limiter.reserve(from);
    if (!right.ok) throw new Error("refused");
    right.attempt.succeeded();
    // Four failures stay counted for the address (limit 6) and the username (6): two more each.
    expect(waitAfter(limiter, from)).toBe(0);
    expect(waitAfter(limiter, from)).toBe(0);
    expect(waitAfter(limiter, from)).toBeGreaterThan(0);
  });
});

describe("guessing spread out, and the owner elsewhere", () => {
  it("limits an address trying many usernames", () => {
    const { limiter } = limiterAt({ ...DEFAULT_LOGIN_LIMITS, perAddress: 3 });
    for (const username of ["a", "b", "c"]) limiter.reserve({ username, address: "10.0.1.1" });
    expect(waitAfter(limiter, { username: "d", address: "10.0.1.1" })).toBe(900);
    expect(waitAfter(limiter, { username: "d", address: "10.0.1.2" })).toBe(0);
  });

  it("lets the owner in from an address that has not been failing", () => {
    const { limiter } = limiterAt();
    for (let i = 0; i < 5; i++) limiter.reserve({ username: "david", address: "6.6.6.6" });
    expect(waitAfter(limiter, { username: "david", address: "6.6.6.6" })).toBe(900);
    expect(limiter.reserve({ username: "david", address: "10.0.2.1" }).ok).toBe(true);
  });

  it("stops a username's guessing from many addresses at the ceiling, but not its known device", () => {
    const { limiter } = limiterAt();
    for (let i = 0; i < 50; i++) {
      const r = limiter.reserve({ username: "erik", address: `6.6.${i >> 2}.${i}` });
      expect(r.ok).toBe(true);
    }
    expect(waitAfter(limiter, { username: "erik", address: "10.0.3.1" })).toBe(900);
    const device = { username: "erik", address: "6.6.0.0", device: "erik-laptop" };
    for (let i = 0; i < 5; i++) expect(waitAfter(limiter, device)).toBe(0);
    // A known device has a limit of its own: a stolen cookie is no key to unlimited guessing.
    expect(waitAfter(limiter, device)).toBe(900);
  });
});

describe("storage", () => {
  it("keeps counting across a restart, and stores no username or address as typed", () => {
    const { clock, limiter } = limiterAt();
    for (let i = 0; i < 5; i++) limiter.reserve({ username: "filippa", address: "10.0.4.1" });
    // A new process: a new connection to the same file.
    const again = openDb(path);
    try {
      const later = createLoginLimiter(again, () => new Date(clock.now));
      const r = later.reserve({ username: "filippa", address: "10.0.4.1" });
      expect(r.ok ? 0 : r.retryAfter).toBe(900);
    } finally {
      again.close();
    }
    const stored = db.prepare("SELECT key FROM login_failures").pluck().all() as string[];
    expect(stored.some((k) => /filippa|10\.0\./.test(k))).toBe(false);
  });

  it("drops the failures of past windows as new ones come in", () => {
    const { clock, limiter } = limiterAt();
    for (let i = 0; i < 3_000; i++) {
      limiter.reserve({ username: `namn-${i}`, address: `10.9.${i >> 8}.${i & 255}` });
    }
    // Three keys per attempt: the username from the address, the address, the username.
    expect(limiter.size).toBe(9_000);
    clock.now += 16 * 60_000;
    limiter.reserve({ username: "ny", address: "10.8.8.8" });
    expect(limiter.size).toBe(3);
  });
});
