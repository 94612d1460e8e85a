// The JSON cache on its own: every encoding decodes to the same bytes under one ETag, a version
// is built and compressed once however many ask, compression runs off the request path, an entry
// without `maxStaleMs` is never served after its version moved on, and one with it is served for
// at most that long after it was built.
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { contentTag, createJsonCache } from "./cached-json.ts";
import { accepts, pickBody } from "./negotiate.ts";

/** A body well over the size compressed synchronously, so the threadpool path is taken. */
const bigBody = (version: number) => ({
  version,
  rows: Array.from({ length: 400 }, (_, i) => ({ id: i, name: `area ${i}`, kits: (i * 7) % 13 })),
});

function setup(options: { maxStaleMs?: number; small?: boolean } = {}) {
  let clock = 0;
  let version = 1;
  let builds = 0;
  const cache = createJsonCache({ now: () => clock });
  const stale = options.maxStaleMs === undefined ? undefined : { maxStaleMs: options.maxStaleMs };
  const app = new Hono().get("/thing", (c) =>
    cache.respond(
      c,
      "thing",
      () => version,
      () => {
        builds++;
        return options.small ? { version } : bigBody(version);
      },
      stale,
    ),
  );
  const get = async (headers: Record<string, string> = {}) => {
    const res = await app.request("/thing", { headers });
    return { res, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  return {
    cache,
    get,
    builds: () => builds,
    write: () => {
      version++;
    },
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

const decode = (encoding: string | null, bytes: Buffer) =>
  encoding === "br" ? brotliDecompressSync(bytes) : encoding === "gzip" ? gunzipSync(bytes) : bytes;

describe("JSON cache encodings", () => {
  it("answers a miss at once and compresses in the threadpool; every encoding decodes to the same bytes under one ETag", async () => {
    const s = setup();
    const first = await s.get({ "Accept-Encoding": "gzip, deflate, br" });
    // br is not ready yet on the miss: the quick gzip stands in.
    expect(first.res.headers.get("content-encoding")).toBe("gzip");
    const quickGzip = first.bytes;
    await s.cache.idle();
    const br = await s.get({ "Accept-Encoding": "gzip, deflate, br" });
    const gzip = await s.get({ "Accept-Encoding": "gzip" });
    const plain = await s.get({ "Accept-Encoding": "identity" });
    const none = await s.get();
    expect(br.res.headers.get("content-encoding")).toBe("br");
    expect(gzip.res.headers.get("content-encoding")).toBe("gzip");
    expect(plain.res.headers.get("content-encoding")).toBeNull();
    expect(none.res.headers.get("content-encoding")).toBeNull();
    // The level-6 gzip replaced the level-1 stand-in: smaller, same content.
    expect(gzip.bytes.length).toBeLessThan(quickGzip.length);
    const json = JSON.stringify(bigBody(1));
    for (const { res, bytes } of [first, br, gzip, plain, none]) {
      expect(decode(res.headers.get("content-encoding"), bytes).toString()).toBe(json);
      expect(res.headers.get("etag")).toBe(first.res.headers.get("etag"));
      expect(res.headers.get("vary")).toBe("Accept-Encoding");
      expect(res.headers.get("content-length")).toBe(String(bytes.length));
    }
    expect(s.builds()).toBe(1);
  });

  it("never offers an encoding whose bytes do not exist yet", async () => {
    const s = setup();
    const brOnly = await s.get({ "Accept-Encoding": "br" });
    expect(brOnly.res.headers.get("content-encoding")).toBeNull();
    expect(brOnly.bytes.toString()).toBe(JSON.stringify(bigBody(1)));
    await s.cache.idle();
    expect((await s.get({ "Accept-Encoding": "br" })).res.headers.get("content-encoding")).toBe(
      "br",
    );
  });

  it("compresses a small body at once, so the first answer is already brotli", async () => {
    const s = setup({ small: true });
    const first = await s.get({ "Accept-Encoding": "gzip, br" });
    expect(first.res.headers.get("content-encoding")).toBe("br");
    expect(decode("br", first.bytes).toString()).toBe('{"version":1}');
  });

  it("builds and compresses a version once for concurrent requests", async () => {
    const s = setup();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => s.get({ "Accept-Encoding": "gzip, br" })),
    );
    await s.cache.idle();
    expect(s.builds()).toBe(1);
    expect(new Set(answers.map((a) => a.res.headers.get("etag"))).size).toBe(1);
    const entry = s.cache.byUrl("/thing");
    expect(entry?.br).toBeDefined();
    // Every later request gets the very same Buffers.
    expect(pickBody(entry as NonNullable<typeof entry>, "br").body).toBe(entry?.br);
  });

  it("answers 304 to the ETag whatever the encoding, and 200 once the version changed", async () => {
    const s = setup();
    const first = await s.get({ "Accept-Encoding": "br" });
    const etag = first.res.headers.get("etag") as string;
    for (const encoding of ["br", "gzip", "identity"]) {
      const again = await s.get({ "Accept-Encoding": encoding, "If-None-Match": etag });
      expect(again.res.status).toBe(304);
      expect(again.res.headers.get("etag")).toBe(etag);
      expect(again.bytes.length).toBe(0);
    }
    s.write();
    const after = await s.get({ "If-None-Match": etag });
    expect(after.res.status).toBe(200);
    expect(after.res.headers.get("etag")).not.toBe(etag);
    expect(JSON.parse(after.bytes.toString())).toEqual(bigBody(2));
  });

  it("picks br, then gzip, honouring q=0", () => {
    expect(accepts("gzip, deflate, br, zstd")).toEqual({ br: true, gzip: true });
    expect(accepts("br;q=0, gzip")).toEqual({ br: false, gzip: true });
    expect(accepts("*;q=0")).toEqual({ br: false, gzip: false });
  });
});

describe("ETags", () => {
  it("name the bytes, not the data version: a write that changes nothing keeps the tag", async () => {
    let version = 1;
    const cache = createJsonCache();
    const app = new Hono().get("/same", (c) =>
      cache.respond(
        c,
        "same",
        () => version,
        () => ({ unchanged: true }),
      ),
    );
    const first = await app.request("/same");
    const tag = first.headers.get("etag") as string;
    expect(tag).toBe(contentTag('{"unchanged":true}'));
    version++; // e.g. a police presence entry: the body does not depend on it
    const again = await app.request("/same", { headers: { "If-None-Match": tag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(tag);
    expect(contentTag('{"a":1}')).toMatch(/^W\/"[\w-]{22}"$/);
  });
});

describe("JSON cache freshness", () => {
  it("without maxStaleMs serves the new version on the very next read after a write", async () => {
    const s = setup();
    await s.get();
    s.write();
    expect(s.cache.byUrl("/thing")).toBeUndefined();
    const next = await s.get();
    expect(JSON.parse(next.bytes.toString()).version).toBe(2);
    expect(s.builds()).toBe(2);
  });

  it("with maxStaleMs serves the previous body, with its own ETag, for at most that long after it was built", async () => {
    const s = setup({ maxStaleMs: 1000 });
    const first = await s.get();
    const etag = first.res.headers.get("etag") as string;
    expect(etag).toBe(contentTag(first.bytes));
    // A stream of writes within the window: no rebuild, the same body and ETag.
    for (let i = 0; i < 10; i++) {
      s.write();
      s.advance(99);
      const stale = await s.get();
      expect(stale.res.headers.get("etag")).toBe(etag);
      expect(JSON.parse(stale.bytes.toString()).version).toBe(1);
      expect(s.cache.byUrl("/thing")?.etag).toBe(etag);
    }
    expect(s.builds()).toBe(1);
    expect((await s.get({ "If-None-Match": etag })).res.status).toBe(304);
    // 1000 ms after the build the window closes: the front cache stops serving it and the next
    // read rebuilds with the current version.
    s.advance(10);
    expect(s.cache.byUrl("/thing")).toBeUndefined();
    const fresh = await s.get({ "If-None-Match": etag });
    expect(fresh.res.status).toBe(200);
    expect(fresh.res.headers.get("etag")).toBe(contentTag(fresh.bytes));
    expect(fresh.res.headers.get("etag")).not.toBe(etag);
    expect(JSON.parse(fresh.bytes.toString()).version).toBe(11);
    expect(s.builds()).toBe(2);
  });

  it("with maxStaleMs is still fresh at once when the last build is older than the window", async () => {
    const s = setup({ maxStaleMs: 1000 });
    await s.get();
    s.advance(5000);
    expect(s.cache.byUrl("/thing")).toBeDefined(); // unchanged version: still current
    s.write();
    expect(s.cache.byUrl("/thing")).toBeUndefined();
    expect(JSON.parse((await s.get()).bytes.toString()).version).toBe(2);
  });
});
