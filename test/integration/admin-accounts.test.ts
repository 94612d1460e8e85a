// /api/admin/accounts over the real app as test-admin: creating accounts with a temporary
// password that really logs in, disabling (sessions end, login fails), resetting a password, the
// last-admin and own-account rules, and 400/409 answers that change nothing.
import { afterAll, describe, expect, it } from "vitest";
import type { Account } from "../../server/auth/accounts.ts";
import { CSRF_HEADER } from "../../server/auth/guard.ts";
import { dbDigest } from "../helpers/db-digest.ts";
import { fieldsOf, jsonSender, lastAuditBy } from "../helpers/json-request.ts";
import { createTestApp, testUser } from "../helpers/test-app.ts";

const t = createTestApp(undefined, { role: "admin" });
afterAll(() => t.close());

const send = jsonSender(t.app);
const adminId = () => t.auth.accounts.findByUsername(testUser("admin"))?.id as number;

const lastAudit = () => lastAuditBy(t.db);

/** Logs in through the real endpoint as the public would. */
async function login(username: string, password: string) {
  const res = await t.as(null).request("/api/auth/login", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  const body = (await res.json()) as {
    user: { username: string; must_change_password: boolean } | null;
    csrf_token: string | null;
  };
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
  return { status: res.status, body, cookie, csrf: body.csrf_token ?? "" };
}

/** The session a cookie stands for now (user null when it has ended). */
async function sessionOf(cookie: string) {
  const res = await t.hono.request("/api/auth/session", { headers: { cookie } });
  return ((await res.json()) as { user: { username: string } | null }).user;
}

async function create(username: string, role = "planner", display_name?: string) {
  const res = await send("POST", "/api/admin/accounts", {
    username,
    role,
    ...(display_name === undefined ? {} : { display_name }),
  });
  expect(res.status).toBe(201);
  return res.body as unknown as { account: Account; password: string };
}

describe("GET /api/admin/accounts", () => {
  it("lists the accounts without any password hash", async () => {
    const res = await t.app.request("/api/admin/accounts");
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(/password_hash|test:no-password/);
    const { accounts } = JSON.parse(text) as { accounts: Account[] };
    expect(accounts.map((a) => [a.username, a.role, a.disabled])).toEqual([
      ["test-admin", "admin", false],
      ["test-planner", "planner", false],
      ["test-police", "police", false],
    ]);
  });

  it("is for admins only", async () => {
    expect((await t.as("planner").request("/api/admin/accounts")).status).toBe(403);
    expect((await t.as("police").request("/api/admin/accounts")).status).toBe(403);
    expect((await t.as(null).request("/api/admin/accounts")).status).toBe(401);
  });
});

describe("POST /api/admin/accounts", () => {
  it("creates an account whose temporary password logs in and must be changed", async () => {
    const { account, password } = await create("anna.svensson", "planner", "Anna Svensson");
    expect(account).toMatchObject({
      username: "anna.svensson",
      display_name: "Anna Svensson",
      role: "planner",
      must_change_password: true,
      disabled: false,
    });
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(lastAudit()).toEqual({
      actor: "test-admin",
      action: "create",
      entity: "accounts",
      entity_id: String(account.id),
      detail: '{"role":"planner","scope":"kommun","kommuner":["1230"]}',
    });

    const session = await login("anna.svensson", password);
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({
      username: "anna.svensson",
      must_change_password: true,
    });
    // Held to changing the password before anything else.
    const visits = await t.hono.request("/api/visits", { headers: { cookie: session.cookie } });
    expect(visits.status).toBe(403);
  });

  it("refuses a taken username in any letter case with a 409 naming the field", async () => {
    const before = dbDigest(t.db);
    const res = await send("POST", "/api/admin/accounts", {
      username: "Test-Planner",
      role: "police",
    });
    expect(res.status).toBe(409);
    expect(fieldsOf(res.body)).toEqual(["username"]);
    expect((res.body.error as { message: string }).message).toMatch(/Test-Planner.*already taken/);
    expect(dbDigest(t.db)).toBe(before);
  });

  it("names every bad field and changes nothing", async () => {
    const before = dbDigest(t.db);
    const res = await send("POST", "/api/admin/accounts", {
      username: "a b",
      role: "boss",
      colour: "red",
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(expect.arrayContaining(["username", "role", "colour"]));
    const short = await send("POST", "/api/admin/accounts", { username: "x", role: "police" });
    expect(fieldsOf(short.body)).toEqual(["username"]);
    const long = await send("POST", "/api/admin/accounts", {
      username: "x".repeat(65),
      role: "police",
    });
    expect(fieldsOf(long.body)).toEqual(["username"]);
    expect(dbDigest(t.db)).toBe(before);
  });

  it("needs the CSRF token", async () => {
    const res = await t.app.request("/api/admin/accounts", {
      method: "POST",
      headers: { "Content-Type": "application/json", [CSRF_HEADER]: "wrong" },
      body: JSON.stringify({ username: "csrf-test", role: "planner" }),
    });
    expect(res.status).toBe(403);
    expect(t.auth.accounts.findByUsername("csrf-test")).toBeUndefined();
  });
});

describe("PATCH /api/admin/accounts/:id", () => {
  it("changes the display name and role, and audits which fields changed", async () => {
    const { account } = await create("bertil", "planner");
    const res = await send("PATCH", `/api/admin/accounts/${account.id}`, {
      display_name: "Bertil Berg",
      role: "police",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: account.id, display_name: "Bertil Berg", role: "police" });
    expect(lastAudit()).toEqual({
      actor: "test-admin",
      action: "update",
      entity: "accounts",
      entity_id: String(account.id),
      // A planner of Staffanstorp made police: the kommun it left can read the change.
      detail:
        '{"changed":["display_name","role"],"role":"police","scope":"police_area","kommuner":[],"previous_kommuner":["1230"]}',
    });
  });

  it("disabling ends the account's sessions and stops its logins; enabling lets it in again", async () => {
    const { account, password } = await create("cecilia", "police");
    const session = await login("cecilia", password);
    expect(await sessionOf(session.cookie)).toMatchObject({ username: "cecilia" });

    const res = await send("PATCH", `/api/admin/accounts/${account.id}`, { disabled: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ disabled: true });
    const count = t.db.prepare("SELECT count(*) FROM sessions WHERE account_id = ?").pluck();
    expect(count.get(account.id)).toBe(0);
    expect(await sessionOf(session.cookie)).toBeNull();
    const logout = await t.hono.request("/api/auth/password", {
      method: "POST",
      headers: {
        cookie: session.cookie,
        [CSRF_HEADER]: session.csrf,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ current_password: password, new_password: "ett-nytt-lösen-1" }),
    });
    expect(logout.status).toBe(401);
    expect((await login("cecilia", password)).status).toBe(401);

    const enabled = await send("PATCH", `/api/admin/accounts/${account.id}`, { disabled: false });
    expect(enabled.body).toMatchObject({ disabled: false });
    expect((await login("cecilia", password)).status).toBe(200);
  });

  it("refuses to disable or demote the last enabled admin, and an admin's own account", async () => {
    const me = adminId();
    const before = dbDigest(t.db);
    const demote = await send("PATCH", `/api/admin/accounts/${me}`, { role: "planner" });
    expect(demote.status).toBe(409);
    expect((demote.body.error as { message: string }).message).toMatch(/last enabled admin/);
    const disable = await send("PATCH", `/api/admin/accounts/${me}`, { disabled: true });
    expect(disable.status).toBe(409);
    expect(dbDigest(t.db)).toBe(before);

    // With a second admin the rule that remains is: not your own account.
    const { account: other } = await create("second-admin", "admin");
    const own = await send("PATCH", `/api/admin/accounts/${me}`, { disabled: true });
    expect(own.status).toBe(409);
    expect((own.body.error as { message: string }).message).toMatch(/your own account/);
    expect(t.auth.accounts.find(me)).toMatchObject({ role: "admin", disabled: false });

    // Another admin may be demoted while test-admin stays.
    const demoted = await send("PATCH", `/api/admin/accounts/${other.id}`, { role: "planner" });
    expect(demoted.status).toBe(200);
    expect(t.auth.accounts.activeAdmins()).toBe(1);
    // Own display name is fine.
    const renamed = await send("PATCH", `/api/admin/accounts/${me}`, { display_name: "Admin" });
    expect(renamed.status).toBe(200);
  });

  it("answers 404 for an unknown id and 400 for an empty or bad patch, changing nothing", async () => {
    const before = dbDigest(t.db);
    expect((await send("PATCH", "/api/admin/accounts/9999", { disabled: true })).status).toBe(404);
    expect((await send("PATCH", "/api/admin/accounts/abc", { disabled: true })).status).toBe(404);
    const empty = await send("PATCH", `/api/admin/accounts/${adminId()}`, {});
    expect(empty.status).toBe(400);
    const bad = await send("PATCH", `/api/admin/accounts/${adminId()}`, {
      disabled: "yes",
      role: "root",
      username: "new",
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(expect.arrayContaining(["disabled", "role", "username"]));
    expect(dbDigest(t.db)).toBe(before);
  });
});

describe("POST /api/admin/accounts/:id/reset-password", () => {
  it("gives a new temporary password; the old one and the old sessions stop working", async () => {
    const { account, password: first } = await create("david", "planner");
    const old = await login("david", first);
    expect(old.status).toBe(200);

    const res = await send("POST", `/api/admin/accounts/${account.id}/reset-password`);
    expect(res.status).toBe(200);
    const { password: second } = res.body as { password: string };
    expect(second).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(second).not.toBe(first);
    expect(res.body.account).toMatchObject({ id: account.id, must_change_password: true });
    expect(lastAudit()).toEqual({
      actor: "test-admin",
      action: "reset-password",
      entity: "accounts",
      entity_id: String(account.id),
      detail: "{}",
    });

    expect(await sessionOf(old.cookie)).toBeNull();
    expect((await login("david", first)).status).toBe(401);
    const fresh = await login("david", second);
    expect(fresh.status).toBe(200);
    expect(fresh.body.user?.must_change_password).toBe(true);
  });

  it("answers 404 for an unknown account", async () => {
    const before = dbDigest(t.db);
    const res = await send("POST", "/api/admin/accounts/9999/reset-password");
    expect(res.status).toBe(404);
    expect(dbDigest(t.db)).toBe(before);
  });
});
