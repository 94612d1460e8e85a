// Absolute links (OGC API) and the session cookie's Secure flag over a real socket, where a client
// can send any Host header or an absolute request target: with PUBLIC_URL set, links name it
// whatever the request says; X-Forwarded-Proto counts only with TRUST_PROXY=1.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getRequestListener } from "@hono/node-server";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { createAuth } from "../../server/auth/auth.ts";
import { loadConfig } from "../../server/config.ts";
import { openDb } from "../../server/db/open.ts";
import { seedIfEmpty } from "../../server/db/seed.ts";
import { FIXTURE_DATA } from "../helpers/test-app.ts";

const dir = mkdtempSync(join(tmpdir(), "grannkoll-origin-"));
const db = openDb(join(dir, "o.db"));
seedIfEmpty(db, FIXTURE_DATA);
const auth = createAuth(db, { scryptCost: { N: 1024, r: 8, p: 1 } });
const servers: Server[] = [];
afterAll(async () => {
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise((ok) => s.close(ok));
  }
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function serve(o: { publicUrl?: string; trustProxy?: boolean }) {
  const app = createApp({ db, dataDir: FIXTURE_DATA, auth, ...o });
  const server = createServer(getRequestListener(app.fetch));
  servers.push(server);
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return (server.address() as AddressInfo).port;
}

/** A raw request: any Host header, any request target (an absolute URL too). */
function send(
  port: number,
  target: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((ok, fail) => {
    const req = request(
      { host: "127.0.0.1", port, path: target, method: body ? "POST" : "GET", headers },
      (res) => {
        let text = "";
        res.on("data", (d) => {
          text += d;
        });
        res.on("end", () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on("error", fail);
    req.end(body);
  });
}

const linksOf = async (port: number, target: string, headers: Record<string, string>) => {
  const res = await send(port, target, headers);
  expect(res.status).toBe(200);
  return (JSON.parse(res.body) as { links: { href: string }[] }).links.map((l) => l.href);
};

describe("PUBLIC_URL", () => {
  it("is an http(s) origin, and a bad value is named", () => {
    expect(loadConfig({}).PUBLIC_URL).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: "https://grannkoll.example.se" }).PUBLIC_URL).toBe(
      "https://grannkoll.example.se",
    );
    expect(() => loadConfig({ PUBLIC_URL: "ftp://x.example" })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: "https://x.example/grannkoll" })).toThrow(
      /PUBLIC_URL: PUBLIC_URL must be an origin only/,
    );
  });

  it("names every OGC link, whatever Host or request target a client sends", async () => {
    const port = await serve({ publicUrl: "https://grannkoll.example.se" });
    const hostile = { host: "evil.example", "x-forwarded-proto": "http" };
    for (const target of [
      "/ogc",
      "http://evil.example/ogc",
      "/ogc/collections/areas/items?limit=1",
    ]) {
      const links = await linksOf(port, target, hostile);
      expect(links.length).toBeGreaterThan(1);
      for (const href of links) expect(href).toMatch(/^https:\/\/grannkoll\.example\.se\/ogc/);
    }
  });
});

describe("without PUBLIC_URL", () => {
  it("takes the host from the Host header, never from an absolute request target or a client's X-Forwarded-Proto", async () => {
    const port = await serve({});
    const links = await linksOf(port, "http://evil.example/ogc", {
      host: "kart.example",
      "x-forwarded-proto": "https",
    });
    for (const href of links) expect(href).toMatch(/^http:\/\/kart\.example\/ogc/);
  });

  it("behind a trusted proxy, follows its X-Forwarded-Proto, so links behind an https proxy are https", async () => {
    const port = await serve({ trustProxy: true });
    const links = await linksOf(port, "/ogc", {
      host: "kart.example",
      "x-forwarded-proto": "https",
    });
    for (const href of links) expect(href).toMatch(/^https:\/\/kart\.example\/ogc/);
  });
});

describe("the session cookie's Secure flag", () => {
  const cookieOf = async (port: number, headers: Record<string, string>) => {
    const res = await send(
      port,
      "/api/auth/login",
      { host: "kart.example", "content-type": "application/json", ...headers },
      JSON.stringify({ username: "origin-test", password: "rätt-lösenord-1" }),
    );
    expect(res.status).toBe(200);
    return String(res.headers["set-cookie"]);
  };

  it("is set over https as the server knows it, not because a client says so", async () => {
    await auth.accounts.create({
      username: "origin-test",
      role: "planner",
      password: "rätt-lösenord-1",
    });
    const forwarded = { "x-forwarded-proto": "https" };
    expect(await cookieOf(await serve({}), forwarded)).not.toContain("Secure");
    expect(await cookieOf(await serve({ trustProxy: true }), forwarded)).toContain("; Secure");
    expect(
      await cookieOf(await serve({ publicUrl: "https://grannkoll.example.se" }), {}),
    ).toContain("; Secure");
  });
});
