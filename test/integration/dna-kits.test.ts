// /api/dna-kits over the fixture: rows 1 (Alfa, 10 kits, 2018-05-01), 2 (Alfa, 15, handed out at
// visit 2) and 3 (Beta, 5, 2019-12-31). New rows get ids from 4.
import { parseResponse } from "hono/client";
import { afterAll, describe, expect, it } from "vitest";
import type { AreaCollection } from "../../server/areas/types.ts";
import { fieldsOf, jsonSender, lastAudit as lastAuditOf } from "../helpers/json-request.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());

const send = jsonSender(t.app);
const kits = t.client("planner").api["dna-kits"];
const lastAudit = () => lastAuditOf(t.db);
async function gamma() {
  const fc = (await (await t.app.request("/api/areas")).json()) as AreaCollection;
  return fc.features.find((f) => f.id === "12300003")?.properties;
}

describe("/api/dna-kits", () => {
  it("lists an area's kits newest first, marking those handed out at a session", async () => {
    const { dna_kits } = await parseResponse(kits.$get({ query: { area_id: "12300001" } }));
    expect(dna_kits.map((k) => [k.id, k.handed_out_on, k.kits, k.visit_id])).toEqual([
      [2, "2019-06-10", 15, 2],
      [1, "2018-05-01", 10, null],
    ]);
  });

  it("records kits handed out outside a session; the area's uptake follows", async () => {
    expect((await gamma())?.dna_households).toBe(0);
    const res = await kits.$post({
      json: { area_id: "12300003", handed_out_on: "2019-05-05", kits: 7 },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      id: 4,
      area_name: "Gamma",
      kits: 7,
      visit_id: null,
      demo: false,
    });
    expect(lastAudit()).toEqual({
      action: "create",
      entity: "dna_kits",
      entity_id: "4",
      detail: '{"area_id":"12300003","handed_out_on":"2019-05-05","kits":7}',
    });
    expect(await gamma()).toMatchObject({ dna_households: 7, dna_uptake: 0.14 });
  });

  it("names every bad field", async () => {
    const res = await send("POST", "/api/dna-kits", {
      area_id: "nope",
      handed_out_on: "5 maj",
      kits: 0,
      by: "x",
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body).sort()).toEqual(["area_id", "by", "handed_out_on", "kits"]);
  });

  it("edits a record, and sends edits of a session's kits to the session", async () => {
    const kit = (id: number) => ({ param: { id: String(id) } });
    const edited = await parseResponse(kits[":id"].$patch({ ...kit(4), json: { kits: 9 } }));
    expect(edited).toMatchObject({ kits: 9, handed_out_on: "2019-05-05" });
    expect(JSON.parse(lastAudit().detail).changed).toEqual(["kits"]);
    const linked = await kits[":id"].$patch({ ...kit(2), json: { kits: 1 } });
    expect(linked.status).toBe(409);
    expect(await linked.text()).toContain("/api/visits/2");
    expect((await kits[":id"].$delete(kit(2))).status).toBe(409);
    expect((await kits[":id"].$patch({ ...kit(4), json: { kits: -1 } })).status).toBe(400);
    expect((await kits[":id"].$patch({ ...kit(999), json: { kits: 1 } })).status).toBe(404);
  });

  it("soft-deletes, keeping the row", async () => {
    expect((await send("DELETE", "/api/dna-kits/4")).status).toBe(200);
    expect(
      t.db.prepare("SELECT kits, deleted_at IS NOT NULL AS gone FROM dna_kits WHERE id = 4").get(),
    ).toEqual({
      kits: 9,
      gone: 1,
    });
    expect((await gamma())?.dna_households).toBe(0);
    expect((await send("DELETE", "/api/dna-kits/4")).status).toBe(404);
    expect((await send("GET", "/api/dna-kits/4")).status).toBe(404);
  });

  it("refuses a period that runs backwards", async () => {
    const res = await kits.$get({ query: { from: "2019-02-01", to: "2019-01-01" } });
    expect(res.status).toBe(400);
    expect(fieldsOf(await res.json())).toEqual(["from"]);
  });
});
