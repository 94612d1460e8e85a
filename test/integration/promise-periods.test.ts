// /api/promise-periods over the fixture (clock 2026-11-30): the seeded period 1 (2018–2019, 13
// promises) is copied into the next period, which is then edited and deleted.
import { parseResponse } from "hono/client";
import { afterAll, describe, expect, it } from "vitest";
import { fieldsOf, jsonSender, lastAudit } from "../helpers/json-request.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());
const send = jsonSender(t.app);
const { api } = t.client("planner");
const periods = api["promise-periods"];
const period = (id: number) => ({ param: { id: String(id) } });

describe("POST /api/promise-periods", () => {
  it("creates the next period copying the promises, with deadlines at its end", async () => {
    const { promises } = await parseResponse(
      periods.$post({
        json: {
          name: "Medborgarlöften 2026–2027",
          starts_on: "2026-07-01",
          ends_on: "2027-06-30",
          copy_from: 1,
        },
      }),
    );
    expect(promises).toHaveLength(13);
    expect(new Set(promises.map((p) => p.deadline))).toEqual(new Set(["2027-06-30"]));
    expect(JSON.parse(lastAudit(t.db).detail)).toMatchObject({ copy_from: 1, promises: 13 });
    // The running period is now the default, and its ended quarter 2026-Q3 has a public report.
    const progress = await parseResponse(api.promises.progress.$get({ query: {} }));
    expect(progress).toMatchObject({ period: { id: 2 } });
    expect((await send("GET", "/api/public/reports/2026-Q3")).status).toBe(200);
    expect((await send("GET", "/api/public/reports/2026-Q4")).status).toBe(404);
  });

  it("refuses an end before the start, an unknown source period and unknown fields", async () => {
    const res = await send("POST", "/api/promise-periods", {
      name: "x",
      starts_on: "2027-01-01",
      ends_on: "2026-01-01",
      copy_from: 42,
      colour: "red",
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(expect.arrayContaining(["ends_on", "copy_from", "colour"]));
  });

  it("edits and soft-deletes a period with its promises", async () => {
    const backwards = await periods[":id"].$patch({
      ...period(2),
      json: { ends_on: "2025-01-01" },
    });
    expect(backwards.status).toBe(400);
    const name = "Medborgarlöften 2026–2027 (reviderade)";
    const renamed = await parseResponse(periods[":id"].$patch({ ...period(2), json: { name } }));
    expect(renamed).toMatchObject({ name });
    expect((await periods[":id"].$delete(period(2))).status).toBe(200);
    expect((await parseResponse(periods.$get())).periods).toHaveLength(1);
    expect(
      t.db
        .prepare("SELECT COUNT(*) FROM promises WHERE period_id = 2 AND deleted_at IS NULL")
        .pluck()
        .get(),
    ).toBe(0);
  });
});
