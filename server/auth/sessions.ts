// Login sessions in SQLite: a random token in an HttpOnly cookie, its SHA-256 in the table, a CSRF
// token per session, an idle limit and an absolute limit. Disabling an account ends its sessions.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db/open.ts";
import type { AccountScope } from "../kommun/scope.ts";
import type { Role } from "./roles.ts";

export interface SessionLimits {
  /** A session unused this long ends. */
  idleMinutes: number;
  /** A session ends this long after login, however busy. */
  maxHours: number;
}

export const DEFAULT_LIMITS: SessionLimits = { idleMinutes: 120, maxHours: 12 };

/** What a request knows about its caller once the cookie is checked. */
export interface Session {
  accountId: number;
  username: string;
  displayName: string;
  role: Role;
  csrfToken: string;
  mustChangePassword: boolean;
  expiresAt: string;
  /** Which kommuner the account works for: see server/kommun/scope.ts. */
  scope: AccountScope;
  kommuner: string[];
}

interface Row {
  account_id: number;
  username: string;
  display_name: string;
  role: Role;
  must_change_password: number;
  disabled_at: string | null;
  csrf_token: string;
  last_seen_at: string;
  expires_at: string;
  scope: AccountScope;
  kommuner: string;
}

const digest = (token: string) => createHash("sha256").update(token).digest("base64url");
const TOUCH_EVERY_MS = 60_000;
/**
 * How long a checked session is reused from memory without asking SQLite again. Every change made
 * in this process (logout, disable, role or password change) clears the memo at once, so this
 * only bounds how often the table is read, not how long a change takes to apply.
 */
const MEMO_MS = 1_000;
const MEMO_MAX = 10_000;

export function createSessionStore(
  db: Db,
  clock: () => Date = () => new Date(),
  limits: SessionLimits = DEFAULT_LIMITS,
) {
  const insert = db.prepare(`INSERT INTO sessions
    (token_hash, account_id, csrf_token, created_at, last_seen_at, expires_at, remote)
    VALUES (@token_hash, @account_id, @csrf_token, @now, @now, @expires_at, @remote)`);
  const lookup = db.prepare<[string], Row>(`SELECT s.account_id, a.username, a.display_name, a.role,
      a.must_change_password, a.disabled_at, s.csrf_token, s.last_seen_at, s.expires_at, a.scope,
      (SELECT json_group_array(k.kommun) FROM account_kommuner k WHERE k.account_id = a.id)
        AS kommuner
    FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = ?`);
  const touch = db.prepare("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?");
  const remove = db.prepare("DELETE FROM sessions WHERE token_hash = ?");
  const removeAccount = db.prepare("DELETE FROM sessions WHERE account_id = ?");
  const removeOthers = db.prepare("DELETE FROM sessions WHERE account_id = ? AND token_hash <> ?");
  const removeExpired = db.prepare(
    "DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?",
  );

  const idleMs = limits.idleMinutes * 60_000;
  const memo = new Map<string, { session: Session; until: number; expires: number }>();
  const forget = () => memo.clear();

  return {
    limits,
    /** Starts a session; the token goes into the cookie and is never stored. */
    create(accountId: number, remote: string | null) {
      const token = randomBytes(32).toString("base64url");
      const csrfToken = randomBytes(32).toString("base64url");
      const now = clock();
      const expiresAt = new Date(now.getTime() + limits.maxHours * 3_600_000).toISOString();
      insert.run({
        token_hash: digest(token),
        account_id: accountId,
        csrf_token: csrfToken,
        now: now.toISOString(),
        expires_at: expiresAt,
        remote,
      });
      return { token, csrfToken, expiresAt };
    },
    /** The live session of a cookie token, or null (unknown, expired, idle, account disabled). */
    resolve(token: string | undefined): Session | null {
      if (!token || token.length > 100) return null;
      const remembered = memo.get(token);
      if (remembered) {
        const t = clock().getTime();
        if (t < remembered.until && t < remembered.expires) return remembered.session;
        memo.delete(token);
      }
      const key = digest(token);
      const row = lookup.get(key);
      if (!row) return null;
      const now = clock();
      const lastSeen = Date.parse(row.last_seen_at);
      if (
        row.disabled_at !== null ||
        Date.parse(row.expires_at) <= now.getTime() ||
        now.getTime() - lastSeen >= idleMs
      ) {
        remove.run(key);
        return null;
      }
      // Writing on every request would make every read a write; a minute's precision is enough.
      if (now.getTime() - lastSeen >= TOUCH_EVERY_MS) touch.run(now.toISOString(), key);
      const session: Session = {
        accountId: row.account_id,
        username: row.username,
        displayName: row.display_name,
        role: row.role,
        csrfToken: row.csrf_token,
        mustChangePassword: row.must_change_password === 1,
        expiresAt: row.expires_at,
        scope: row.scope,
        kommuner: JSON.parse(row.kommuner) as string[],
      };
      if (memo.size >= MEMO_MAX) forget();
      memo.set(token, {
        session,
        until: now.getTime() + MEMO_MS,
        expires: Math.min(Date.parse(row.expires_at), lastSeen + idleMs),
      });
      return session;
    },
    /** Drops the memo of checked sessions: called after any change to an account. */
    forget,
    destroy(token: string): void {
      forget();
      remove.run(digest(token));
    },
    destroyAccount(accountId: number): void {
      forget();
      removeAccount.run(accountId);
    },
    /** After a password change: every other session of the account ends. */
    destroyOthers(accountId: number, token: string): void {
      forget();
      removeOthers.run(accountId, digest(token));
    },
    /** Deletes ended sessions; returns how many. */
    sweep(): number {
      const now = clock();
      const idleBefore = new Date(now.getTime() - idleMs).toISOString();
      forget();
      return removeExpired.run(now.toISOString(), idleBefore).changes;
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
