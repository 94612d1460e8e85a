// HTTP behaviour shared by every read endpoint: ETags naming the bytes sent, compression,
// JSON 404s, and the base layers and meta that the map needs first.
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());

describe("ETag and conditional requests", () => {
  it("answers a matching If-None-Match with 304 and no body", async () => {
    const first = await t.app.request("/api/areas");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"[\w-]{22}"$/);
    const again = await t.app.request("/api/areas", { headers: { "If-None-Match": etag ?? "" } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("gives each period its own ETag", async () => {
    const a = await t.app.request("/api/areas?to=2018-12-31");
    const b = await t.app.request("/api/areas?to=2019-12-31");
    expect(a.headers.get("etag")).not.toBe(b.headers.get("etag"));
  });

  it("changes the ETag when the data changes", async () => {
    const before = (await t.app.request("/api/areas")).headers.get("etag") ?? "";
    t.db
      .prepare(
        "INSERT INTO dna_kits (area_id, handed_out_on, kits) VALUES ('12300003', '2019-05-05', 7)",
      )
      .run();
    const after = await t.app.request("/api/areas", { headers: { "If-None-Match": before } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(before);
    const fc = (await after.json()) as { features: { properties: { dna_households: number } }[] };
    expect(fc.features[2]?.properties.dna_households).toBe(7);
  });
});

describe("compression", () => {
  it("sends gzip when asked, and the bytes decode to the same JSON", async () => {
    const plain = await t.app.request("/api/areas");
    const gz = await t.app.request("/api/areas", { headers: { "Accept-Encoding": "gzip" } });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gz.headers.get("vary")).toBe("Accept-Encoding");
    const decoded = gunzipSync(Buffer.from(await gz.arrayBuffer())).toString("utf8");
    expect(JSON.parse(decoded)).toEqual(await plain.json());
  });

  it("prefers brotli and honours q=0", async () => {
    const br = await t.app.request("/api/areas", { headers: { "Accept-Encoding": "gzip, br" } });
    expect(br.headers.get("content-encoding")).toBe("br");
    const noBr = await t.app.request("/api/areas", {
      headers: { "Accept-Encoding": "br;q=0, gzip" },
    });
    expect(noBr.headers.get("content-encoding")).toBe("gzip");
    const none = await t.app.request("/api/areas", { headers: { "Accept-Encoding": "identity" } });
    expect(none.headers.get("content-encoding")).toBeNull();
  });
});

describe("GET /api/meta", () => {
  it("is public and built by the privacy filter: no data version, no dates of records", async () => {
    const res = await t.as(null).request("/api/meta");
    expect(res.status).toBe(200);
    const meta = (await res.json()) as Record<string, unknown>;
    expect(meta).toEqual({
      demo: true,
      as_of: "2026-10-31", // the last day of the month before the test clock's
      today: "2026-11-30",
      basemap_style_url: null,
      attribution: expect.stringContaining("Lantmäteriet"),
      // The fixture holds Staffanstorp alone.
      kommuner: [{ code: "1230", name: "Staffanstorp" }],
      default_kommun: "1230",
      police_area: expect.any(String),
    });
  });

  it("gives logged-in roles the data's range and the default period at /api/meta/work", async () => {
    const res = await t.as("police").request("/api/meta/work");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      demo: true,
      data_range: { from: "2018-03-01", to: "2019-12-31" },
      // TEST_NOW is 2026-11-30: the default follows the calendar, not the data's last day.
      default_period: { from: "2025-12-01", to: "2026-11-30" },
      // The fixture holds Staffanstorp alone: the police cover that one kommun.
      kommuner: [{ code: "1230", name: "Staffanstorp" }],
      default_kommun: "1230",
    });
    expect((await t.as(null).request("/api/meta/work")).status).toBe(401);
  });

  it("does not move with police presence, in range or in tag", async () => {
    const meta = await t.as(null).request("/api/meta");
    const work = await t.as("planner").request("/api/meta/work");
    t.db
      .prepare(
        `INSERT INTO presence (area_id, starts_at, ends_at, actor, kind)
         VALUES ('12300001', '2026-11-29T20:00:00Z', '2026-11-29T21:00:00Z', 'police', 'car')`,
      )
      .run();
    const tag = (r: Response) => ({ headers: { "If-None-Match": r.headers.get("etag") ?? "" } });
    expect((await t.as(null).request("/api/meta", tag(meta))).status).toBe(304);
    expect((await t.as("planner").request("/api/meta/work", tag(work))).status).toBe(304);
  });
});

describe("GET /api/basemap/:layer", () => {
  it.each(["kommun", "neighbours", "tatorter", "coast", "tatort_points", "built_up"])(
    "serves %s",
    async (layer) => {
      const res = await t.app.request(`/api/basemap/${layer}`);
      expect(res.status).toBe(200);
      const fc = (await res.json()) as { type: string; features: unknown[] };
      expect(fc.type).toBe("FeatureCollection");
      expect(fc.features.length).toBeGreaterThan(0);
    },
  );

  it("names the allowed layers for an unknown one", async () => {
    const res = await t.app.request("/api/basemap/roads");
    expect(res.status).toBe(404);
    const body = (await res.json()) as {
      error: { message: string; fields: { message: string }[] };
    };
    expect(body.error.message).toContain("roads");
    expect(body.error.fields[0]?.message).toContain("kommun");
  });
});

describe("unknown API paths", () => {
  it("are JSON 404s", async () => {
    const res = await t.app.request("/api/nothing-here");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: "not_found", message: "No such endpoint: GET /api/nothing-here" },
    });
  });
});

describe("writes to the public API", () => {
  it("are 405 Method Not Allowed with a JSON error, for the public and a planner alike", async () => {
    const pt = createTestApp();
    try {
      for (const who of [null, "planner"] as const) {
        for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
          const res = await pt.as(who).request("/api/public/areas", { method });
          expect(res.status, `${who} ${method}`).toBe(405);
          expect(res.headers.get("allow")).toBe("GET, HEAD");
          const body = (await res.json()) as { error: { code: string } };
          expect(body.error.code).toBe("method_not_allowed");
        }
      }
      expect((await pt.as(null).request("/api/public/areas")).status).toBe(200);
    } finally {
      pt.close();
    }
  });
});
