// Personal access tokens: read-only access to the OGC API for GIS clients that cannot log in with
// a cookie and a CSRF token (QGIS, GDAL). The secret is shown once; only its SHA-256 is stored. A
// token acts with its account's current role and ends with its revocation or its expiry; all of an
// account's tokens are revoked when it is disabled or its password is reset or changed (so
// re-enabling an account or a new password brings none back), and no token of an account that
// must change its password is accepted. Tokens are accepted on GET /ogc only, never on /api.
import { createHash, randomBytes } from "node:crypto";
import type { AuditEntry } from "../audit/log.ts";
import type { Db } from "../db/open.ts";
import type { AccountScope } from "../kommun/scope.ts";
import type { Role } from "./roles.ts";

/** Every token starts with this, so a leaked one is easy to recognise (and to search for). */
export const TOKEN_PREFIX = "gk_";
export const TOKEN_MAX_DAYS = 365;
export const TOKEN_DEFAULT_DAYS = 90;
/** How many live tokens one account may hold. */
export const TOKENS_PER_ACCOUNT = 20;

export interface AccessToken {
  id: number;
  name: string;
  /** The first characters of the secret, to tell tokens apart. */
  prefix: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
}

/** Who a valid token speaks for. */
export interface TokenCaller {
  accountId: number;
  username: string;
  role: Role;
  tokenId: number;
  scope: AccountScope;
  kommuner: string[];
}

const digest = (token: string) => createHash("sha256").update(token).digest("base64url");
const TOUCH_EVERY_MS = 60_000;

export function createTokenStore(db: Db, clock: () => Date = () => new Date()) {
  const insert = db.prepare<{
    account_id: number;
    name: string;
    token_hash: string;
    prefix: string;
    created_at: string;
    expires_at: string;
  }>(`INSERT INTO access_tokens (account_id, name, token_hash, prefix, created_at, expires_at)
      VALUES (@account_id, @name, @token_hash, @prefix, @created_at, @expires_at)`);
  const live = `revoked_at IS NULL AND expires_at > ?`;
  const list = db.prepare<[number, string], AccessToken>(
    `SELECT id, name, prefix, created_at, expires_at, last_used_at FROM access_tokens
     WHERE account_id = ? AND ${live} ORDER BY created_at DESC, id DESC`,
  );
  const countLive = db
    .prepare<[number, string], number>(
      `SELECT COUNT(*) FROM access_tokens WHERE account_id = ? AND ${live}`,
    )
    .pluck();
  const revoke = db.prepare<[string, number, number]>(
    `UPDATE access_tokens SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL`,
  );
  const revokeAll = db.prepare<[string, number], { id: number }>(
    "UPDATE access_tokens SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL RETURNING id",
  );
  const lookup = db.prepare<
    [string],
    {
      id: number;
      account_id: number;
      username: string;
      role: Role;
      disabled_at: string | null;
      must_change_password: number;
      expires_at: string;
      revoked_at: string | null;
      last_used_at: string | null;
      scope: AccountScope;
      kommuner: string;
    }
  >(`SELECT t.id, t.account_id, a.username, a.role, a.disabled_at, a.must_change_password,
            t.expires_at, t.revoked_at, t.last_used_at, a.scope,
            (SELECT json_group_array(k.kommun) FROM account_kommuner k WHERE k.account_id = a.id)
              AS kommuner
     FROM access_tokens t JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = ?`);
  const touch = db.prepare<[string, number]>(
    "UPDATE access_tokens SET last_used_at = ? WHERE id = ?",
  );

  const now = () => clock().toISOString();

  return {
    /** A new token; `secret` is returned this once and never stored. */
    create(accountId: number, name: string, days: number) {
      const secret = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
      const created = clock();
      const row = {
        account_id: accountId,
        name,
        token_hash: digest(secret),
        prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
        created_at: created.toISOString(),
        expires_at: new Date(created.getTime() + days * 86_400_000).toISOString(),
      };
      const id = Number(insert.run(row).lastInsertRowid);
      return { secret, id, prefix: row.prefix, expires_at: row.expires_at };
    },
    list: (accountId: number): AccessToken[] => list.all(accountId, now()),
    liveCount: (accountId: number) => countLive.get(accountId, now()) ?? 0,
    /** True when the account's live token was revoked now. */
    revoke: (accountId: number, id: number) => revoke.run(now(), id, accountId).changes === 1,
    /**
     * Every live token of an account: when it is disabled or its password reset or changed. Call
     * it inside the transaction of that change, through `revokeAllAudited` where there is an audit.
     */
    revokeAll: (accountId: number): number[] =>
      revokeAll
        .all(now(), accountId)
        .map((r) => r.id)
        .sort((a, b) => a - b),
    /** The caller a presented secret speaks for, or null (unknown, revoked, expired, disabled, or
     *  the account must change its password first). */
    resolve(secret: string): TokenCaller | null {
      if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 100) return null;
      const row = lookup.get(digest(secret));
      const t = clock();
      if (
        !row ||
        row.revoked_at !== null ||
        row.disabled_at !== null ||
        row.must_change_password === 1 ||
        Date.parse(row.expires_at) <= t.getTime()
      ) {
        return null;
      }
      // Recording every request would make every read a write; a minute's precision is enough.
      if (!row.last_used_at || t.getTime() - Date.parse(row.last_used_at) >= TOUCH_EVERY_MS) {
        touch.run(t.toISOString(), row.id);
      }
      return {
        accountId: row.account_id,
        username: row.username,
        role: row.role,
        tokenId: row.id,
        scope: row.scope,
        kommuner: JSON.parse(row.kommuner) as string[],
      };
    },
  };
}

export type TokenStore = ReturnType<typeof createTokenStore>;

/** Why an account's tokens were all revoked, as the audit row says. */
export type RevokeReason = "password-reset" | "password-change" | "disabled";

/**
 * Revokes every live token of the account and records it in the same transaction (the caller's):
 * one `revoke` audit row per token, naming the account and the reason.
 */
export function revokeAllAudited(
  tokens: Pick<TokenStore, "revokeAll">,
  audit: (e: Omit<AuditEntry, "actor" | "remote">) => void,
  accountId: number,
  reason: RevokeReason,
): number[] {
  const revoked = tokens.revokeAll(accountId);
  for (const id of revoked) {
    audit({
      action: "revoke",
      entity: "access_tokens",
      entityId: id,
      detail: { account_id: accountId, reason },
    });
  }
  return revoked;
}
