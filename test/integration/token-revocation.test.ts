// Personal access tokens end with the password they were made under and with the account's
// access: an admin's password reset, the owner's password change and disabling an account revoke
// every token of the account in the same transaction, with a `revoke` audit row per token, so a
// re-enabled account or a new password brings none back; and no token of an account that must
// change its password is accepted. Test clock 2026-11-30T12:00Z.
import { afterAll, describe, expect, it } from "vitest";
import { CSRF_HEADER } from "../../server/auth/guard.ts";
import { jsonSender } from "../helpers/json-request.ts";
import { createTestApp, testUser } from "../helpers/test-app.ts";

const t = createTestApp(undefined, { role: "admin" });
afterAll(() => t.close());
const admin = jsonSender(t.app);
const PASSWORD = "ett långt och hemligt lösenord";

/** A planner account with a real password, logged in through the real endpoint. */
async function owner(username: string) {
  const id = await t.auth.accounts.create({ username, role: "planner", password: PASSWORD });
  const res = await t.as(null).request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { csrf_token: string };
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
  const send = async (method: string, path: string, json?: object) =>
    t.as(null).request(path, {
      method,
      headers: { cookie, [CSRF_HEADER]: body.csrf_token, "content-type": "application/json" },
      ...(json && { body: JSON.stringify(json) }),
    });
  return { id, send };
}

async function tokenOf(o: Awaited<ReturnType<typeof owner>>, name = "QGIS") {
  const res = await o.send("POST", "/api/auth/tokens", { name });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: number; secret: string };
}

/** What /ogc answers the token: 200 with the planning collections while it lives, else 401. */
const ogcStatus = async (secret: string) =>
  (
    await t.as(null).request("/ogc/collections/planning_areas/items", {
      headers: { Authorization: `Bearer ${secret}` },
    })
  ).status;

const revocations = (accountId: number) =>
  t.db
    .prepare(
      `SELECT entity_id, actor, detail FROM audit_log
       WHERE entity = 'access_tokens' AND action = 'revoke' AND json_extract(detail, '$.account_id') = ?
       ORDER BY id`,
    )
    .all(accountId)
    .map((r) => {
      const row = r as { entity_id: string; actor: string; detail: string };
      return { token: Number(row.entity_id), actor: row.actor, ...JSON.parse(row.detail) };
    });

describe("an account's tokens end", () => {
  it("when an admin resets its password", async () => {
    const anna = await owner("anna");
    const [a, b] = [await tokenOf(anna, "QGIS"), await tokenOf(anna, "GDAL")];
    expect(await ogcStatus(a.secret)).toBe(200);
    const reset = await admin("POST", `/api/admin/accounts/${anna.id}/reset-password`);
    expect(reset.status).toBe(200);
    expect([await ogcStatus(a.secret), await ogcStatus(b.secret)]).toEqual([401, 401]);
    expect(revocations(anna.id)).toEqual([
      { token: a.id, actor: testUser("admin"), account_id: anna.id, reason: "password-reset" },
      { token: b.id, actor: testUser("admin"), account_id: anna.id, reason: "password-reset" },
    ]);
  });

  it("when the owner changes the password", async () => {
    const bo = await owner("bo");
    const old = await tokenOf(bo);
    const changed = await bo.send("POST", "/api/auth/password", {
      current_password: PASSWORD,
      new_password: "ett annat långt lösenord",
    });
    expect(changed.status).toBe(200);
    expect(await ogcStatus(old.secret)).toBe(401);
    expect(revocations(bo.id)).toEqual([
      { token: old.id, actor: "bo", account_id: bo.id, reason: "password-change" },
    ]);
    // A token made after the change works.
    expect(await ogcStatus((await tokenOf(bo, "ny")).secret)).toBe(200);
  });

  it("when the account is disabled, and stays ended when it is enabled again", async () => {
    const cia = await owner("cia");
    const token = await tokenOf(cia);
    expect((await admin("PATCH", `/api/admin/accounts/${cia.id}`, { disabled: true })).status).toBe(
      200,
    );
    expect(await ogcStatus(token.secret)).toBe(401);
    expect(
      (await admin("PATCH", `/api/admin/accounts/${cia.id}`, { disabled: false })).status,
    ).toBe(200);
    expect(await ogcStatus(token.secret)).toBe(401);
    expect(revocations(cia.id)).toEqual([
      { token: token.id, actor: testUser("admin"), account_id: cia.id, reason: "disabled" },
    ]);
  });

  it("is refused while the account must change its password", async () => {
    const dan = await owner("dan");
    const token = await tokenOf(dan);
    expect(await ogcStatus(token.secret)).toBe(200);
    t.db.prepare("UPDATE accounts SET must_change_password = 1 WHERE id = ?").run(dan.id);
    t.auth.sessions.forget();
    expect(await ogcStatus(token.secret)).toBe(401);
  });
});
