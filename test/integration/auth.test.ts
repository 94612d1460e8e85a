// Logging in and out over the real app: the cookie's attributes, wrong passwords, the failed-login
// limit, idle and absolute expiry, password changes, disabled accounts, and the forced change of a
// temporary password. The clock is moved by hand.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { createAuth } from "../../server/auth/auth.ts";
import { openDb } from "../../server/db/open.ts";
import { seedIfEmpty } from "../../server/db/seed.ts";
import { dbDigest } from "../helpers/db-digest.ts";
import { FIXTURE_DATA } from "../helpers/test-app.ts";

const dir = mkdtempSync(join(tmpdir(), "grannkoll-auth-"));
const db = openDb(join(dir, "auth.db"));
seedIfEmpty(db, FIXTURE_DATA);
let now = new Date("2026-11-30T08:00:00Z");
const clock = () => now;
const advance = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};
// A low scrypt cost keeps the many logins here fast; the format and code path are the same.
const auth = createAuth(db, { clock, scryptCost: { N: 1024, r: 8, p: 1 } });
const app = createApp({ db, dataDir: FIXTURE_DATA, clock, auth });
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const PASSWORD = "rätt-lösenord-1";
let plannerId = 0;
let anna = 0;

beforeEach(async () => {
  if (plannerId === 0) {
    plannerId = await auth.accounts.create({
      username: "Planerare",
      role: "planner",
      password: PASSWORD,
    });
    anna = await auth.accounts.create({ username: "anna", role: "police", password: PASSWORD });
  }
});

interface Answer {
  status: number;
  body: {
    user?: { username: string; role: string } | null;
    csrf_token?: string;
    error?: { code: string; message: string };
  };
  cookie: string | null;
  headers: Headers;
}

async function call(path: string, init: RequestInit & { session?: Session } = {}): Promise<Answer> {
  const headers = new Headers(init.headers);
  if (init.session) {
    headers.set("cookie", init.session.cookie);
    if (!headers.has("x-csrf-token")) headers.set("x-csrf-token", init.session.csrf);
  }
  if (init.body) headers.set("content-type", "application/json");
  const res = await app.request(path, { ...init, headers });
  const text = await res.text();
  return {
    status: res.status,
    body: text ? JSON.parse(text) : {},
    cookie: res.headers.getSetCookie().find((c) => c.startsWith("gk_session=")) ?? null,
    headers: res.headers,
  };
}

interface Session {
  cookie: string;
  csrf: string;
}

async function login(username: string, password = PASSWORD, headers: Record<string, string> = {}) {
  const res = await call("/api/auth/login", {
    method: "POST",
    headers,
    body: JSON.stringify({ username, password }),
  });
  const session =
    res.status === 200
      ? { cookie: (res.cookie ?? "").split(";")[0] as string, csrf: res.body.csrf_token as string }
      : null;
  return { res, session };
}

describe("POST /api/auth/login", () => {
  it("starts a session in an HttpOnly, SameSite=Strict cookie and names the user", async () => {
    const { res, session } = await login("planerare"); // usernames ignore case
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({
      username: "Planerare",
      display_name: "",
      role: "planner",
      must_change_password: false,
      // The planner works for their own kommuner; the web app shows only what that scope may use.
      scope: "kommun",
    });
    expect(res.cookie).toMatch(
      /^gk_session=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    // The token itself is never stored, only its hash.
    const token = (session?.cookie ?? "").split("=")[1] as string;
    expect(JSON.stringify(db.prepare("SELECT * FROM sessions").all())).not.toContain(token);
    const areas = await call("/api/areas", { session: session as Session });
    expect(areas.status).toBe(200);
    const me = await call("/api/auth/session", { session: session as Session });
    expect(me.body).toMatchObject({ user: { username: "Planerare" }, csrf_token: session?.csrf });
    // The login is recorded under the account that logged in, not as "anonymous".
    expect(
      db
        .prepare(
          "SELECT actor, action, entity FROM audit_log WHERE action = 'login' ORDER BY id DESC",
        )
        .get(),
    ).toEqual({ actor: "Planerare", action: "login", entity: "accounts" });
  });

  it("refuses a wrong password and an unknown user alike, and audits the attempt", async () => {
    const anna = db
      .prepare<[], { id: number }>("SELECT id FROM accounts WHERE username = 'anna'")
      .get();
    const wrong = await login("anna", "fel-lösenord-1");
    const unknown = await login("nobody", "fel-lösenord-1");
    for (const r of [wrong.res, unknown.res]) {
      expect(r.status).toBe(401);
      expect(r.body.error).toEqual({
        code: "invalid_credentials",
        message: "Wrong username or password, or the account is disabled",
      });
      expect(r.cookie).toBeNull();
    }
    const audit = db
      .prepare(
        "SELECT actor, action, entity_id, detail FROM audit_log WHERE action = 'login-failed' ORDER BY id DESC LIMIT 2",
      )
      .all();
    // The account tried is named; a name that matches no account (maybe a password typed into
    // the wrong field) is never stored.
    expect(audit).toEqual([
      {
        actor: "anonymous",
        action: "login-failed",
        entity_id: null,
        detail: '{"unknown_username":true}',
      },
      {
        actor: "anonymous",
        action: "login-failed",
        entity_id: String(anna?.id),
        detail: '{"username":"anna"}',
      },
    ]);
  });

  it("names the missing fields of a bad body", async () => {
    const res = await call("/api/auth/login", {
      method: "POST",
      body: JSON.stringify({ username: "" }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toMatch(/username/);
    expect(res.body.error?.message).toMatch(/password/);
  });

  it("locks a username for the rest of the window after five failures, even for the right password", async () => {
    await auth.accounts.create({ username: "target", role: "planner", password: PASSWORD });
    for (let i = 0; i < 5; i++)
      expect((await login("target", `fel-${i}-lösenord`)).res.status).toBe(401);
    const locked = await login("target");
    expect(locked.res.status).toBe(429);
    expect(locked.res.body.error?.code).toBe("too_many_attempts");
    expect(Number(locked.res.headers.get("retry-after"))).toBe(15 * 60);
    advance(15);
    expect((await login("target")).res.status).toBe(200);
  });
});

describe("sessions", () => {
  it("ends at logout: the cookie is cleared and the old one no longer works", async () => {
    const { session } = await login("anna");
    const s = session as Session;
    const out = await call("/api/auth/logout", { method: "POST", session: s });
    expect(out.status).toBe(200);
    expect(out.cookie).toMatch(/^gk_session=; Max-Age=0/);
    expect((await call("/api/internal/presence", { session: s })).status).toBe(401);
  });

  it("ends after two idle hours, and twelve hours after login however busy", async () => {
    const { session } = await login("anna");
    const s = session as Session;
    for (let i = 0; i < 6; i++) {
      advance(110); // under the idle limit each time
      expect((await call("/api/internal/presence", { session: s })).status, `after ${i}`).toBe(200);
    }
    advance(61); // 12 h 1 min after login
    expect((await call("/api/internal/presence", { session: s })).status).toBe(401);

    const idle = (await login("anna")).session as Session;
    advance(120);
    expect((await call("/api/internal/presence", { session: idle })).status).toBe(401);
  });

  it("ends when the account is disabled, and the account cannot log in again", async () => {
    const { session } = await login("anna");
    auth.accounts.setDisabled(anna, true);
    expect((await call("/api/internal/presence", { session: session as Session })).status).toBe(
      401,
    );
    expect((await login("anna")).res.status).toBe(401);
    auth.accounts.setDisabled(anna, false);
    expect((await login("anna")).res.status).toBe(200);
  });
});

describe("POST /api/auth/password", () => {
  it("checks the current password and the new one's length, changing nothing on a 400", async () => {
    const s = (await login("planerare")).session as Session;
    const before = dbDigest(db, ["audit_log", "sessions", "login_failures"]);
    const wrong = await call("/api/auth/password", {
      method: "POST",
      session: s,
      body: JSON.stringify({
        current_password: "fel-lösenord-9",
        new_password: "ett-nytt-lösenord",
      }),
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error?.message).toBe("The current password is wrong");
    const short = await call("/api/auth/password", {
      method: "POST",
      session: s,
      body: JSON.stringify({ current_password: PASSWORD, new_password: "kort" }),
    });
    expect(short.status).toBe(400);
    expect(short.body.error?.message).toMatch(/new_password/);
    expect(dbDigest(db, ["audit_log", "sessions", "login_failures"])).toBe(before);
  });

  it("counts wrong current passwords as failed logins: after five, 429 until the window passes", async () => {
    const byter = await auth.accounts.create({
      username: "byter",
      role: "planner",
      password: PASSWORD,
    });
    const s = (await login("byter")).session as Session;
    const change = (current_password: string) =>
      call("/api/auth/password", {
        method: "POST",
        session: s,
        body: JSON.stringify({ current_password, new_password: "ett-annat-lösenord" }),
      });
    for (let i = 0; i < 5; i++) expect((await change(`fel-${i}-lösenord`)).status).toBe(400);
    const audited = db
      .prepare(
        "SELECT count(*) FROM audit_log WHERE action = 'password-change-failed' AND entity_id = ?",
      )
      .pluck()
      .get(String(byter));
    expect(audited).toBe(5);
    const locked = await change(PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.error?.code).toBe("too_many_attempts");
    expect(Number(locked.headers.get("retry-after"))).toBe(15 * 60);
    // The same count stops a login with the right password, too.
    expect((await login("byter")).res.status).toBe(429);
    advance(15);
    expect((await change(PASSWORD)).status).toBe(200);
  });

  it("changes the password and ends the account's other sessions", async () => {
    const other = (await login("planerare")).session as Session;
    const s = (await login("planerare")).session as Session;
    const res = await call("/api/auth/password", {
      method: "POST",
      session: s,
      body: JSON.stringify({ current_password: PASSWORD, new_password: "ett-nytt-lösenord" }),
    });
    expect(res.status).toBe(200);
    expect((await call("/api/areas", { session: s })).status).toBe(200);
    expect((await call("/api/areas", { session: other })).status).toBe(401);
    expect((await login("planerare")).res.status).toBe(401);
    expect((await login("planerare", "ett-nytt-lösenord")).res.status).toBe(200);
    await auth.accounts.setPassword(plannerId, PASSWORD, false);
  });

  it("holds a temporary password's session to changing it before anything else", async () => {
    await auth.accounts.create({
      username: "ny",
      role: "planner",
      password: "tillfälligt-123",
      must_change_password: true,
    });
    const s = (await login("ny", "tillfälligt-123")).session as Session;
    const blocked = await call("/api/areas", { session: s });
    expect(blocked.status).toBe(403);
    expect(blocked.body.error?.code).toBe("password_change_required");
    const changed = await call("/api/auth/password", {
      method: "POST",
      session: s,
      body: JSON.stringify({
        current_password: "tillfälligt-123",
        new_password: "mitt-eget-lösen",
      }),
    });
    expect(changed.status).toBe(200);
    expect(changed.body.user).toMatchObject({ must_change_password: false });
    expect((await call("/api/areas", { session: s })).status).toBe(200);
  });
});
