// The front cache over real HTTP: repeated GETs are answered from memory with the same bytes and
// headers as the app, a write makes the next answer fresh, and only validated 200s are cached.
// Compression runs in the threadpool after the first answer; the public endpoints may lag a write
// by at most PUBLIC_MAX_STALE_MS (the cache's clock is driven by hand here), protected ones never.
import { createServer, get as httpGet, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { getRequestListener } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { authorizeRaw } from "../../server/auth/guard.ts";
import { createJsonCache } from "../../server/http/cached-json.ts";
import { withFrontCache } from "../../server/http/front-cache.ts";
import { PUBLIC_MAX_STALE_MS } from "../../server/public/routes.ts";
import { createTestApp, FIXTURE_DATA } from "../helpers/test-app.ts";

const t = createTestApp();
let clock = 0;
const cache = createJsonCache({ now: () => clock });
const app = createApp({ db: t.db, dataDir: FIXTURE_DATA, auth: t.auth, cache });
const allowed = (path: string, cookie: string | undefined) =>
  authorizeRaw(t.auth.sessions, () => ["1230"], "GET", path, cookie);
/** The cache's scope key for the test planner, who works for the fixture's kommun. */
const PLANNER_SCOPE = "1230";
/** A request with a planner's session (cookie and CSRF token). */
const planner = (url: string, init: RequestInit = {}) =>
  fetch(url, {
    ...init,
    headers: { ...t.headersOf("planner"), ...(init.headers as Record<string, string>) },
  });
/** The raw bytes and headers of a GET (fetch would decode the body). */
const raw = (url: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      httpGet(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      }).on("error", reject);
    },
  );
const decoded = (r: { headers: Record<string, unknown>; body: Buffer }) => {
  const encoding = r.headers["content-encoding"];
  const bytes =
    encoding === "br"
      ? brotliDecompressSync(r.body)
      : encoding === "gzip"
        ? gunzipSync(r.body)
        : r.body;
  return bytes.toString("utf8");
};
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
    expect(cache.byUrl("/api/areas", PLANNER_SCOPE)).toBeUndefined();
    const first = await planner(`${base}/api/areas`);
    const firstBody = await first.text();
    expect(cache.byUrl("/api/areas", PLANNER_SCOPE)).toBeDefined();
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
    expect(cache.byUrl("/api/areas", PLANNER_SCOPE)).toBeUndefined();
    const after = (await (await planner(`${base}/api/areas`)).json()) as typeof before;
    expect(before.features[0].properties.watch_status).toBe("active");
    expect(after.features[0].properties.watch_status).toBe("none");
  });

  it("never caches an error", async () => {
    const bad = await planner(`${base}/api/areas?from=nope`);
    expect(bad.status).toBe(400);
    expect(cache.byUrl("/api/areas?from=nope", PLANNER_SCOPE)).toBeUndefined();
    const unknown = await planner(`${base}/api/areas/00000000`);
    expect(unknown.status).toBe(404);
    expect(cache.byUrl("/api/areas/00000000", PLANNER_SCOPE)).toBeUndefined();
  });

  it("answers a cached protected entry only to a role that may read it", async () => {
    const first = await planner(`${base}/api/priorities`);
    expect(first.status).toBe(200);
    expect(cache.byUrl("/api/priorities", PLANNER_SCOPE)).toBeDefined();
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

describe("front cache: header names", () => {
  /** The header names exactly as they came over the wire. */
  const names = (url: string, headers: Record<string, string> = {}) =>
    new Promise<string[]>((resolve, reject) => {
      httpGet(url, { headers }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.rawHeaders.filter((_, i) => i % 2 === 0)));
      }).on("error", reject);
    });

  it("writes them the same way from the app (first answer) and from the cache (later ones)", async () => {
    clock += PUBLIC_MAX_STALE_MS; // a fresh build after a public-affecting write
    t.db.prepare("UPDATE watch_groups SET households = households + 1 WHERE id = 1").run();
    const url = `${base}/api/public/areas`;
    const first = await names(url);
    expect(cache.byUrl("/api/public/areas")).toBeDefined();
    const later = await names(url);
    const wanted = ["etag", "vary", "cache-control", "content-type"];
    const pick = (list: string[]) => list.filter((n) => wanted.includes(n.toLowerCase())).sort();
    expect(pick(first)).toEqual([...wanted].sort());
    expect(pick(later)).toEqual(pick(first));
  });
});

describe("front cache: compression and freshness", () => {
  it("answers every encoding with bytes that decode to the same body, once the threadpool is done", async () => {
    clock += PUBLIC_MAX_STALE_MS; // a fresh build
    t.db.prepare("UPDATE watch_groups SET status = 'active' WHERE area_id = '12300001'").run();
    const first = await raw(`${base}/api/public/areas`, { "accept-encoding": "gzip, br" });
    expect(first.status).toBe(200);
    await cache.idle();
    const byEncoding = new Map<string, Awaited<ReturnType<typeof raw>>>();
    for (const accept of ["gzip, deflate, br, zstd", "gzip", "identity"]) {
      byEncoding.set(accept, await raw(`${base}/api/public/areas`, { "accept-encoding": accept }));
    }
    expect(byEncoding.get("gzip, deflate, br, zstd")?.headers["content-encoding"]).toBe("br");
    expect(byEncoding.get("gzip")?.headers["content-encoding"]).toBe("gzip");
    expect(byEncoding.get("identity")?.headers["content-encoding"]).toBeUndefined();
    const body = decoded(first);
    for (const answer of byEncoding.values()) {
      expect(decoded(answer)).toBe(body);
      expect(answer.headers.etag).toBe(first.headers.etag);
      expect(answer.headers.vary).toBe("Accept-Encoding");
      expect(answer.headers["content-length"]).toBe(String(answer.body.length));
      // Each encoding's ETag answers 304 to every other encoding too (the ETag names the version).
      const conditional = await raw(`${base}/api/public/areas`, {
        "accept-encoding": "br",
        "if-none-match": String(answer.headers.etag),
      });
      expect(conditional.status).toBe(304);
      expect(conditional.body.length).toBe(0);
    }
  });

  it("shows a planner their own write on the next read", async () => {
    const read = async () =>
      (await (await planner(`${base}/api/areas`)).json()) as {
        features: { properties: { dna_households: number } }[];
      };
    const before = (await read()).features[2]?.properties.dna_households ?? 0;
    expect(cache.byUrl("/api/areas", PLANNER_SCOPE)).toBeDefined();
    const write = await planner(`${base}/api/dna-kits`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ area_id: "12300003", handed_out_on: "2019-05-06", kits: 3 }),
    });
    expect(write.status).toBe(201);
    // No clock advance: protected entries have no stale window.
    expect(cache.byUrl("/api/areas", PLANNER_SCOPE)).toBeUndefined();
    expect((await read()).features[2]?.properties.dna_households).toBe(before + 3);
  });

  it("serves the public map at most PUBLIC_MAX_STALE_MS behind a write, with its own ETag", async () => {
    clock += PUBLIC_MAX_STALE_MS;
    // The public map stands at the end of the last ended month: a change it shows is a change
    // to that past (here: the groups removed, as if recorded by mistake).
    t.db.prepare("UPDATE watch_groups SET status = 'active' WHERE area_id = '12300001'").run();
    type Public = { features: { properties: { watch: string } }[] };
    const first = await raw(`${base}/api/public/areas`);
    const etag = String(first.headers.etag);
    const watchOf = (r: { headers: Record<string, unknown>; body: Buffer }) =>
      (JSON.parse(decoded(r)) as Public).features[0]?.properties.watch;
    expect(watchOf(first)).toBe("active");

    t.db
      .prepare("UPDATE watch_groups SET deleted_at = '2026-11-30' WHERE area_id = '12300001'")
      .run();
    clock += PUBLIC_MAX_STALE_MS - 1;
    // Within the window: the front cache still answers the entry built before the write.
    expect(cache.byUrl("/api/public/areas")?.etag).toBe(etag);
    const stale = await raw(`${base}/api/public/areas`);
    expect(stale.headers.etag).toBe(etag);
    expect(watchOf(stale)).toBe("active");
    expect((await raw(`${base}/api/public/areas`, { "if-none-match": etag })).status).toBe(304);
    // A planner reading their own endpoint sees the write already.
    const own = (await (await planner(`${base}/api/areas`)).json()) as {
      features: { properties: { watch_status: string } }[];
    };
    expect(own.features[0]?.properties.watch_status).toBe("none");

    clock += 1;
    expect(cache.byUrl("/api/public/areas")).toBeUndefined();
    const fresh = await raw(`${base}/api/public/areas`, { "if-none-match": etag });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.etag).not.toBe(etag);
    expect(watchOf(fresh)).toBe("invitation");
  });
});
