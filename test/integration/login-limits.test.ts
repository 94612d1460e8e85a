// The failed-login limit against an attacker, over the real app behind a trusted proxy (so each
// request can come from its own address): parallel guesses cannot get past it, and it cannot be
// used to lock an owner out. The clock is moved by hand; a low scrypt cost keeps the many logins
// fast without changing what is tested (the hash is asynchronous at any cost).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { createAuth } from "../../server/auth/auth.ts";
import { openDb } from "../../server/db/open.ts";
import { seedIfEmpty } from "../../server/db/seed.ts";
import { FIXTURE_DATA } from "../helpers/test-app.ts";

const dir = mkdtempSync(join(tmpdir(), "grannkoll-limits-"));
const db = openDb(join(dir, "limits.db"));
seedIfEmpty(db, FIXTURE_DATA);
let now = new Date("2026-11-30T08:00:00Z");
const clock = () => now;
const advance = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};
const auth = createAuth(db, { clock, scryptCost: { N: 1024, r: 8, p: 1 } });
const app = createApp({ db, dataDir: FIXTURE_DATA, clock, auth, trustProxy: true });
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const PASSWORD = "rätt-lösenord-1";

async function account(username: string) {
  return auth.accounts.create({ username, role: "planner", password: PASSWORD });
}

/** A login from `address` (as the proxy names it), with a device cookie if given. */
async function login(username: string, password: string, address: string, cookie?: string) {
  const res = await app.request("/api/auth/login", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": address,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ username, password }),
  });
  return res;
}

const failedAudits = (accountId: number, action = "login-failed") =>
  db
    .prepare("SELECT count(*) FROM audit_log WHERE action = ? AND entity_id = ?")
    .pluck()
    .get(action, String(accountId));

const deviceCookie = (res: Response) =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith("gk_device="))
    ?.split(";")[0];

describe("parallel guesses", () => {
  it("verify at most five of fifty wrong logins sent at once; the right password then waits for the window", async () => {
    const id = await account("parallell");
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => login("parallell", `gissning-${i}`, "203.0.113.1")),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(45);
    // Only the verified ones were checked against the hash, and each of them is audited.
    expect(failedAudits(id)).toBe(5);
    const right = await login("parallell", PASSWORD, "203.0.113.1");
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("retry-after"))).toBe(15 * 60);
    advance(15);
    expect((await login("parallell", PASSWORD, "203.0.113.1")).status).toBe(200);
  });

  it("verify at most five of fifty wrong current passwords sent at once in a password change", async () => {
    const id = await account("byter-parallellt");
    const res = await login("byter-parallellt", PASSWORD, "203.0.113.2");
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const { csrf_token } = (await res.json()) as { csrf_token: string };
    const change = (current_password: string) =>
      app.request("/api/auth/password", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-forwarded-for": "203.0.113.2",
          cookie,
          "x-csrf-token": csrf_token,
        },
        body: JSON.stringify({ current_password, new_password: "ett-helt-nytt-lösenord" }),
      });
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => change(`fel-${i}`)));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 400)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(45);
    expect(failedAudits(id, "password-change-failed")).toBe(5);
    advance(15);
  });
});

describe("nobody can lock an owner out", () => {
  it("an owner logs in from an address that has not been failing, while the guesser waits", async () => {
    await account("ägare");
    for (let i = 0; i < 5; i++) {
      expect((await login("ägare", `gissning-${i}`, "198.51.100.66")).status).toBe(401);
    }
    expect((await login("ägare", PASSWORD, "198.51.100.66")).status).toBe(429);
    // The owner, at home: the username's failures elsewhere do not stop them.
    expect((await login("ägare", PASSWORD, "192.0.2.1")).status).toBe(200);
    // Guessing from that fresh address is limited like any other.
    for (let i = 0; i < 5; i++) {
      expect((await login("ägare", `gissning-${i}`, "192.0.2.2")).status).toBe(401);
    }
    expect((await login("ägare", `gissning-6`, "192.0.2.2")).status).toBe(429);
    advance(15);
  });

  it("guessing from many addresses stops at fifty for the username; the owner's known device still logs in", async () => {
    await account("mål");
    const first = await login("mål", PASSWORD, "192.0.2.10");
    expect(first.status).toBe(200);
    const device = deviceCookie(first);
    expect(device).toMatch(/^gk_device=[\w-]{43}$/);
    expect(first.headers.getSetCookie().find((c) => c.startsWith("gk_device="))).toMatch(
      /HttpOnly.*SameSite=Strict|SameSite=Strict.*HttpOnly/,
    );
    // Fifty wrong guesses from fifty addresses (each under its own limit) …
    for (let i = 0; i < 50; i++) {
      expect((await login("mål", `gissning-${i}`, `198.18.0.${i + 1}`)).status).toBe(401);
    }
    // … and then nobody without the device is verified for this username, even at a new address.
    expect((await login("mål", "gissning-51", "198.18.1.1")).status).toBe(429);
    expect((await login("mål", PASSWORD, "192.0.2.11")).status).toBe(429);
    // The owner's browser is known: it logs in, even from an address that has been failing.
    expect((await login("mål", PASSWORD, "198.18.0.1", device)).status).toBe(200);
    // A known device is held to its own five failures, so a stolen cookie is no master key.
    for (let i = 0; i < 5; i++) {
      expect((await login("mål", `gissning-${i}`, "198.18.2.1", device)).status).toBe(401);
    }
    expect((await login("mål", PASSWORD, "198.18.2.1", device)).status).toBe(429);
    advance(15);
  });

  it("a device cookie counts only for the account it logged in to, and a new password forgets it", async () => {
    await account("annan");
    const id = await account("återställd");
    const device = deviceCookie(await login("annan", PASSWORD, "192.0.2.20"));
    for (let i = 0; i < 50; i++) {
      await login("återställd", `gissning-${i}`, `198.19.0.${i + 1}`);
    }
    // Known to 'annan' only: for 'återställd' it is just another browser.
    expect((await login("återställd", PASSWORD, "192.0.2.21", device)).status).toBe(429);
    advance(15);
    const own = deviceCookie(await login("återställd", PASSWORD, "192.0.2.22"));
    await auth.accounts.setPassword(id, "ett-annat-lösenord-9", false);
    for (let i = 0; i < 50; i++) {
      await login("återställd", `gissning-${i}`, `198.19.1.${i + 1}`);
    }
    expect((await login("återställd", "ett-annat-lösenord-9", "192.0.2.22", own)).status).toBe(429);
    advance(15);
  });
});
