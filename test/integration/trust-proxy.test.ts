// Behind one reverse proxy (TRUST_PROXY=1) the audit log and the login limit see the client's
// address from X-Forwarded-For; without it they see the TCP peer and ignore the header.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { createAuth } from "../../server/auth/auth.ts";
import { loadConfig } from "../../server/config.ts";
import { openDb } from "../../server/db/open.ts";
import { FIXTURE_DATA } from "../helpers/test-app.ts";

const dir = mkdtempSync(join(tmpdir(), "grannkoll-proxy-"));
const db = openDb(join(dir, "p.db"));
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const failedLogin = (app: ReturnType<typeof createApp>, forwardedFor: string) =>
  app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
    body: JSON.stringify({ username: `u-${forwardedFor}`, password: "fel-lösenord" }),
  });

// Not about hashing: a low scrypt cost (an unknown name is checked against a hash of the same cost).
const auth = () => createAuth(db, { scryptCost: { N: 1024, r: 8, p: 1 } });

const lastRemote = () =>
  db.prepare("SELECT remote FROM audit_log ORDER BY id DESC LIMIT 1").pluck().get();

describe("TRUST_PROXY", () => {
  it("is off unless set to 1, and a bad value is named", () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(true);
    expect(() => loadConfig({ TRUST_PROXY: "yes" })).toThrow(
      /TRUST_PROXY: TRUST_PROXY must be 1 or 0/,
    );
  });

  it("takes the address the proxy appended, not one the client wrote", async () => {
    const app = createApp({ db, dataDir: FIXTURE_DATA, auth: auth(), trustProxy: true });
    expect((await failedLogin(app, "6.6.6.6, 192.0.2.10")).status).toBe(401);
    expect(lastRemote()).toBe("192.0.2.10");
  });

  it("limits failed logins per client address behind the proxy", async () => {
    const app = createApp({ db, dataDir: FIXTURE_DATA, auth: auth(), trustProxy: true });
    // 20 failures from one client (different usernames), then that client waits; another does not.
    for (let i = 0; i < 20; i++) {
      const res = await app.request("/api/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.7" },
        body: JSON.stringify({ username: `namn-${i}`, password: "fel-lösenord" }),
      });
      expect(res.status).toBe(401);
    }
    expect((await failedLogin(app, "198.51.100.7")).status).toBe(429);
    expect((await failedLogin(app, "198.51.100.8")).status).toBe(401);
  });

  it("ignores the header when not behind a trusted proxy", async () => {
    const app = createApp({ db, dataDir: FIXTURE_DATA, auth: auth() });
    expect((await failedLogin(app, "192.0.2.99")).status).toBe(401);
    expect(lastRemote()).toBeNull(); // app.request has no socket
  });
});
