// Security headers on every kind of answer (API, error, front cache), and the JSON body limit.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { authorizeRaw } from "../../server/auth/guard.ts";
import { createJsonCache } from "../../server/http/cached-json.ts";
import { withFrontCache } from "../../server/http/front-cache.ts";
import { contentSecurityPolicy, securityHeaders } from "../../server/http/security-headers.ts";
import { createTestApp, FIXTURE_DATA, FIXTURE_KOMMUN } from "../helpers/test-app.ts";

const t = createTestApp();
const cache = createJsonCache();
const STYLE = "https://tiles.example.org/styles/basic.json";
const app = createApp({
  db: t.db,
  dataDir: FIXTURE_DATA,
  auth: t.auth,
  cache,
  basemapStyleUrl: STYLE,
});
const headers = securityHeaders(STYLE);
const allowed = (path: string, cookie: string | undefined) =>
  authorizeRaw(t.auth.sessions, () => ["1230"], "GET", path, cookie);
/** A request with a planner's session (cookie and CSRF token). */
const planner = (url: string, init: RequestInit = {}) =>
  fetch(url, {
    ...init,
    headers: { ...t.headersOf("planner"), ...(init.headers as Record<string, string>) },
  });
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer(withFrontCache(cache, getRequestListener(app.fetch), headers, allowed));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  t.close();
});

function expectHeaders(res: Response) {
  const csp = res.headers.get("content-security-policy") ?? "";
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("connect-src 'self' https://tiles.example.org;");
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("x-frame-options")).toBe("DENY");
  expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000");
  expect(res.headers.get("permissions-policy")).toMatch(/geolocation=\(\)/);
}

describe("security headers", () => {
  it("names only this server in connect-src when no base-map style is configured", () => {
    expect(contentSecurityPolicy()).toContain("connect-src 'self';");
    expect(contentSecurityPolicy(null)).not.toContain("http");
  });

  it("are on an API answer, on the same answer from the front cache, and on a 304", async () => {
    const first = await planner(`${base}/api/areas`);
    expectHeaders(first);
    await first.arrayBuffer();
    expect(cache.byUrl("/api/areas", FIXTURE_KOMMUN)).toBeDefined();
    const cached = await planner(`${base}/api/areas`);
    expectHeaders(cached);
    await cached.arrayBuffer();
    const notModified = await planner(`${base}/api/areas`, {
      headers: { "If-None-Match": first.headers.get("etag") ?? "" },
    });
    expect(notModified.status).toBe(304);
    expectHeaders(notModified);
  });

  it("are on errors: an unknown endpoint, bad input and malformed JSON", async () => {
    const missing = await planner(`${base}/api/nothing-here`);
    expect(missing.status).toBe(404);
    expectHeaders(missing);
    const bad = await planner(`${base}/api/dna-kits`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{not json",
    });
    expect(bad.status).toBe(400);
    expectHeaders(bad);
  });
});

describe("body size limit", () => {
  it("refuses a JSON write over 1 MB with a 413 in the API's error format; nothing is written", async () => {
    const count = () =>
      (t.db.prepare("SELECT COUNT(*) AS n FROM dna_kits").get() as { n: number }).n;
    const before = count();
    const body = JSON.stringify({
      area_id: "12300001",
      handed_out_on: "2026-11-01",
      kits: 1,
      padding: "x".repeat(1024 * 1024),
    });
    const res = await planner(`${base}/api/dna-kits`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body,
    });
    expect(res.status).toBe(413);
    expectHeaders(res);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe("payload_too_large");
    expect(json.error.message).toMatch(/at most 64 kB/);
    expect(count()).toBe(before);
  });

  it("leaves the imports their own, larger limit", async () => {
    // 2 MB of a CSV with one bad row: refused for its content (400), not for its size.
    const rows = Array.from({ length: 60_000 }, () => "Alfa;2026-11-01;1").join("\n");
    const csv = `område;datum;antal\n${rows}\nAlfa;inte-ett-datum;1\n`;
    expect(csv.length).toBeGreaterThan(1024 * 1024);
    const res = await planner(`${base}/api/imports/dna-kits/preview`, {
      method: "POST",
      headers: { "Content-Type": "text/csv" },
      body: csv,
    });
    expect(res.status).toBe(200);
    const json = (await res.json()) as { error_count: number };
    expect(json.error_count).toBe(1);
    // 60 000 rows parsed and checked on the worker thread: seconds on a loaded machine.
  }, 30_000);
});
