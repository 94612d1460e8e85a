// GET /api/admin/audit over rows written with known times: filters by actor, action, entity and
// day (both ends included, UTC), newest first, keyset paging with before_id, and bad parameters;
// and the text filter `q`, words as a person types them (parts of names, Swedish event names).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditPageEntry as Entry } from "../../server/admin/audit-repo.ts";
import { fieldsOf, jsonSender } from "../helpers/json-request.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp(undefined, { role: "admin" });
afterAll(() => t.close());
const send = jsonSender(t.app);

interface Page {
  entries: Entry[];
  next_before_id: number | null;
}

const ids: Record<string, number> = {};
const pager: number[] = [];

beforeAll(() => {
  const insert =
    t.db.prepare(`INSERT INTO audit_log (at, actor, action, entity, entity_id, detail, remote)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const add = (
    key: string,
    at: string,
    actor: string,
    action: string,
    entity: string,
    id: string | null,
  ) => {
    ids[key] = Number(
      insert.run(at, actor, action, entity, id, '{"n":1}', "10.0.0.1").lastInsertRowid,
    );
  };
  add("e1", "2026-01-10T08:00:00.000Z", "eva", "create", "visits", "1");
  add("e2", "2026-01-31T23:59:59.999Z", "eva", "update", "visits", "1");
  add("f3", "2026-02-01T00:00:00.000Z", "frans", "create", "watch_groups", "7");
  add("e4", "2026-02-15T10:00:00.000Z", "eva", "delete", "visits", "1");
  add("f5", "2026-03-01T00:00:00.000Z", "frans", "read-personal", "watch_groups", null);
  for (let i = 0; i < 7; i++) {
    pager.push(
      Number(
        insert.run("2026-04-01T00:00:00.000Z", "pager", "p", "x", String(i), "{}", null)
          .lastInsertRowid,
      ),
    );
  }
  for (let i = 0; i < 105; i++) {
    insert.run("2026-05-01T00:00:00.000Z", "bulk", "b", "x", null, "{}", null);
  }
});

async function page(query: string): Promise<Page> {
  const res = await t.app.request(`/api/admin/audit${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
}
const idsOf = (p: Page) => p.entries.map((e) => e.id);

describe("GET /api/admin/audit", () => {
  it("filters by actor, newest first, with the detail as an object", async () => {
    const p = await page("?actor=eva");
    expect(idsOf(p)).toEqual([ids.e4, ids.e2, ids.e1]);
    expect(p.next_before_id).toBeNull();
    expect(p.entries[0]).toEqual({
      id: ids.e4,
      at: "2026-02-15T10:00:00.000Z",
      actor: "eva",
      action: "delete",
      entity: "visits",
      entity_id: "1",
      detail: { n: 1 },
      remote: "10.0.0.1",
      kommun: null,
      account: null,
    });
  });

  it("filters by action and entity", async () => {
    expect(idsOf(await page("?action=create&entity=watch_groups"))).toEqual([ids.f3]);
    expect(idsOf(await page("?action=create&actor=eva"))).toEqual([ids.e1]);
    expect(idsOf(await page("?entity=visits&actor=frans"))).toEqual([]);
  });

  it("includes whole days at both ends of from and to (UTC)", async () => {
    expect(idsOf(await page("?from=2026-01-31&to=2026-01-31"))).toEqual([ids.e2]);
    expect(idsOf(await page("?from=2026-02-01&to=2026-02-01"))).toEqual([ids.f3]);
    expect(idsOf(await page("?actor=frans&from=2026-02-01"))).toEqual([ids.f5, ids.f3]);
    expect(idsOf(await page("?actor=eva&to=2026-01-31"))).toEqual([ids.e2, ids.e1]);
  });

  it("pages with limit and before_id until next_before_id is null", async () => {
    const first = await page("?actor=pager&limit=3");
    expect(idsOf(first)).toEqual([pager[6], pager[5], pager[4]]);
    expect(first.next_before_id).toBe(pager[4]);
    const second = await page(`?actor=pager&limit=3&before_id=${first.next_before_id}`);
    expect(idsOf(second)).toEqual([pager[3], pager[2], pager[1]]);
    const third = await page(`?actor=pager&limit=3&before_id=${second.next_before_id}`);
    expect(idsOf(third)).toEqual([pager[0]]);
    expect(third.next_before_id).toBeNull();
    // A page that ends exactly at the last row says there is no more.
    expect((await page("?actor=pager&limit=7")).next_before_id).toBeNull();
  });

  it("gives 100 entries by default", async () => {
    const p = await page("?actor=bulk");
    expect(p.entries).toHaveLength(100);
    expect(p.next_before_id).toBe(p.entries[99]?.id);
    expect((await page(`?actor=bulk&before_id=${p.next_before_id}`)).entries).toHaveLength(5);
  });

  it("records admin actions with the admin as actor; reading the log is not itself logged", async () => {
    const created = await send("POST", "/api/admin/accounts", {
      username: "greta",
      role: "police",
    });
    expect(created.status).toBe(201);
    const before = t.db.prepare("SELECT count(*) FROM audit_log").pluck().get();
    const p = await page("?actor=test-admin&entity=accounts");
    expect(p.entries.map((e) => [e.action, e.entity_id])).toEqual([
      ["create", String((created.body.account as { id: number }).id)],
    ]);
    expect(t.db.prepare("SELECT count(*) FROM audit_log").pluck().get()).toBe(before);
  });

  it("names every bad parameter", async () => {
    const res = await send(
      "GET",
      "/api/admin/audit?limit=501&from=2026-02-30&before_id=x&colour=red",
    );
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(
      expect.arrayContaining(["limit", "from", "before_id", "colour"]),
    );
    const zero = await send("GET", "/api/admin/audit?limit=0");
    expect(fieldsOf(zero.body)).toEqual(["limit"]);
    const order = await send("GET", "/api/admin/audit?from=2026-03-01&to=2026-02-01");
    expect(order.status).toBe(400);
    expect(fieldsOf(order.body)).toEqual(["to"]);
  });

  it("is for admins only", async () => {
    expect((await t.as("planner").request("/api/admin/audit")).status).toBe(403);
    expect((await t.as(null).request("/api/admin/audit")).status).toBe(401);
  });
});

describe("GET /api/admin/audit?q=: words as typed", () => {
  const u = createTestApp(undefined, { role: "admin" });
  afterAll(() => u.close());
  const rows: Record<string, number> = {};
  let anna = 0;

  beforeAll(async () => {
    const insert = u.db.prepare(`INSERT INTO audit_log (actor, action, entity, entity_id, detail)
      VALUES (?, ?, ?, ?, ?)`);
    const add = (key: string, ...v: [string, string, string, string | null, string]) => {
      rows[key] = Number(insert.run(...v).lastInsertRowid);
    };
    add(
      "walk",
      "karin.ek",
      "create",
      "visits",
      "12",
      '{"kind":"safety_walk","area_id":"12300001"}',
    );
    add("session", "karin.ek", "create", "visits", "13", '{"kind":"info_session"}');
    add("close", "eva", "close", "walk_findings", "4", '{"visit_id":12,"status":"done"}');
    add("group", "eva", "update", "watch_groups", "7", '{"changed":["name"]}');
    // A login from before logins were recorded under their account.
    anna = await u.auth.accounts.create({
      username: "anna.berg",
      role: "planner",
      password: "anna-lösenord-1",
    });
    add("old-login", "anonymous", "login", "accounts", String(anna), "{}");
    const res = await u.as(null).request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "anna.berg", password: "anna-lösenord-1" }),
    });
    expect(res.status).toBe(200);
  });

  async function found(q: string) {
    const res = await u.app.request(`/api/admin/audit?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as Page).entries;
  }

  it("finds a person by part of the name, in any case", async () => {
    expect((await found("KARIN")).map((e) => e.id)).toEqual([rows.session, rows.walk]);
    expect((await found("ek")).map((e) => e.actor)).toEqual(["karin.ek", "karin.ek"]);
  });

  it("finds what was done by its Swedish or English name, every word counting", async () => {
    expect((await found("skapade vandring")).map((e) => e.id)).toEqual([rows.walk]);
    expect((await found("created information")).map((e) => e.id)).toEqual([rows.session]);
    expect((await found("stängde iakttagelse")).map((e) => e.id)).toEqual([rows.close]);
    expect((await found("Ändrade grannsamverkansgrupp")).map((e) => e.id)).toEqual([rows.group]);
    expect(await found("eva skapade")).toEqual([]);
  });

  it("shows a login under the account, and finds the old ones by the account's name", async () => {
    const logins = await found("anna inloggning");
    expect(logins.map((e) => [e.actor, e.action, e.account])).toEqual([
      ["anna.berg", "login", "anna.berg"],
      ["anonymous", "login", "anna.berg"],
    ]);
    expect(logins[1]?.id).toBe(rows["old-login"]);
    expect(logins[0]?.entity_id).toBe(String(anna));
  });

  it("names q when it is too long", async () => {
    const res = await u.app.request(`/api/admin/audit?q=${"x".repeat(201)}`);
    expect(res.status).toBe(400);
    expect(fieldsOf((await res.json()) as Record<string, unknown>)).toEqual(["q"]);
  });
});
