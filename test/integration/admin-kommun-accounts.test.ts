// Accounts across the police area (issue 15), over the real app on the embedded data's four
// kommuner: an administrator of the police area manages every account; an administrator of a
// kommun sees, creates, changes and resets only the accounts of their kommun, and can grant
// neither the police area nor another kommun; the police always work for the whole police area.
import { afterAll, describe, expect, it } from "vitest";
import type { Account } from "../../server/auth/accounts.ts";
import { dbDigest } from "../helpers/db-digest.ts";
import { fieldsOf, jsonSender } from "../helpers/json-request.ts";
import { createTestApp, EMBEDDED_DATA, testUser } from "../helpers/test-app.ts";

const t = createTestApp(EMBEDDED_DATA, { role: "admin" });
afterAll(() => t.close());

const policeAreaAdmin = jsonSender(t.app);
const lommaAdminAccount = t.asAccount({
  role: "admin",
  kommuner: ["1262"],
  username: "lomma-admin",
});
const lommaAdmin = jsonSender(lommaAdminAccount);

const usernames = (body: Record<string, unknown>) =>
  (body.accounts as Account[]).map((a) => a.username);
const errorCode = (body: Record<string, unknown>) => (body.error as { code: string }).code;

describe("an administrator of the police area", () => {
  it("creates accounts for any kommun, and the police for the police area only", async () => {
    const res = await policeAreaAdmin("POST", "/api/admin/accounts", {
      username: "burlov.planner",
      role: "planner",
      kommuner: ["1231"],
    });
    expect(res.status).toBe(201);
    expect(res.body.account).toMatchObject({
      role: "planner",
      scope: "kommun",
      kommuner: ["1231"],
    });

    const police = await policeAreaAdmin("POST", "/api/admin/accounts", {
      username: "polis.p",
      role: "police",
    });
    expect(police.status).toBe(201);
    expect(police.body.account).toMatchObject({ scope: "police_area", kommuner: [] });

    const both = await policeAreaAdmin("POST", "/api/admin/accounts", {
      username: "two.kommuner",
      role: "planner",
      kommuner: ["1262", "1230"],
    });
    expect(both.body.account).toMatchObject({ kommuner: ["1230", "1262"] });
  });

  it("refuses a scope that cannot be, naming the field, and changes nothing", async () => {
    const before = dbDigest(t.db);
    const cases: [Record<string, unknown>, string][] = [
      [{ role: "police", scope: "kommun", kommuner: ["1230"] }, "scope"],
      [{ role: "planner", scope: "police_area" }, "scope"],
      [{ role: "planner", kommuner: ["9999"] }, "kommuner"],
      [{ role: "planner", kommuner: [] }, "kommuner"],
      // Four kommuner deployed: the one a planner works for must be named.
      [{ role: "planner" }, "kommuner"],
      [{ role: "planner", kommuner: ["1230", "1230"] }, "kommuner"],
      [{ role: "admin", scope: "police_area", kommuner: ["1230"] }, "kommuner"],
    ];
    for (const [body, field] of cases) {
      const res = await policeAreaAdmin("POST", "/api/admin/accounts", {
        username: "x.y",
        ...body,
      });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(res.body)).toContain(field);
    }
    expect(dbDigest(t.db)).toEqual(before);
  });

  it("sees every account, and narrows to one kommun's with ?kommun=", async () => {
    const all = await policeAreaAdmin("GET", "/api/admin/accounts");
    expect(usernames(all.body)).toEqual(
      expect.arrayContaining([
        testUser("admin"),
        testUser("police"),
        "burlov.planner",
        "lomma-admin",
      ]),
    );
    const lomma = await policeAreaAdmin("GET", "/api/admin/accounts?kommun=1262");
    expect(usernames(lomma.body).sort()).toEqual(["lomma-admin"]);
  });

  it("cannot narrow the last administrator of the police area, nor their own account", async () => {
    const own = t.auth.accounts.findByUsername(testUser("admin")) as Account;
    const res = await policeAreaAdmin("PATCH", `/api/admin/accounts/${own.id}`, {
      scope: "kommun",
      kommuner: ["1230"],
    });
    expect(res.status).toBe(409);
    expect(t.auth.accounts.find(own.id)).toMatchObject({ scope: "police_area" });
  });
});

describe("an administrator of a kommun", () => {
  it("sees only the accounts of their kommun", async () => {
    const res = await lommaAdmin("GET", "/api/admin/accounts");
    expect(res.status).toBe(200);
    // Not the Staffanstorp planner, the police, the police-area admin, nor an account that also
    // works for Staffanstorp: that one is shown apart, as shared, for them to know who works on
    // Lomma's records (the police area's administrator manages it).
    expect(usernames(res.body)).toEqual(["lomma-admin"]);
    expect((res.body.shared as Account[]).map((a) => [a.username, a.kommuner])).toEqual([
      ["two.kommuner", ["1230", "1262"]],
    ]);
    // Its own log rows (its creation, filed under Staffanstorp, its first kommun) are Lomma's to
    // read too; the police account's are not.
    const shared = (res.body.shared as Account[])[0] as Account;
    const log = await lommaAdmin("GET", "/api/admin/audit?entity=accounts&limit=500");
    const about = (log.body.entries as { entity_id: string; action: string; kommun: string }[])
      .filter((e) => e.entity_id === String(shared.id))
      .map((e) => [e.action, e.kommun]);
    expect(about).toContainEqual(["create", "1230"]);
    const police = t.auth.accounts.findByUsername("polis.p") as Account;
    expect(
      (log.body.entries as { entity_id: string }[]).some((e) => e.entity_id === String(police.id)),
    ).toBe(false);
    // Its personal access tokens too (filed under its first kommun, Staffanstorp).
    const sharedPlanner = t.asAccount({ role: "planner", kommuner: ["1230", "1262"] });
    const token = await jsonSender(sharedPlanner)("POST", "/api/auth/tokens", { name: "QGIS" });
    expect(token.status).toBe(201);
    const tokenId = String((token.body as { id: number }).id);
    const tokenLog = await lommaAdmin("GET", "/api/admin/audit?entity=access_tokens&limit=500");
    expect(
      (tokenLog.body.entries as { entity_id: string; action: string }[])
        .filter((e) => e.entity_id === tokenId)
        .map((e) => e.action),
    ).toEqual(["create"]);
    // And a change of an account's kommuner, for the kommun it leaves as well.
    const leaving = await policeAreaAdmin("POST", "/api/admin/accounts", {
      username: "leaves.lomma",
      role: "planner",
      kommuner: ["1262"],
    });
    const leavingId = String((leaving.body.account as Account).id);
    const moved = await policeAreaAdmin("PATCH", `/api/admin/accounts/${leavingId}`, {
      kommuner: ["1230"],
    });
    expect(moved.status).toBe(200);
    const moveLog = await lommaAdmin("GET", "/api/admin/audit?entity=accounts&limit=500");
    expect(
      (moveLog.body.entries as { entity_id: string; action: string }[])
        .filter((e) => e.entity_id === leavingId)
        .map((e) => e.action),
    ).toEqual(["update", "create"]);
    // The police area's administrator manages them all: nothing is shared with them.
    const all = await policeAreaAdmin("GET", "/api/admin/accounts");
    expect(all.body.shared).toEqual([]);
  });

  it("creates accounts of their kommun, by default for it", async () => {
    const res = await lommaAdmin("POST", "/api/admin/accounts", {
      username: "lomma.planner",
      role: "planner",
    });
    expect(res.status).toBe(201);
    expect(res.body.account).toMatchObject({ scope: "kommun", kommuner: ["1262"] });
    const list = await lommaAdmin("GET", "/api/admin/accounts");
    expect(usernames(list.body)).toEqual(["lomma-admin", "lomma.planner"]);
  });

  it("can grant neither the police area nor a kommun they lack", async () => {
    const before = dbDigest(t.db);
    // Each refusal names its field and, for a kommun, which one (the form words it from these).
    const cases: [Record<string, unknown>, unknown][] = [
      [
        { role: "planner", kommuner: ["1230"] },
        { field: "kommuner", code: "other_kommun", params: { kommun: "1230" } },
      ],
      [
        { role: "planner", kommuner: ["1262", "1230"] },
        { field: "kommuner", code: "other_kommun", params: { kommun: "1230" } },
      ],
      [
        { role: "admin", scope: "police_area" },
        { field: "scope", code: "police_area_grant" },
      ],
      [{ role: "police" }, { field: "scope", code: "police_area_grant" }],
    ];
    for (const [body, field] of cases) {
      const res = await lommaAdmin("POST", "/api/admin/accounts", { username: "z.z", ...body });
      expect(res.status, JSON.stringify(body)).toBe(403);
      expect(errorCode(res.body)).toBe("kommun_forbidden");
      const { fields } = (res.body as { error: { fields: unknown[] } }).error;
      expect(fields, JSON.stringify(body)).toEqual([expect.objectContaining(field as object)]);
    }
    // Nor through ?kommun= of a kommun they do not administer.
    const other = await lommaAdmin("GET", "/api/admin/accounts?kommun=1230");
    expect(other.status).toBe(403);
    expect(dbDigest(t.db)).toEqual(before);
  });

  it("changes, disables and resets only accounts of their kommun", async () => {
    const find = (u: string) => t.auth.accounts.findByUsername(u) as Account;
    const staffanstorpPlanner = find(testUser("planner"));
    const both = find("two.kommuner");
    const lommaPlanner = find("lomma.planner");
    const before = dbDigest(t.db);
    for (const target of [staffanstorpPlanner, both, find(testUser("police"))]) {
      const patch = await lommaAdmin("PATCH", `/api/admin/accounts/${target.id}`, {
        disabled: true,
      });
      expect(patch.status).toBe(404);
      const reset = await lommaAdmin("POST", `/api/admin/accounts/${target.id}/reset-password`);
      expect(reset.status).toBe(404);
    }
    const widen = await lommaAdmin("PATCH", `/api/admin/accounts/${lommaPlanner.id}`, {
      kommuner: ["1262", "1230"],
    });
    expect(widen.status).toBe(403);
    const promote = await lommaAdmin("PATCH", `/api/admin/accounts/${lommaPlanner.id}`, {
      role: "police",
    });
    expect(promote.status).toBe(403);
    expect(dbDigest(t.db)).toEqual(before);

    const disable = await lommaAdmin("PATCH", `/api/admin/accounts/${lommaPlanner.id}`, {
      disabled: true,
      role: "admin",
    });
    expect(disable.status).toBe(200);
    expect(disable.body).toMatchObject({ disabled: true, role: "admin", kommuner: ["1262"] });
    const reset = await lommaAdmin("POST", `/api/admin/accounts/${lommaPlanner.id}/reset-password`);
    expect(reset.status).toBe(200);
  });
});

describe("a change of kommuner", () => {
  it("applies to the account's live session at once", async () => {
    const planner = t.asAccount({ role: "planner", kommuner: ["1262"] });
    const work = async () => {
      const res = await planner.request("/api/meta/work");
      return ((await res.json()) as { kommuner: { code: string }[] }).kommuner.map((k) => k.code);
    };
    expect(await work()).toEqual(["1262"]);
    const res = await policeAreaAdmin("PATCH", `/api/admin/accounts/${planner.id}`, {
      kommuner: ["1231", "1262"],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ scope: "kommun", kommuner: ["1231", "1262"] });
    expect(await work()).toEqual(["1231", "1262"]);
    expect(
      t.db
        .prepare("SELECT detail FROM audit_log WHERE entity = 'accounts' ORDER BY id DESC LIMIT 1")
        .pluck()
        .get(),
    ).toBe(
      '{"changed":["kommuner"],"scope":"kommun","kommuner":["1231","1262"],"previous_kommuner":["1262"]}',
    );
  });

  it("makes an account of the police a planner only with the kommuner named", async () => {
    const police = t.auth.accounts.findByUsername("polis.p") as Account;
    const bare = await policeAreaAdmin("PATCH", `/api/admin/accounts/${police.id}`, {
      role: "planner",
    });
    expect(bare.status).toBe(400);
    expect(fieldsOf(bare.body)).toEqual(["kommuner"]);
    const named = await policeAreaAdmin("PATCH", `/api/admin/accounts/${police.id}`, {
      role: "planner",
      kommuner: ["1261"],
    });
    expect(named.status).toBe(200);
    expect(named.body).toMatchObject({ role: "planner", scope: "kommun", kommuner: ["1261"] });
  });
});
