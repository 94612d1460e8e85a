// `npm run create-admin` as an operator runs it: the script in its own process against a fresh
// database file (DB_PATH), then the printed password logs in through the real app.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { createAuth } from "../../server/auth/auth.ts";
import { openDb } from "../../server/db/open.ts";
import { seedIfEmpty } from "../../server/db/seed.ts";
import { FIXTURE_DATA, TEST_NOW } from "../helpers/test-app.ts";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "grannkoll-create-admin-"));
const dbPath = join(dir, "admin.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the script; resolves with its exit code and output, whatever the code. */
async function createAdmin(...args: string[]) {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "scripts/create-admin.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, DB_PATH: dbPath },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

function accountCount(): number {
  const db = openDb(dbPath);
  try {
    return db.prepare("SELECT count(*) FROM accounts").pluck().get() as number;
  } finally {
    db.close();
  }
}

describe("npm run create-admin", () => {
  let password = "";

  it("creates an admin with a generated password, printed once", async () => {
    const res = await createAdmin("driftansvarig", "--display-name", "Dana Drift");
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/username: driftansvarig/);
    password = /password: (\S+)/.exec(res.stdout)?.[1] ?? "";
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(accountCount()).toBe(1);
  }, 60_000);

  it("whose password logs in through the app, with a forced change", async () => {
    const db = openDb(dbPath);
    try {
      seedIfEmpty(db, FIXTURE_DATA); // as the server does at its first start
      const clock = () => TEST_NOW;
      const app = createApp({ db, dataDir: FIXTURE_DATA, clock, auth: createAuth(db, { clock }) });
      const res = await app.request("/api/auth/login", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ username: "driftansvarig", password }),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { user: Record<string, unknown> };
      expect(body.user).toEqual({
        username: "driftansvarig",
        display_name: "Dana Drift",
        role: "admin",
        must_change_password: true,
        // Without --kommun, the administrator of the whole police area.
        scope: "police_area",
      });
      const audit = db
        .prepare(
          "SELECT actor, action, entity, detail FROM audit_log WHERE entity = 'accounts' ORDER BY id",
        )
        .get();
      expect(audit).toEqual({
        actor: "create-admin",
        action: "create",
        entity: "accounts",
        detail: '{"role":"admin","scope":"police_area","kommuner":[]}',
      });
      // The first admin is of the police area: every account of every kommun is theirs.
      expect(db.prepare("SELECT scope FROM accounts").pluck().get()).toBe("police_area");
    } finally {
      db.close();
    }
  });

  it("exits 1 with a clear message for a taken or invalid username, adding nobody", async () => {
    const [taken, invalid, missing] = await Promise.all([
      createAdmin("DriftAnsvarig"),
      createAdmin("drift ansvarig!"),
      createAdmin(),
    ]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/'DriftAnsvarig' is already taken/);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/Invalid username 'drift ansvarig!'/);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Usage: npm run create-admin -- <username>/);
    expect(accountCount()).toBe(1);
  }, 120_000);

  it("makes an administrator of the kommuner --kommun names, and refuses one not deployed", async () => {
    const [lomma, outside] = await Promise.all([
      createAdmin("lomma-admin", "--kommun", "1262"),
      createAdmin("stockholm-admin", "--kommun", "0180"),
    ]);
    expect(lomma.code).toBe(0);
    expect(lomma.stdout).toMatch(/admin account of kommun 1262/);
    expect(outside.code).toBe(1);
    expect(outside.stderr).toMatch(/0180 is not one of KOMMUNER/);
    const db = openDb(dbPath);
    try {
      const row = db
        .prepare(`SELECT a.scope, json_group_array(k.kommun) AS kommuner FROM accounts a
          JOIN account_kommuner k ON k.account_id = a.id WHERE a.username = 'lomma-admin'`)
        .get();
      expect(row).toEqual({ scope: "kommun", kommuner: '["1262"]' });
    } finally {
      db.close();
    }
    expect(accountCount()).toBe(2);
  }, 120_000);
});
