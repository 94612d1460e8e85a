// Failed-login limits: per username and per client address, in a sliding window. Kept in SQLite
// (login_failures, migration 008), so a restart does not clear them; keys are stored hashed.
import { createHash } from "node:crypto";
import type { Db } from "../db/open.ts";

export interface LoginLimits {
  windowMinutes: number;
  perUsername: number;
  perAddress: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  windowMinutes: 15,
  perUsername: 5,
  perAddress: 20,
};

const hashed = (key: string) => createHash("sha256").update(key).digest("base64url");

export function createLoginLimiter(
  db: Db,
  clock: () => Date = () => new Date(),
  limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
) {
  const windowMs = limits.windowMinutes * 60_000;
  const recent = db
    .prepare<[string, number], number>(
      "SELECT at FROM login_failures WHERE key = ? AND at > ? ORDER BY at",
    )
    .pluck();
  const insert = db.prepare("INSERT INTO login_failures (key, at) VALUES (?, ?)");
  const prune = db.prepare("DELETE FROM login_failures WHERE at <= ?");
  const clear = db.prepare("DELETE FROM login_failures WHERE key = ?");
  const count = db.prepare<[], number>("SELECT count(*) FROM login_failures").pluck();

  const keys = (username: string, address: string | null) => [
    { key: hashed(`u:${username.toLowerCase()}`), max: limits.perUsername },
    { key: hashed(`a:${address ?? "?"}`), max: limits.perAddress },
  ];
  const fail = db.transaction((username: string, address: string | null, now: number) => {
    // Past windows go as new failures come in, so one-off usernames cannot pile up.
    prune.run(now - windowMs);
    for (const { key } of keys(username, address)) insert.run(key, now);
  });

  return {
    /** How many failures are kept (for tests). */
    get size() {
      return count.get() ?? 0;
    },
    /** Seconds until another attempt is allowed, or 0 when one is allowed now. */
    retryAfter(username: string, address: string | null): number {
      const now = clock().getTime();
      let wait = 0;
      for (const { key, max } of keys(username, address)) {
        const times = recent.all(key, now - windowMs);
        if (times.length >= max) {
          const oldest = times[times.length - max] as number;
          wait = Math.max(wait, Math.ceil((oldest + windowMs - now) / 1000));
        }
      }
      return wait;
    },
    fail(username: string, address: string | null): void {
      fail(username, address, clock().getTime());
    },
    /** A successful login clears the username's failures, not the address's. */
    succeed(username: string): void {
      clear.run(hashed(`u:${username.toLowerCase()}`));
    },
  };
}

export type LoginLimiter = ReturnType<typeof createLoginLimiter>;
