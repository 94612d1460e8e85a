// Accounts for tests that run the real server process: created in its database file before it
// starts (as `npm run create-admin` would), then logged in over HTTP like a browser.

import { addAccounts, loginOverHttp } from "../../scripts/lib/accounts.ts";
import type { NewAccount } from "../../server/auth/accounts.ts";
import { CSRF_HEADER } from "../../server/auth/guard.ts";
import { ROLES, type Role } from "../../server/auth/roles.ts";

/** Each role's test account and its password. */
export const ACCOUNTS: Record<Role, { username: string; password: string }> = {
  planner: { username: "planerare", password: "planerare-lösen-1" },
  police: { username: "polis", password: "polis-lösen-12" },
  admin: { username: "admin", password: "admin-lösen-123" },
};

/** Adds one account per role, and any `more`, to the database file. */
export const seedAccounts = (dbPath: string, more: NewAccount[] = []) =>
  addAccounts(dbPath, [
    ...ROLES.map((role) => ({ ...ACCOUNTS[role], role, ...KOMMUNER_OF[role] })),
    // A further account works for what its role's test account does unless it says otherwise
    // (the database has no kommuner yet to default to: the server adds them on its first start).
    ...more.map((a) => ({ ...KOMMUNER_OF[a.role], ...a })),
  ]);

/** The test planner works for Staffanstorp (1230); the police and the admin for the police area. */
const KOMMUNER_OF: Record<Role, Pick<NewAccount, "kommuner">> = {
  planner: { kommuner: ["1230"] },
  police: {},
  admin: {},
};

/** Logs in through POST /api/auth/login; the headers carry the session cookie and CSRF token. */
export async function login(origin: string, role: Role): Promise<Record<string, string>> {
  const { cookie, csrf } = await loginOverHttp(origin, ACCOUNTS[role]);
  return { cookie, [CSRF_HEADER]: csrf };
}
