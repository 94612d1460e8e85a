// The audit log across the police area (issue 15), over the real app on the embedded data's four
// kommuner: every row carries the kommun of the record it is about (NULL for what the police area
// shares, such as presence, and for accounts of the police area); an administrator of a kommun
// reads only their kommun's rows, an administrator of the police area every row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditPageEntry } from "../../server/admin/audit-repo.ts";
import { jsonSender } from "../helpers/json-request.ts";
import { createTestApp, EMBEDDED_DATA } from "../helpers/test-app.ts";

const t = createTestApp(EMBEDDED_DATA, { role: "admin" });
afterAll(() => t.close());

const LOMMA_AREA = "12620101";
const STAFFANSTORP_AREA = "12300101";

const policeAreaAdmin = jsonSender(t.app);
const lommaAdmin = jsonSender(t.asAccount({ role: "admin", kommuner: ["1262"] }));
const lommaPlanner = jsonSender(t.asAccount({ role: "planner", kommuner: ["1262"] }));
const staffanstorpPlanner = jsonSender(t.as("planner"));
const police = jsonSender(t.as("police"));

const ids: Record<string, number> = {};
const lastAudit = () =>
  t.db
    .prepare("SELECT entity, entity_id, kommun FROM audit_log ORDER BY id DESC LIMIT 1")
    .get() as { entity: string; entity_id: string | null; kommun: string | null };

beforeAll(async () => {
  const kit = (area_id: string) => ({ area_id, handed_out_on: "2019-05-02", kits: 3 });
  const lomma = await lommaPlanner("POST", "/api/dna-kits", kit(LOMMA_AREA));
  expect(lomma.status).toBe(201);
  ids.lommaKit = lomma.body.id as number;
  const staffanstorp = await staffanstorpPlanner("POST", "/api/dna-kits", kit(STAFFANSTORP_AREA));
  expect(staffanstorp.status).toBe(201);
  ids.staffanstorpKit = staffanstorp.body.id as number;
  const presence = await police("POST", "/api/internal/presence", {
    starts_at: "2019-06-02T21:30:00+02:00",
    ends_at: "2019-06-02T22:15:00+02:00",
    actor: "police",
    kind: "event",
    place: { type: "Area", area_id: LOMMA_AREA },
  });
  expect(presence.status).toBe(201);
  ids.presence = presence.body.id as number;
  const planner = await policeAreaAdmin("POST", "/api/admin/accounts", {
    username: "lomma.ny",
    role: "planner",
    kommuner: ["1262"],
  });
  ids.lommaAccount = (planner.body.account as { id: number }).id;
  const polis = await policeAreaAdmin("POST", "/api/admin/accounts", {
    username: "polis.ny",
    role: "police",
  });
  ids.policeAccount = (polis.body.account as { id: number }).id;
});

const kommunOf = (entity: string, id: number) =>
  t.db
    .prepare("SELECT kommun FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC")
    .pluck()
    .get(entity, String(id));

describe("an audit row's kommun", () => {
  it("is the kommun of the record's area, account or period; none for the police area's", () => {
    expect(kommunOf("dna_kits", ids.lommaKit as number)).toBe("1262");
    expect(kommunOf("dna_kits", ids.staffanstorpKit as number)).toBe("1230");
    // Presence is the police area's, even in a Lomma area.
    expect(kommunOf("presence", ids.presence as number)).toBeNull();
    expect(kommunOf("accounts", ids.lommaAccount as number)).toBe("1262");
    expect(kommunOf("accounts", ids.policeAccount as number)).toBeNull();
  });

  it("follows a change and a delete of the record", async () => {
    const patch = await lommaPlanner("PATCH", `/api/dna-kits/${ids.lommaKit}`, { kits: 4 });
    expect(patch.status).toBe(200);
    expect(lastAudit()).toEqual({
      entity: "dna_kits",
      entity_id: String(ids.lommaKit),
      kommun: "1262",
    });
    const del = await lommaPlanner("DELETE", `/api/dna-kits/${ids.lommaKit}`);
    expect(del.status).toBe(200);
    expect(lastAudit().kommun).toBe("1262");
  });

  it("of a login is that of the account logging in", async () => {
    const password = await policeAreaAdmin(
      "POST",
      `/api/admin/accounts/${ids.lommaAccount}/reset-password`,
    );
    const res = await t.as(null).request("/api/auth/login", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username: "lomma.ny", password: password.body.password }),
    });
    expect(res.status).toBe(200);
    expect(lastAudit()).toEqual({
      entity: "accounts",
      entity_id: String(ids.lommaAccount),
      kommun: "1262",
    });
  });
});

const page = async (send: typeof policeAreaAdmin, query = "") => {
  const res = await send("GET", `/api/admin/audit?limit=500${query}`);
  expect(res.status).toBe(200);
  return (res.body.entries as AuditPageEntry[]).map((e) => e.kommun);
};

describe("GET /api/admin/audit", () => {
  it("gives an administrator of the police area every row, with its kommun", async () => {
    const all = await page(policeAreaAdmin);
    const total = t.db.prepare("SELECT count(*) FROM audit_log").pluck().get();
    expect(all).toHaveLength(total as number);
    expect(new Set(all)).toEqual(new Set(["1262", "1230", null]));
  });

  it("gives an administrator of a kommun only their kommun's rows, none of the police area's", async () => {
    const lomma = await page(lommaAdmin);
    const expected = t.db
      .prepare("SELECT count(*) FROM audit_log WHERE kommun = '1262'")
      .pluck()
      .get();
    expect(lomma.length).toBe(expected);
    expect(lomma.length).toBeGreaterThanOrEqual(4);
    expect(new Set(lomma)).toEqual(new Set(["1262"]));
    // Searching changes nothing about that.
    const res = await lommaAdmin("GET", "/api/admin/audit?entity=presence");
    expect(res.body.entries).toEqual([]);
    expect((await lommaAdmin("GET", "/api/admin/audit?kommun=1230")).status).toBe(403);
  });

  it("narrows to one kommun's rows with ?kommun=", async () => {
    expect(new Set(await page(policeAreaAdmin, "&kommun=1230"))).toEqual(new Set(["1230"]));
  });
});
