// Starts the real server (server/main.ts) on a free port with its own fresh SQLite file, as a user
// would run it, and stops it again. The file gets one account per role first (ACCOUNTS in
// test/helpers/accounts.ts), as `npm run create-admin` would create them, plus any a spec asks for.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { NewAccount } from "../../server/auth/accounts.ts";
import { seedAccounts } from "../helpers/accounts.ts";
import { spawnServer } from "../helpers/server-process.ts";

export interface TestServer {
  origin: string;
  stop(): Promise<void>;
}

/**
 * `env` adds to (or overrides) the server's environment, e.g. BASEMAP_STYLE_URL; `accounts` are
 * created besides the three of ACCOUNTS (e.g. one that must change its password).
 */
export async function startServer(
  env: Record<string, string> = {},
  options: { accounts?: NewAccount[] } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "grannkoll-e2e-"));
  const dbPath = join(dir, "test.db");
  await seedAccounts(dbPath, options.accounts);
  // The offline base map: the tests assert that no request leaves the machine.
  const server = await spawnServer({ DB_PATH: dbPath, BASEMAP_STYLE_URL: "", ...env }).catch(
    (err) => {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    },
  );
  const stop = async () => {
    await server.kill("SIGTERM");
    await server.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  };
  return { origin: server.origin, stop };
}
