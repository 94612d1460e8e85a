// GDAL's own OGC API – Features driver (OAPIF) reads /ogc from the real app on a real port: the
// proof that QGIS and other GDAL-based tools can open the data — the public collections as
// anyone, the planning collections with a personal access token sent both ways GDAL (and QGIS)
// can: HTTP Basic (GDAL_HTTP_AUTH/GDAL_HTTP_USERPWD) and a Bearer header (GDAL_HTTP_HEADERS).
// ogrinfo comes from Debian's gdal-bin (.ci/run installs it); without it these tests fail.
import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { getRequestListener } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, testUser } from "../helpers/test-app.ts";

const run = promisify(execFile);
const t = createTestApp();
const requested: string[] = [];
let server: Server;
let source = "";
let token = "";

beforeAll(async () => {
  const listener = getRequestListener(t.hono.fetch);
  server = createServer((req, res) => {
    requested.push(req.url ?? "");
    listener(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  source = `OAPIF:http://127.0.0.1:${(server.address() as AddressInfo).port}/ogc`;
  const res = await t.app.request("/api/auth/tokens", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "GDAL" }),
  });
  token = ((await res.json()) as { secret: string }).secret;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  t.close();
});

/** Runs ogrinfo without any proxy (CI machines may set one) and returns its standard output. */
async function ogrinfo(...args: string[]): Promise<string> {
  return ogrinfoWith({}, ...args);
}

async function ogrinfoWith(extra: Record<string, string>, ...args: string[]): Promise<string> {
  const env = {
    ...process.env,
    NO_PROXY: "127.0.0.1,localhost",
    no_proxy: "127.0.0.1,localhost",
    ...extra,
  };
  try {
    const { stdout } = await run("ogrinfo", args, { env, timeout: 30_000 });
    return stdout;
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === "ENOENT")
      throw new Error("ogrinfo is not on PATH: install gdal-bin (.ci/run does)");
    throw new Error(`ogrinfo ${args.join(" ")} failed: ${e.stderr ?? e.message}`);
  }
}

/** Features as ogrinfo prints them: `OGRFeature(layer):fid` then `  name (Type) = value` lines. */
function features(out: string): Record<string, string>[] {
  return out
    .split(/^OGRFeature\(\w+\):\d+$/m)
    .slice(1)
    .map((block) =>
      Object.fromEntries(
        block
          .split("\n")
          .map(
            (line) =>
              /^ {2}(\w+) \(.+?\) = (.*)$/.exec(line) ?? /^ {2}(POINT|POLYGON) (.*)$/.exec(line),
          )
          .flatMap((m) => (m?.[1] ? [[m[1], m[2] ?? ""]] : [])),
      ),
    );
}

describe("GDAL's OAPIF driver", () => {
  it("summarises the public areas layer: three polygons in WGS 84 with the public fields", async () => {
    const out = await ogrinfo("-ro", "-so", source, "areas");
    expect(out).toContain("Layer name: areas");
    expect(out).toContain("Geometry: Polygon");
    expect(out).toContain("Feature Count: 3");
    expect(out).toContain("Extent: (13.200000, 55.640000) - (13.230000, 55.650000)");
    expect(out).toContain('ID["EPSG",4326]');
    for (const field of ["name: String", "watch: String", "dna_uptake_class: String"]) {
      expect(out).toContain(field);
    }
    expect(out).not.toMatch(/burglar|contact_|eligible_voters|households|dna_uptake:/);
  });

  it("lists only the public layers without a token", async () => {
    const out = await ogrinfo("-ro", "-q", source);
    expect(out).toMatch(/areas/);
    expect(out).toMatch(/activity/);
    expect(out).not.toMatch(/planning_/);
  });

  it("reads every planning visit with a token over HTTP Basic", async () => {
    const env = { GDAL_HTTP_AUTH: "BASIC", GDAL_HTTP_USERPWD: `${testUser("planner")}:${token}` };
    const visits = features(await ogrinfoWith(env, "-ro", "-al", "-q", source, "planning_visits"));
    expect(visits.map((v) => v.id)).toEqual(["4", "1", "2", "3", "5"]);
    expect(visits[0]).toEqual({
      id: "4",
      area_id: "12300002",
      kommun: "1230",
      kind: "contact_meeting",
      date: "2018/03/01",
      topic: "contact_persons",
      organisers: "police, municipality",
      attendees: "8",
      notes: "",
      demo: "1",
      POINT: "(13.205 55.645)",
    });
  });

  it("reads the planning areas with a Bearer token, paging through next links", async () => {
    requested.length = 0;
    const env = { GDAL_HTTP_HEADERS: `Authorization: Bearer ${token}` };
    const areas = features(
      await ogrinfoWith(env, "-ro", "-al", "-q", "-oo", "PAGE_SIZE=2", source, "planning_areas"),
    );
    expect(areas.map((a) => a.name)).toEqual(["Alfa", "Beta", "Gamma"]);
    expect(areas[0]).toMatchObject({ households: "200", watch_coverage: "0.45", burglaries: "3" });
    expect(requested).toContain("/ogc/collections/planning_areas/items?limit=2&offset=2&f=geojson");
  });

  it("filters the public layer by bbox", async () => {
    // A box inside Beta only.
    const beta = await ogrinfo(
      "-ro",
      "-al",
      "-q",
      "-spat",
      "13.215",
      "55.641",
      "13.216",
      "55.642",
      source,
      "areas",
    );
    expect(features(beta).map((a) => a.name)).toEqual(["Beta"]);
  });
});
