// The front cache over real HTTP: repeated GETs are answered from memory with the same bytes and
// headers as the app, a write makes the next answer fresh, and only validated 200s are cached.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { authorizeRaw } from "../../server/auth/guard.ts";
import { createJsonCache } from "../../server/http/cached-json.ts";
import { withFrontCache } from "../../server/http/front-cache.ts";
import { createTestApp, FIXTURE_DATA } from "../helpers/test-app.ts";

const t = createTestApp();
const cache = createJsonCache();
const app = createApp({ db: t.db, dataDir: FIXTURE_DATA, auth: t.auth, cache });
const allowed = (path: string, cookie: string | undefined) =>
  authorizeRaw(t.auth.sessions, "GET", path, cookie) === "allow";
/** A request with a planner's session (cookie and CSRF token). */
const planner = (url: string, init: RequestInit = {}) =>
  fetch(url, {
    ...init,
    headers: { ...t.headersOf("planner"), ...(init.headers as Record<string, string>) },
  });
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer(withFrontCache(cache, getRequestListener(app.fetch), {}, allowed));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  t.close();
});

describe("front cache", () => {
  it("serves a repeated request with the same bytes and headers", async () => {
    expect(cache.byUrl("/api/areas")).toBeUndefined();
    const first = await planner(`${base}/api/areas`);
    const firstBody = await first.text();
    expect(cache.byUrl("/api/areas")).toBeDefined();
    const second = await planner(`${base}/api/areas`);
    expect(await second.text()).toBe(firstBody);
    for (const h of ["etag", "content-type", "vary", "cache-control"]) {
      expect(second.headers.get(h)).toBe(first.headers.get(h));
    }
    const conditional = await planner(`${base}/api/areas`, {
      headers: { "If-None-Match": first.headers.get("etag") ?? "" },
    });
    expect(conditional.status).toBe(304);
  });

  it("stops serving an entry once the data has changed", async () => {
    const before = await (await planner(`${base}/api/areas`)).json();
    t.db.prepare("UPDATE watch_groups SET status = 'inactive' WHERE area_id = '12300001'").run();
    expect(cache.byUrl("/api/areas")).toBeUndefined();
    const after = (await (await planner(`${base}/api/areas`)).json()) as typeof before;
    expect(before.features[0].properties.watch_status).toBe("active");
    expect(after.features[0].properties.watch_status).toBe("none");
  });

  it("never caches an error", async () => {
    const bad = await planner(`${base}/api/areas?from=nope`);
    expect(bad.status).toBe(400);
    expect(cache.byUrl("/api/areas?from=nope")).toBeUndefined();
    const unknown = await planner(`${base}/api/areas/00000000`);
    expect(unknown.status).toBe(404);
    expect(cache.byUrl("/api/areas/00000000")).toBeUndefined();
  });

  it("answers a cached protected entry only to a role that may read it", async () => {
    const first = await planner(`${base}/api/priorities`);
    expect(first.status).toBe(200);
    expect(cache.byUrl("/api/priorities")).toBeDefined();
    const anonymous = await fetch(`${base}/api/priorities`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "unauthenticated" } });
    const police = await fetch(`${base}/api/priorities`, { headers: t.headersOf("police") });
    expect(police.status).toBe(403);
    const forged = await fetch(`${base}/api/priorities`, {
      headers: { cookie: "gk_session=not-a-session" },
    });
    expect(forged.status).toBe(401);
    // The public map's data stays open, from the cache.
    await fetch(`${base}/api/public/areas`);
    expect(cache.byUrl("/api/public/areas")).toBeDefined();
    expect((await fetch(`${base}/api/public/areas`)).status).toBe(200);
  });
});
