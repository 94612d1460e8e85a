// Known devices: a browser an account has logged in from before, named by a random token in the
// gk_device cookie (HttpOnly, SameSite=Strict, sent only to /api/auth). Only the token's SHA-256
// is stored (known_devices, migration 009). One browser keeps one token for every account it logs
// in to. A device unused for DEVICE_DAYS is forgotten, and so are all of an account's devices when
// its password changes (a trigger); the login limit treats a known device apart (rate-limit.ts).
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db/open.ts";

export const DEVICE_COOKIE = "gk_device";
export const DEVICE_COOKIE_PATH = "/api/auth";
export const DEVICE_DAYS = 180;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const digest = (token: string) => createHash("sha256").update(token).digest("base64url");

export function createDeviceStore(db: Db, clock: () => Date = () => new Date()) {
  const find = db
    .prepare<[string, number, string], number>(
      "SELECT 1 FROM known_devices WHERE token_hash = ? AND account_id = ? AND last_seen_at > ?",
    )
    .pluck();
  const upsert =
    db.prepare(`INSERT INTO known_devices (token_hash, account_id, created_at, last_seen_at)
    VALUES (@hash, @account, @now, @now)
    ON CONFLICT (token_hash, account_id) DO UPDATE SET last_seen_at = @now`);
  const forgetOld = db.prepare("DELETE FROM known_devices WHERE last_seen_at <= ?");
  const cutoff = () => new Date(clock().getTime() - DEVICE_DAYS * 86_400_000).toISOString();

  return {
    /** The device's id when `token` names a known device of this account; else null. */
    known(token: string | undefined, accountId: number): string | null {
      if (!token || !TOKEN.test(token)) return null;
      const hash = digest(token);
      return find.get(hash, accountId, cutoff()) ? hash : null;
    },
    /** Remembers this browser for the account after a correct password; returns the cookie's token. */
    remember(token: string | undefined, accountId: number): string {
      const kept = token && TOKEN.test(token) ? token : randomBytes(32).toString("base64url");
      forgetOld.run(cutoff());
      upsert.run({ hash: digest(kept), account: accountId, now: clock().toISOString() });
      return kept;
    },
  };
}

export type DeviceStore = ReturnType<typeof createDeviceStore>;
