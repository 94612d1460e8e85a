// Failed-login limits in a sliding window, kept in SQLite (login_failures, migration 008) so a
// restart does not clear them; keys are stored hashed.
//
// An attempt is reserved before its password is hashed and counts as a failure until it succeeds:
// the check and the reservation are one synchronous transaction, so however many attempts arrive
// at once, no more than the limit are ever verified.
//
// What is limited, so that guessing stays slow without letting anyone lock an owner out:
// - one username from one address: `perUsernameAndAddress` failures (the usual case: one guesser);
// - one address, whatever the usernames: `perAddress` failures;
// - one username from all addresses together: `perUsername` failures, a ceiling for guessing
//   spread over many addresses. Failures from one address do not stop the owner at another.
// - a known device (a browser the account has logged in from before, server/auth/devices.ts) is
//   held only to its own `perDevice`: whoever guesses elsewhere cannot lock its owner out.
import { createHash } from "node:crypto";
import type { Db } from "../db/open.ts";

export interface LoginLimits {
  windowMinutes: number;
  perUsernameAndAddress: number;
  perAddress: number;
  perUsername: number;
  perDevice: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  windowMinutes: 15,
  perUsernameAndAddress: 5,
  perAddress: 20,
  perUsername: 50,
  perDevice: 5,
};

/** Who is trying: the username typed, the client's address, and a known device's id if any. */
export interface AttemptFrom {
  username: string;
  address: string | null;
  /** The id of a known device of this username's account (devices.ts), or null. */
  device?: string | null | undefined;
}

/** A reserved attempt: a failure unless `succeeded()` is called. */
export interface Attempt {
  succeeded(): void;
}

export type Reservation = { ok: true; attempt: Attempt } | { ok: false; retryAfter: number };

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
  const insert = db.prepare<[string, number]>("INSERT INTO login_failures (key, at) VALUES (?, ?)");
  const prune = db.prepare("DELETE FROM login_failures WHERE at <= ?");
  const removeRow = db.prepare("DELETE FROM login_failures WHERE rowid = ?");
  const clear = db.prepare("DELETE FROM login_failures WHERE key = ?");
  const count = db.prepare<[], number>("SELECT count(*) FROM login_failures").pluck();

  const keysOf = ({ username, address, device }: AttemptFrom) => {
    const name = username.toLowerCase();
    const where = address ?? "?";
    return {
      pair: { key: hashed(`ua:${name}\n${where}`), max: limits.perUsernameAndAddress },
      address: { key: hashed(`a:${where}`), max: limits.perAddress },
      username: { key: hashed(`u:${name}`), max: limits.perUsername },
      device: device ? { key: hashed(`d:${device}`), max: limits.perDevice } : null,
    };
  };

  /** Seconds until the oldest of the last `max` failures under `key` leaves the window; 0 if fewer. */
  const waitFor = (key: string, max: number, now: number) => {
    const times = recent.all(key, now - windowMs);
    if (times.length < max) return 0;
    const oldest = times[times.length - max] as number;
    return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
  };

  const reserve = db.transaction((from: AttemptFrom, now: number): Reservation => {
    // Past windows go as new attempts come in, so one-off usernames cannot pile up.
    prune.run(now - windowMs);
    const keys = keysOf(from);
    // A known device answers for itself; anyone else meets all three limits.
    const checked = keys.device ? [keys.device] : [keys.pair, keys.address, keys.username];
    const wait = Math.max(...checked.map(({ key, max }) => waitFor(key, max, now)));
    if (wait > 0) return { ok: false, retryAfter: wait };
    const counted = [keys.pair, keys.address, keys.username, keys.device].flatMap((k) =>
      k ? [k.key] : [],
    );
    const rows = counted.map((key) => insert.run(key, now).lastInsertRowid);
    const succeeded = db.transaction(() => {
      for (const row of rows) removeRow.run(row);
      // The owner's own earlier typos (here, on this device) are forgiven; the address's and
      // the username's totals are not, so a success cannot reopen guessing for others.
      clear.run(keys.pair.key);
      if (keys.device) clear.run(keys.device.key);
    });
    return { ok: true, attempt: { succeeded: () => succeeded() } };
  });

  return {
    /** How many failures are kept (for tests). */
    get size() {
      return count.get() ?? 0;
    },
    /**
     * Reserves an attempt, or says how many seconds to wait. Call before verifying the password;
     * the attempt counts as a failure unless `succeeded()` is called after a correct one.
     */
    reserve(from: AttemptFrom): Reservation {
      // IMMEDIATE: another process (a script, a second server) cannot slip in between.
      return reserve.immediate(from, clock().getTime());
    },
  };
}

export type LoginLimiter = ReturnType<typeof createLoginLimiter>;
