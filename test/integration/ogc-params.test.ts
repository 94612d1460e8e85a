// OGC API – Features: the planning visits collection as a logged-in planner reads it (filtered by
// datetime, following writes) and the validation of every query parameter, over the hand-made
// fixture in test/fixtures/data: five
// visits, all at 13.205 E 55.645 N, on 2018-03-01 (id 4), 2018-09-12 (1), 2019-06-10 (2),
// 2019-10-01 (3) and 2019-12-31 (5).
import { afterAll, describe, expect, it } from "vitest";
import { href, type Items, ids, type Link, ogcClient } from "../helpers/ogc.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());
const { get, items, expect400 } = ogcClient(t);

describe("planning visits items", () => {
  it("are the five visits with a place and all their attributes", async () => {
    const fc = await items("/ogc/collections/planning_visits/items");
    expect(ids(fc)).toEqual([4, 1, 2, 3, 5]); // by date: 2018-03-01, 2018-09-12, 2019-06-10, 2019-10-01, 2019-12-31
    expect(fc.features[0]).toMatchObject({
      geometry: { type: "Point", coordinates: [13.205, 55.645] },
      properties: {
        id: 4,
        area_id: "12300002",
        kind: "contact_meeting",
        date: "2018-03-01",
        topic: "contact_persons",
        organisers: "police, municipality",
        attendees: 8,
        demo: true,
      },
    });
    expect(fc.features[0]).not.toHaveProperty("time");
  });

  it("filter by datetime instants and intervals on the visit's day", async () => {
    const on = async (q: string) =>
      ids(await items(`/ogc/collections/planning_visits/items?datetime=${encodeURIComponent(q)}`));
    expect(await on("2019-01-01/2019-12-31")).toEqual([2, 3, 5]);
    expect(await on("../2018-12-31T23:59:59Z")).toEqual([4, 1]);
    expect(await on("2019-10-01T00:00:00Z/..")).toEqual([3, 5]);
    expect(await on("2019-06-10")).toEqual([2]);
    expect(await on("2019-06-10T23:30:00+02:00")).toEqual([2]); // 21:30 UTC, same day
    expect(await on("2019-06-11T00:30:00+02:00")).toEqual([2]); // 22:30 UTC on the 10th
    expect(await on("2019-06-11")).toEqual([]);
  });

  it("serve one visit as a Feature, and 404 an unknown one", async () => {
    const res = await t.app.request("/ogc/collections/planning_visits/items/3");
    expect(res.headers.get("content-type")).toBe("application/geo+json");
    const f = (await res.json()) as { type: string; id: number; links: Link[] };
    expect([f.type, f.id]).toEqual(["Feature", 3]);
    expect(href(f.links, "collection")).toBe(
      "http://localhost/ogc/collections/planning_visits?f=json",
    );
    const missing = await get("/ogc/collections/planning_visits/items/99");
    expect(missing.res.status).toBe(404);
    expect(missing.body).toMatchObject({
      code: "NotFound",
      error: { fields: [{ field: "featureId" }] },
    });
  });

  it("follow writes: soft-deleted and placeless visits drop out", async () => {
    t.db.prepare("UPDATE visits SET deleted_at = '2020-01-01T00:00:00Z' WHERE id = 1").run();
    t.db
      .prepare(
        `INSERT INTO visits (id, area_id, kind, date, topic, attendees, lon, lat, notes)
       VALUES (6, '12300003', 'info_session', '2019-12-01', 'other', 3, 13.225, 55.645, 'Anna, tel 070-1234567'),
              (7, '12300003', 'info_session', '2019-12-02', 'other', 30, NULL, NULL, '')`,
      )
      .run();
    const fc = await items("/ogc/collections/planning_visits/items");
    expect(ids(fc)).toEqual([4, 2, 3, 6, 5]);
    expect(fc.features[3]?.properties).toMatchObject({ attendees: 3, date: "2019-12-01" });
  });
});

describe("parameters", () => {
  it("answer f=json with plain JSON, and refuse other formats", async () => {
    const res = await t.app.request("/ogc/collections/areas/items?f=json&limit=1");
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(href(((await res.json()) as Items).links, "self")).toBe(
      "http://localhost/ogc/collections/areas/items?limit=1&f=json",
    );
    await expect400("/ogc/collections/areas/items?f=html", "f");
  });

  it("serve a limit above 10000 as 10000", async () => {
    const fc = await items("/ogc/collections/areas/items?limit=50000");
    expect(href(fc.links, "self")).toBe(
      "http://localhost/ogc/collections/areas/items?limit=10000&f=geojson",
    );
  });

  it("400 every bad value, naming the parameter", async () => {
    await expect400("/ogc/collections/areas/items?limit=0", "limit");
    await expect400("/ogc/collections/areas/items?limit=ten", "limit");
    await expect400("/ogc/collections/areas/items?offset=-1", "offset");
    await expect400("/ogc/collections/areas/items?bbox=13,55,14", "bbox");
    await expect400("/ogc/collections/areas/items?bbox=386703,6167483,388465,6169236", "bbox");
    await expect400("/ogc/collections/planning_visits/items?datetime=2019-06-31", "datetime");
    await expect400(
      "/ogc/collections/planning_visits/items?datetime=2019-12-31/2019-01-01",
      "datetime",
    );
    await expect400("/ogc/collections/planning_visits/items?limit=1&limit=2", "limit");
    await expect400("/ogc/collections/planning_visits/items?filter=kind%3D1", "filter");
    const { body } = await get("/ogc/collections/areas/items?limit=0&bbox=x&offset=y");
    const fields = (body.error as { fields: { field: string }[] }).fields.map((f) => f.field);
    expect(fields.sort()).toEqual(["bbox", "limit", "offset"]);
  });

  it("404 an unknown path under /ogc", async () => {
    expect((await get("/ogc/tiles")).res.status).toBe(404);
  });
});
