// Accounts for a server that is not running yet, and a login to it once it is: the one way the
// benchmarks (scripts/bench) and the tests that run the real server process (test/helpers) do both.
import { createAccountRepo, type NewAccount } from "../../server/auth/accounts.ts";
import { SESSION_COOKIE } from "../../server/auth/guard.ts";
import { openDb } from "../../server/db/open.ts";

/** Opens (and migrates) the database file and adds the accounts, as `npm run create-admin` would. */
export async function addAccounts(dbPath: string, accounts: NewAccount[]): Promise<void> {
  const db = openDb(dbPath);
  try {
    const repo = createAccountRepo(db);
    for (const account of accounts) await repo.create(account);
  } finally {
    db.close();
  }
}

/** A logged-in session: `cookie` goes in the Cookie header, `csrf` in x-csrf-token on writes. */
export interface HttpSession {
  cookie: string;
  csrf: string;
}

/** Logs in through POST /api/auth/login like a browser; each call starts a new session. */
export async function loginOverHttp(
  origin: string,
  credentials: { username: string; password: string },
): Promise<HttpSession> {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(credentials),
  });
  if (res.status !== 200)
    throw new Error(`login as ${credentials.username} answered ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (!cookie.startsWith(`${SESSION_COOKIE}=`)) throw new Error(`login set no ${SESSION_COOKIE}`);
  const { csrf_token } = (await res.json()) as { csrf_token: string };
  return { cookie, csrf: csrf_token };
}
