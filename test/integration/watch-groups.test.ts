// /api/watch-groups over the fixture: groups 1–3 in Alfa (60 + 30 active, 20 inactive), 4–5 in
// Beta; all with contact persons "Kontakt PersonN". New groups get ids from 6.
import { afterAll, describe, expect, it } from "vitest";
import type { AreaCollection } from "../../server/areas/types.ts";
import type { WatchGroupRecord } from "../../server/watch-groups/schema.ts";
import { fieldsOf, jsonSender } from "../helpers/json-request.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());

const send = jsonSender(t.app);
const audits = () =>
  t.db.prepare("SELECT action, entity, entity_id, detail FROM audit_log ORDER BY id").all() as {
    action: string;
    entity: string;
    entity_id: string | null;
    detail: string;
  }[];
const PERSONAL = /Andersson|0701234567|070-123|anna@|Kontakt Person|example\.se/;

const group = {
  area_id: "12300003",
  name: "Gamma Norra",
  status: "active",
  households: 20,
  started_on: "2019-06-01",
  contact_name: "Anna Andersson",
  contact_phone: "070-123 45 67",
  contact_email: "anna@example.org",
};

describe("GET /api/watch-groups", () => {
  it("lists an area's groups with their contact persons, and logs the read", async () => {
    const res = await send("GET", "/api/watch-groups?area_id=12300001");
    expect(res.status).toBe(200);
    const groups = res.body.watch_groups as WatchGroupRecord[];
    expect(groups.map((g) => [g.id, g.status, g.households])).toEqual([
      [3, "inactive", 20],
      [1, "active", 60],
      [2, "active", 30],
    ]);
    expect(groups[1]).toMatchObject({
      contact_name: "Kontakt Person1",
      contact_email: "kontakt1@example.se",
    });
    expect(audits().at(-1)).toEqual({
      action: "read-personal",
      entity: "watch_groups",
      entity_id: null,
      detail: '{"area_id":"12300001","count":3}',
    });
  });

  it("refuses unknown filters", async () => {
    const res = await send("GET", "/api/watch-groups?status=sleeping&colour=red");
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(expect.arrayContaining(["status", "colour"]));
  });
});

describe("POST /api/watch-groups", () => {
  it("creates a group; the map's coverage follows and shows no contact details", async () => {
    const res = await send("POST", "/api/watch-groups", group);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: 6, area_name: "Gamma", ...group, demo: false });
    const audit = audits().at(-1);
    expect(audit).toMatchObject({ action: "create", entity: "watch_groups", entity_id: "6" });
    expect(JSON.parse(audit?.detail ?? "")).toEqual({
      area_id: "12300003",
      status: "active",
      households: 20,
      started_on: "2019-06-01",
      has_contact: true,
    });
    const areas = await t.app.request("/api/areas");
    const text = await areas.text();
    expect(text).not.toMatch(PERSONAL);
    const gamma = (JSON.parse(text) as AreaCollection).features.find((f) => f.id === "12300003");
    expect(gamma?.properties).toMatchObject({
      watch_status: "active",
      watch_households: 20,
      watch_coverage: 0.4,
    });
  });

  it("stores empty contact fields as not recorded", async () => {
    const res = await send("POST", "/api/watch-groups", {
      ...group,
      contact_name: "",
      contact_phone: "",
      contact_email: null,
    });
    expect(res.body).toMatchObject({
      id: 7,
      contact_name: null,
      contact_phone: null,
      contact_email: null,
    });
    expect(JSON.parse(audits().at(-1)?.detail ?? "").has_contact).toBe(false);
  });

  it("names every bad field in one 400 and writes nothing", async () => {
    const before = t.db.prepare("SELECT value FROM meta WHERE key = 'data_version'").pluck().get();
    const res = await send("POST", "/api/watch-groups", {
      area_id: "00000000",
      name: " ",
      status: "sleeping",
      households: -3,
      started_on: "2019-02-29",
      contact_phone: "ring mig",
      contact_email: "anna at example",
      colour: "red",
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body).sort()).toEqual(
      [
        "area_id",
        "colour",
        "contact_email",
        "contact_phone",
        "households",
        "name",
        "started_on",
        "status",
      ].sort(),
    );
    expect(t.db.prepare("SELECT value FROM meta WHERE key = 'data_version'").pluck().get()).toBe(
      before,
    );
  });
});

describe("PATCH and DELETE /api/watch-groups/:id", () => {
  it("changes the given fields; the audit names them but never the values", async () => {
    const res = await send("PATCH", "/api/watch-groups/6", {
      status: "inactive",
      contact_phone: "+46 70 123 45 67",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: "inactive",
      contact_phone: "+46 70 123 45 67",
      name: "Gamma Norra",
    });
    const detail = JSON.parse(audits().at(-1)?.detail ?? "");
    expect(detail.changed).toEqual(["contact_phone", "status"]);
    expect(
      audits()
        .map((a) => a.detail)
        .join(" "),
    ).not.toMatch(PERSONAL);
  });

  it("refuses bad values and unknown ids", async () => {
    const bad = await send("PATCH", "/api/watch-groups/6", { households: "many", area_id: "x" });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(["households", "area_id"]);
    expect((await send("PATCH", "/api/watch-groups/999", { status: "active" })).status).toBe(404);
  });

  it("soft-deletes: the row stays with deleted_at, reads no longer see it", async () => {
    expect(await send("DELETE", "/api/watch-groups/1")).toEqual({
      status: 200,
      body: { id: 1, deleted: true },
    });
    const row = t.db.prepare("SELECT name, deleted_at FROM watch_groups WHERE id = 1").get() as {
      name: string;
      deleted_at: string | null;
    };
    expect(row.name).toBe("Grupp 1");
    expect(row.deleted_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await send("GET", "/api/watch-groups/1")).status).toBe(404);
    expect((await send("DELETE", "/api/watch-groups/1")).status).toBe(404);
    expect(audits().at(-1)).toMatchObject({
      action: "delete",
      entity: "watch_groups",
      entity_id: "1",
    });
  });
});
