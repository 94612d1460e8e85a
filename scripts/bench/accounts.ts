// The benchmarks' accounts: created in the server's database file before it starts (the server
// seeds data/ into it on first start all the same), then logged in over HTTP like a browser.
import { CSRF_HEADER } from "../../server/auth/guard.ts";
import type { Role } from "../../server/auth/roles.ts";
import { addAccounts, type HttpSession, loginOverHttp } from "../lib/accounts.ts";

export type BenchRole = Exclude<Role, "admin">;
export type BenchSession = HttpSession;

const ACCOUNTS: Record<BenchRole, { username: string; password: string }> = {
  planner: { username: "bench-planerare", password: "bench-planerare-lösen" },
  police: { username: "bench-polis", password: "bench-polis-lösen" },
};

/** Adds a planner and a police account to the database file. */
export const createBenchAccounts = (dbPath: string) =>
  addAccounts(dbPath, [
    // A planner of Staffanstorp, the default kommun; the police cover the whole police area.
    { ...ACCOUNTS.planner, role: "planner", kommuner: ["1230"] },
    { ...ACCOUNTS.police, role: "police" },
  ]);

/** Logs in through POST /api/auth/login; each call starts a new session. */
export const login = (origin: string, role: BenchRole) => loginOverHttp(origin, ACCOUNTS[role]);

/** The headers of a write made with this session. */
export const writeHeaders = (s: BenchSession) => ({
  cookie: s.cookie,
  [CSRF_HEADER]: s.csrf,
  "content-type": "application/json",
});
