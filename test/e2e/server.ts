// Starts the real server (server/main.ts) on a free port with its own fresh SQLite file, as a user
// would run it, and stops it again. The file gets one account per role first (ACCOUNTS in
// test/helpers/accounts.ts), as `npm run create-admin` would create them, plus any a spec asks for.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createAccountRepo, type NewAccount } from "../../server/auth/accounts.ts";
import { openDb } from "../../server/db/open.ts";
import { seedAccounts } from "../helpers/accounts.ts";

const ROOT = resolve(import.meta.dirname, "../..");

export interface TestServer {
  origin: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => ok(port));
    });
  });
}

async function waitForMeta(origin: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    }
    try {
      const res = await fetch(`${origin}/api/meta`);
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer /api/meta within 60 s:\n${log()}`);
}

async function addAccounts(dbPath: string, accounts: NewAccount[]) {
  const db = openDb(dbPath);
  try {
    const repo = createAccountRepo(db);
    for (const a of accounts) await repo.create(a);
  } finally {
    db.close();
  }
}

/**
 * `env` adds to (or overrides) the server's environment, e.g. BASEMAP_STYLE_URL; `accounts` are
 * created besides the three of ACCOUNTS (e.g. one that must change its password).
 */
export async function startServer(
  env: Record<string, string> = {},
  options: { accounts?: NewAccount[] } = {},
): Promise<TestServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "grannkoll-e2e-"));
  const dbPath = join(dir, "test.db");
  await seedAccounts(dbPath);
  if (options.accounts) await addAccounts(dbPath, options.accounts);
  let output = "";
  // detached: the server gets its own process group, so stop() ends npx, tsx and node together.
  const child = spawn("npx", ["tsx", "server/main.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DB_PATH: dbPath,
      // The offline base map: the tests assert that no request leaves the machine.
      BASEMAP_STYLE_URL: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((r) => child.once("exit", r));
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForMeta(origin, child, () => output);
  } catch (err) {
    await stop();
    throw err;
  }
  return { origin, stop };
}
