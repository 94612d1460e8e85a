// Request bodies an attacker sends to make the server parse: each route takes only the size it
// needs (a login a few kB), and deep nesting is refused before JSON.parse, whatever the size. The
// largest bodies the routes really take still pass. A small zip holding a Shapefile of millions
// of vertices is refused from its sizes and headers, before any geometry is built.
import { afterAll, describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH } from "../../server/http/limits.ts";
import { writeManyVertexShp, writeZip } from "../fixtures/boundaries/write-shapefile.ts";
import { dbDigest } from "../helpers/db-digest.ts";
import { longLine, WRITE_ROUTES } from "../helpers/fuzz-cases.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());
const TABLES = ["audit_log", "login_failures", "sessions", "visits", "presence", "areas"];

/** About 1 MB of arrays in arrays, inside the login's password field. */
const NESTED_MB = `{"username":"anna","password":${"[".repeat(500_000)}${"]".repeat(500_000)}}`;

const stream = (text: string) =>
  new ReadableStream({
    start(controller) {
      const bytes = new TextEncoder().encode(text);
      for (let i = 0; i < bytes.length; i += 64 * 1024) {
        controller.enqueue(bytes.subarray(i, i + 64 * 1024));
      }
      controller.close();
    },
  });

const post = (path: string, body: BodyInit, role: "planner" | "police" | null = null) =>
  t.as(role).request(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    // @ts-expect-error: Node's fetch needs this for a streamed body
    duplex: "half",
  });

const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string } }).error;

describe("a login", () => {
  it("refuses a megabyte of nested JSON for its size, before reading it, and records nothing", async () => {
    const before = dbDigest(t.db, TABLES);
    const res = await post("/api/auth/login", NESTED_MB);
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toMatchObject({
      code: "payload_too_large",
      message: "A request body to /api/auth/login may be at most 4 kB",
    });
    expect(dbDigest(t.db, TABLES)).toBe(before);
  });

  it("refuses it as well when the size is not announced (chunked)", async () => {
    const res = await post("/api/auth/login", stream(NESTED_MB));
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("payload_too_large");
  });

  it("refuses nesting deeper than the limit within the size, without parsing it", async () => {
    const before = dbDigest(t.db, TABLES);
    const body = `{"username":"anna","password":${"[".repeat(1500)}${"]".repeat(1500)}}`;
    const res = await post("/api/auth/login", body);
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({
      code: "invalid_body",
      message: `the request body nests deeper than ${MAX_JSON_DEPTH} levels`,
    });
    expect(dbDigest(t.db, TABLES)).toBe(before);
  });
});

describe("a write with a session", () => {
  it("refuses deep nesting on a route that takes a megabyte", async () => {
    const before = dbDigest(t.db, TABLES);
    const spec = WRITE_ROUTES["POST /api/visits"];
    const walk = spec?.withGeometry?.({ type: "LineString", coordinates: "ROUTE" });
    const body = JSON.stringify(walk).replace(
      '"ROUTE"',
      `${"[".repeat(400_000)}${"]".repeat(400_000)}`,
    );
    expect(body.length).toBeLessThan(1024 * 1024);
    const res = await post("/api/visits", body, "planner");
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/nests deeper than/);
    expect(dbDigest(t.db, TABLES)).toBe(before);
  });

  it("still takes the largest bodies the routes are for: a 10 000-point walk, a 5 000-point patrol", async () => {
    const walk = WRITE_ROUTES["POST /api/visits"]?.withGeometry?.({
      type: "LineString",
      coordinates: longLine(10_000),
    });
    const walked = await post("/api/visits", JSON.stringify(walk), "planner");
    expect(walked.status).toBe(201);
    const patrol = WRITE_ROUTES["POST /api/internal/presence"]?.withGeometry?.({
      type: "LineString",
      coordinates: longLine(5_000),
    });
    const patrolled = await post("/api/internal/presence", JSON.stringify(patrol), "police");
    expect(patrolled.status).toBe(201);
  });
});

describe("a boundary file", () => {
  it("refuses a 124 kB zip of a 4-million-vertex Shapefile from its size, without building it", async () => {
    const zip = writeZip([["bomb.shp", writeManyVertexShp(4_000_000)]]);
    expect(zip.length).toBeLessThan(200_000);
    const before = dbDigest(t.db, TABLES);
    const res = await t.app.request("/api/area-boundaries/preview", {
      method: "POST",
      headers: { "content-type": "application/zip" },
      body: new Uint8Array(zip),
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(
      /^bomb\.shp is larger than \d+ bytes, more than 1000 features of 50000 vertices in all can take/,
    );
    expect(dbDigest(t.db, TABLES)).toBe(before);
  });

  it("refuses one within that size but over the vertex limit from its header", async () => {
    const res = await t.app.request("/api/area-boundaries/preview", {
      method: "POST",
      headers: { "content-type": "application/zip" },
      body: new Uint8Array(writeZip([["många.shp", writeManyVertexShp(60_000)]])),
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe(
      "the file has 60000 vertices; at most 50000: simplify the boundaries",
    );
  });
});
