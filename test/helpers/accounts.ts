// Accounts for tests that run the real server process: created in its database file before it
// starts (as `npm run create-admin` would), then logged in over HTTP like a browser.
import { createAccountRepo, type NewAccount } from "../../server/auth/accounts.ts";
import { CSRF_HEADER } from "../../server/auth/guard.ts";
import { ROLES, type Role } from "../../server/auth/roles.ts";
import { openDb } from "../../server/db/open.ts";

/** Each role's test account and its password. */
export const ACCOUNTS: Record<Role, { username: string; password: string }> = {
  planner: { username: "planerare", password: "planerare-lösen-1" },
  police: { username: "polis", password: "polis-lösen-12" },
  admin: { username: "admin", password: "admin-lösen-123" },
};

/** Opens (and migrates) the database file and adds one account per role, and any `more`. */
export async function seedAccounts(dbPath: string, more: NewAccount[] = []): Promise<void> {
  const db = openDb(dbPath);
  try {
    const repo = createAccountRepo(db);
    for (const role of ROLES) await repo.create({ ...ACCOUNTS[role], role });
    for (const account of more) await repo.create(account);
  } finally {
    db.close();
  }
}

/** Logs in through POST /api/auth/login; the headers carry the session cookie and CSRF token. */
export async function login(origin: string, role: Role): Promise<Record<string, string>> {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(ACCOUNTS[role]),
  });
  if (res.status !== 200)
    throw new Error(`login as ${role} answered ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrf_token } = (await res.json()) as { csrf_token: string };
  return { cookie, [CSRF_HEADER]: csrf_token };
}
