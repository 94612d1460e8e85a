// The built web app as the server serves it (server/http/web-app.ts), from a small dist/ made
// here: hashed assets cached for a year and sent precompressed when the browser takes it, the
// app shell always revalidated and answering every client-side route, a missing asset a 404.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { Hono } from "hono";
import { afterAll, describe, expect, it } from "vitest";
import { mountWebApp } from "../../server/http/web-app.ts";

const dist = mkdtempSync(join(tmpdir(), "grannkoll-dist-"));
const SHELL = "<!doctype html><title>Grannkoll</title>";
const SCRIPT = `console.log(${JSON.stringify("x".repeat(2000))});`;
mkdirSync(join(dist, "assets"));
writeFileSync(join(dist, "index.html"), SHELL);
writeFileSync(join(dist, "assets", "index-AbC123.js"), SCRIPT);
writeFileSync(join(dist, "assets", "index-AbC123.js.br"), brotliCompressSync(SCRIPT));
writeFileSync(join(dist, "assets", "index-AbC123.js.gz"), gzipSync(SCRIPT));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const app = new Hono();
mountWebApp(app, dist);
const get = (path: string, encoding?: string) =>
  app.request(path, encoding ? { headers: { "accept-encoding": encoding } } : {});

describe("the built web app", () => {
  it("sends a hashed asset's brotli copy to a browser that takes it, cached for a year", async () => {
    const res = await get("/assets/index-AbC123.js", "gzip, deflate, br");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(res.headers.get("content-type")).toMatch(/javascript/);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.equals(brotliCompressSync(SCRIPT))).toBe(true);
  });

  it("sends the gzip copy without brotli, and the file as it is without either", async () => {
    const gz = await get("/assets/index-AbC123.js", "gzip");
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    const plain = await get("/assets/index-AbC123.js");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
    expect(plain.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("answers / and every client-side route with the app shell, revalidated every time", async () => {
    for (const path of ["/", "/karta", "/polis/narvaro", "/rapporter/2019-Q4"]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toBe(SHELL);
      expect(res.headers.get("cache-control"), path).toBe("no-cache");
    }
  });

  it("answers a missing asset with a 404, never the app shell", async () => {
    const res = await get("/assets/index-Gone99.js");
    expect(res.status).toBe(404);
    expect((await res.json()) as unknown).toMatchObject({ error: { code: "not_found" } });
  });
});
