// Starts the real server (server/main.ts) on a free port with its own fresh SQLite file, as a user
// would run it, and stops it again. The file gets one account per role first (ACCOUNTS in
// test/helpers/accounts.ts), as `npm run create-admin` would create them, plus any a spec asks for.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { NewAccount } from "../../server/auth/accounts.ts";
import { openDb } from "../../server/db/open.ts";
import { ACCOUNTS, seedAccounts } from "../helpers/accounts.ts";
import { spawnServer } from "../helpers/server-process.ts";

/** The kommuner an account works for: the listed ones, or the whole police area. */
export type AccountKommuner = readonly string[] | "police_area";

/**
 * What the accounts of ACCOUNTS work for: the planner for Staffanstorp (the kommun the earlier
 * specs were written for), the police and the administrator for the whole police area.
 */
const ROLE_KOMMUNER: Record<string, AccountKommuner> = {
  [ACCOUNTS.planner.username]: ["1230"],
  [ACCOUNTS.police.username]: "police_area",
  [ACCOUNTS.admin.username]: "police_area",
};

/**
 * Writes each named account's scope and kommuner (account_kommuner) into the database file, as an
 * administrator's form would: the accounts are created before the server starts, by username.
 */
function assignKommuner(dbPath: string, byUsername: Record<string, AccountKommuner>) {
  const db = openDb(dbPath);
  try {
    const id = db.prepare<[string], number>("SELECT id FROM accounts WHERE username = ?").pluck();
    const scope = db.prepare("UPDATE accounts SET scope = ? WHERE id = ?");
    const clear = db.prepare("DELETE FROM account_kommuner WHERE account_id = ?");
    const add = db.prepare("INSERT INTO account_kommuner (account_id, kommun) VALUES (?, ?)");
    db.transaction(() => {
      for (const [username, kommuner] of Object.entries(byUsername)) {
        const accountId = id.get(username);
        if (accountId === undefined) throw new Error(`no account ${username} to give kommuner`);
        clear.run(accountId);
        if (kommuner === "police_area") {
          scope.run("police_area", accountId);
          continue;
        }
        scope.run("kommun", accountId);
        for (const k of kommuner) add.run(accountId, k);
      }
    })();
  } finally {
    db.close();
  }
}

export interface TestServer {
  origin: string;
  stop(): Promise<void>;
}

/**
 * `env` adds to (or overrides) the server's environment, e.g. BASEMAP_STYLE_URL; `accounts` are
 * created besides the three of ACCOUNTS (e.g. one that must change its password); `kommuner`
 * names what accounts work for by username (ACCOUNTS' own as in ROLE_KOMMUNER unless named).
 */
export async function startServer(
  env: Record<string, string> = {},
  options: { accounts?: NewAccount[]; kommuner?: Record<string, AccountKommuner> } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "grannkoll-e2e-"));
  const dbPath = join(dir, "test.db");
  await seedAccounts(dbPath, options.accounts);
  assignKommuner(dbPath, { ...ROLE_KOMMUNER, ...options.kommuner });
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
