// The benchmarks' accounts: created in the server's database file before it starts (the server
// seeds data/ into it on first start all the same), then logged in over HTTP like a browser.
import { createAccountRepo } from "../../server/auth/accounts.ts";
import { CSRF_HEADER, SESSION_COOKIE } from "../../server/auth/guard.ts";
import type { Role } from "../../server/auth/roles.ts";
import { openDb } from "../../server/db/open.ts";

export type BenchRole = Exclude<Role, "admin">;

const ACCOUNTS: Record<BenchRole, { username: string; password: string }> = {
  planner: { username: "bench-planerare", password: "bench-planerare-lösen" },
  police: { username: "bench-polis", password: "bench-polis-lösen" },
};

/** Opens (and migrates) the database file and adds a planner and a police account. */
export async function createBenchAccounts(dbPath: string): Promise<void> {
  const db = openDb(dbPath);
  try {
    const repo = createAccountRepo(db);
    for (const role of ["planner", "police"] as const)
      await repo.create({ ...ACCOUNTS[role], role });
  } finally {
    db.close();
  }
}

/** A logged-in session: `cookie` goes in the Cookie header, `csrf` in x-csrf-token on writes. */
export interface BenchSession {
  cookie: string;
  csrf: string;
}

/** Logs in through POST /api/auth/login; each call starts a new session. */
export async function login(origin: string, role: BenchRole): Promise<BenchSession> {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(ACCOUNTS[role]),
  });
  if (res.status !== 200)
    throw new Error(`login as ${role} answered ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (!cookie.startsWith(`${SESSION_COOKIE}=`)) throw new Error(`login set no ${SESSION_COOKIE}`);
  const { csrf_token } = (await res.json()) as { csrf_token: string };
  return { cookie, csrf: csrf_token };
}

/** The headers of a write made with this session. */
export const writeHeaders = (s: BenchSession) => ({
  cookie: s.cookie,
  [CSRF_HEADER]: s.csrf,
  "content-type": "application/json",
});
