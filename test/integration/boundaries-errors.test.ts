// Area-boundary import with bad input: nothing is ever written, and every 400 names what is wrong.
import { afterAll, describe, expect, it } from "vitest";
import { fromWgs84 } from "../../server/geo/reproject.ts";
import {
  collection,
  commit,
  feature,
  post,
  preview,
  square,
  state,
} from "../helpers/boundaries.ts";
import { createTestApp } from "../helpers/test-app.ts";

describe("bad input imports nothing", () => {
  const t = createTestApp();
  afterAll(() => t.close());

  it("reports the one bad feature in the middle by index and reason, with no token", async () => {
    const before = state(t);
    const file = collection(
      feature({ id: "12300001" }, square(13.2)),
      feature(
        { id: "12300002" },
        {
          type: "LineString",
          coordinates: [
            [13.21, 55.64],
            [13.22, 55.65],
          ],
        },
      ),
      feature({ id: "12300003" }, square(13.22)),
    );
    const { status, body } = await preview(t, file);
    expect(status).toBe(400);
    expect(body.error?.code).toBe("invalid_file");
    expect(body.error?.fields).toEqual([
      {
        field: "features[1]",
        code: "invalid",
        params: {},
        message: "geometry must be a Polygon or MultiPolygon, not LineString",
      },
    ]);
    expect(body.errors).toEqual([
      {
        index: 1,
        id: "12300002",
        name: null,
        reason: "geometry must be a Polygon or MultiPolygon, not LineString",
      },
    ]);
    expect([body.token, body.areas, body.features]).toEqual([null, [], 3]);
    expect(state(t)).toEqual(before);
  });

  it("names the field for file-level problems", async () => {
    const field = async (body: BodyInit, type: string, query = "") => {
      const r = await preview(t, body, type, query);
      return [r.status, r.body.error?.fields[0]?.field];
    };
    const swerefAsWgs = JSON.stringify({
      type: "FeatureCollection",
      crs: { type: "name", properties: { name: "EPSG:4326" } },
      features: [feature({ id: "1" }, fromWgs84(square(13.2), "EPSG:3006"))],
    });
    expect(await field(swerefAsWgs, "application/geo+json")).toEqual([400, "crs"]);
    expect(await field("{not json", "application/json")).toEqual([400, "(body)"]);
    expect(await field("", "application/json")).toEqual([400, "(body)"]);
    expect(await field("a;b\n1;2", "text/csv")).toEqual([415, "content-type"]);
    expect(await field(new FormData(), "multipart/form-data")).toEqual([415, "content-type"]);
    expect(await field(collection(), "application/json", "?id_column=x")).toEqual([
      400,
      "id_column",
    ]);
  });

  it("refuses a commit without confirmation or with a token no preview gave", async () => {
    const bad = async (token: string | null, confirm: unknown) => {
      const r = await commit(t, token, confirm);
      return [r.status, r.body.error?.fields.map((f) => f.field)];
    };
    expect(await bad("6f9619ff-8b86-4011-b42d-00cf4fc964ff", false)).toEqual([400, ["confirm"]]);
    expect(await bad("nope", true)).toEqual([400, ["token"]]);
    expect(await bad("6f9619ff-8b86-4011-b42d-00cf4fc964ff", true)).toEqual([400, ["token"]]);
  });

  it("refuses a file over the size limit", async () => {
    const res = await post(
      t,
      "/api/area-boundaries/preview",
      new Uint8Array(20 * 1024 * 1024 + 1),
      "application/zip",
    );
    expect(res.status).toBe(413);
  });
});
