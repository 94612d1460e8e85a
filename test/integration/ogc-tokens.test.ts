// Personal access tokens for GIS clients: created and revoked by their owner under
// /api/auth/tokens (audited, the secret shown once and stored only as a hash), accepted on /ogc as
// Authorization: Bearer or as HTTP Basic with the owner's username, with the owner's role — and
// nowhere else. Test clock 2026-11-30T12:00Z.
import { afterAll, describe, expect, it } from "vitest";
import type { CreatedToken } from "../../server/auth/token-routes.ts";
import { fieldsOf, jsonSender, lastAuditBy } from "../helpers/json-request.ts";
import { createTestApp, testUser } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());
const asPlanner = jsonSender(t.as("planner"));
const asPolice = jsonSender(t.as("police"));
const anyone = t.as(null);

const bearer = (secret: string) => ({ headers: { Authorization: `Bearer ${secret}` } });
const basic = (user: string, secret: string) => ({
  headers: { Authorization: `Basic ${Buffer.from(`${user}:${secret}`).toString("base64")}` },
});
const create = async (send = asPlanner, body: object = { name: "QGIS" }) => {
  const res = await send("POST", "/api/auth/tokens", body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as unknown as CreatedToken;
};
const collections = async (init: RequestInit) => {
  const res = await anyone.request("/ogc/collections", init);
  const body = (await res.json()) as { collections?: { id: string }[] };
  return { status: res.status, ids: body.collections?.map((c) => c.id) };
};

describe("creating a token", () => {
  it("shows the secret once, stores only its hash, and audits it", async () => {
    const token = await create(asPlanner, { name: "QGIS på kontoret", days: 30 });
    expect(token.secret).toMatch(/^gk_[\w-]{43}$/);
    expect(token).toMatchObject({
      name: "QGIS på kontoret",
      prefix: token.secret.slice(0, 9),
      expires_at: "2026-12-30T12:00:00.000Z",
    });
    const stored = t.db.prepare("SELECT * FROM access_tokens WHERE id = ?").get(token.id);
    expect(JSON.stringify(stored)).not.toContain(token.secret);
    expect(lastAuditBy(t.db)).toMatchObject({
      actor: testUser("planner"),
      action: "create",
      entity: "access_tokens",
      entity_id: String(token.id),
    });
    expect(lastAuditBy(t.db).detail).not.toContain(token.secret);
    const list = await asPlanner("GET", "/api/auth/tokens");
    expect(JSON.stringify(list.body)).not.toContain(token.secret);
    expect(list.body.tokens).toEqual([
      expect.objectContaining({ id: token.id, name: "QGIS på kontoret", last_used_at: null }),
    ]);
  });

  it("refuses a bad body, naming each field, and writes nothing", async () => {
    const before = t.db.prepare("SELECT COUNT(*) FROM access_tokens").pluck().get();
    const res = await asPlanner("POST", "/api/auth/tokens", { name: " ", days: 400, scope: "x" });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body).sort()).toEqual(["days", "name", "scope"]);
    expect(t.db.prepare("SELECT COUNT(*) FROM access_tokens").pluck().get()).toBe(before);
    expect((await anyone.request("/api/auth/tokens")).status).toBe(401);
  });
});

describe("reading /ogc with a token", () => {
  it("opens the planning collections with Bearer or with Basic and the owner's username", async () => {
    const { secret } = await create();
    expect(await collections({})).toEqual({ status: 200, ids: ["areas", "activity", "sessions"] });
    const all = ["areas", "activity", "sessions", "planning_areas", "planning_visits"];
    expect(await collections(bearer(secret))).toEqual({ status: 200, ids: all });
    expect(await collections(basic(testUser("planner"), secret))).toEqual({
      status: 200,
      ids: all,
    });
    expect(await collections(basic(testUser("planner").toUpperCase(), secret))).toEqual({
      status: 200,
      ids: all,
    });
    const items = await anyone.request("/ogc/collections/planning_visits/items", bearer(secret));
    expect(items.status).toBe(200);
    expect(items.headers.get("cache-control")).toBe("private, no-store");
    expect(((await items.json()) as { numberMatched: number }).numberMatched).toBe(5);
    const used = t.db
      .prepare(
        "SELECT last_used_at FROM access_tokens WHERE token_hash IS NOT NULL ORDER BY id DESC",
      )
      .pluck()
      .get();
    expect(used).toBe("2026-11-30T12:00:00.000Z");
  });

  it("refuses a wrong token, a wrong username or a password with 401 and a challenge", async () => {
    const { secret } = await create();
    for (const init of [
      bearer(`${secret}x`),
      bearer("gk_not-a-token"),
      basic("test-police", secret),
      basic(testUser("planner"), "the-password"),
      { headers: { Authorization: "Digest abc" } },
    ]) {
      const res = await anyone.request("/ogc/collections/areas/items", init);
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toContain("Basic");
      expect(((await res.json()) as { code: string }).code).toBe("NotAuthorized");
    }
  });

  it("reads with its owner's role: the police read planning areas, not planning visits", async () => {
    const { secret } = await create(asPolice);
    const areas = await anyone.request("/ogc/collections/planning_areas/items", bearer(secret));
    expect(areas.status).toBe(200);
    const visits = await anyone.request("/ogc/collections/planning_visits/items", bearer(secret));
    expect(visits.status).toBe(403);
    expect((await collections(bearer(secret))).ids).toEqual([
      "areas",
      "activity",
      "sessions",
      "planning_areas",
    ]);
  });

  it("is no key to the API", async () => {
    const { secret } = await create();
    expect((await anyone.request("/api/areas", bearer(secret))).status).toBe(401);
    expect((await anyone.request("/api/visits", basic(testUser("planner"), secret))).status).toBe(
      401,
    );
  });
});

describe("ending a token", () => {
  it("is revoked by its owner (audited) and then refused; nobody else can revoke it", async () => {
    const { id, secret } = await create();
    expect((await asPolice("DELETE", `/api/auth/tokens/${id}`)).status).toBe(404);
    const res = await t.as("planner").request(`/api/auth/tokens/${id}`, { method: "DELETE" });
    expect(res.status).toBe(204);
    expect(lastAuditBy(t.db)).toMatchObject({
      action: "revoke",
      entity: "access_tokens",
      entity_id: String(id),
    });
    expect((await collections(bearer(secret))).status).toBe(401);
    const list = (await asPlanner("GET", "/api/auth/tokens")).body.tokens as { id: number }[];
    expect(list.map((x) => x.id)).not.toContain(id);
    expect((await asPlanner("DELETE", `/api/auth/tokens/${id}`)).status).toBe(404);
  });

  it("stops working when it expires or its account is disabled", async () => {
    const expiring = await create();
    t.db
      .prepare("UPDATE access_tokens SET expires_at = '2026-11-30T11:59:59.000Z' WHERE id = ?")
      .run(expiring.id);
    expect((await collections(bearer(expiring.secret))).status).toBe(401);
    const { secret } = await create(asPolice);
    t.db
      .prepare("UPDATE accounts SET disabled_at = '2026-11-30T00:00:00Z' WHERE username = ?")
      .run(testUser("police"));
    expect((await collections(bearer(secret))).status).toBe(401);
  });

  it("is at most twenty live tokens to an account", async () => {
    const admin = jsonSender(t.as("admin"));
    for (let i = 0; i < 20; i++) await create(admin, { name: `t${i}` });
    const res = await admin("POST", "/api/auth/tokens", { name: "one too many" });
    expect(res.status).toBe(409);
  });
});
