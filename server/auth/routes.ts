// /api/auth: log in, log out, the current session, and changing one's own password.
import { type Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import type { Db } from "../db/open.ts";
import { remoteOf } from "../http/actor.ts";
import { createAuditedWrite } from "../http/crud/write.ts";
import { fieldError, sendError } from "../http/errors.ts";
import { overHttpsOf } from "../http/public-origin.ts";
import { validJson } from "../http/validate.ts";
import type { AccountScope } from "../kommun/scope.ts";
import type { Auth } from "./auth.ts";
import { DEVICE_COOKIE, DEVICE_COOKIE_PATH, DEVICE_DAYS } from "./devices.ts";
import { SESSION_COOKIE } from "./guard.ts";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from "./password.ts";
import type { Role } from "./roles.ts";
import type { Session } from "./sessions.ts";
import { revokeAllAudited } from "./tokens.ts";

const login = z.strictObject({
  username: z.string().trim().min(1, "username is required").max(64),
  password: z.string().min(1, "password is required").max(MAX_PASSWORD_LENGTH),
});

export const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH);

const passwordChange = z.strictObject({
  current_password: z.string().min(1, "current_password is required").max(MAX_PASSWORD_LENGTH),
  new_password: newPassword,
});

/** The caller as the web app sees it; null for the public. */
export interface SessionUser {
  username: string;
  display_name: string;
  role: Role;
  must_change_password: boolean;
  /** Which kommuner the account works for: its own (`kommun`) or every one (`police_area`). */
  scope: AccountScope;
}

export interface SessionAnswer {
  user: SessionUser | null;
  csrf_token: string | null;
  expires_at: string | null;
  /** No account exists yet: the login page says how to make the first admin. */
  first_admin_needed?: boolean;
}

function answer(s: Session | null, firstAdminNeeded = false): SessionAnswer {
  if (!s) {
    const none: SessionAnswer = { user: null, csrf_token: null, expires_at: null };
    return firstAdminNeeded ? { ...none, first_admin_needed: true } : none;
  }
  return {
    user: {
      username: s.username,
      display_name: s.displayName,
      role: s.role,
      must_change_password: s.mustChangePassword,
      scope: s.scope,
    },
    csrf_token: s.csrfToken,
    expires_at: s.expiresAt,
  };
}

function tooMany(c: Context, wait: number, what: string) {
  c.header("Retry-After", String(wait));
  return sendError(c, 429, "too_many_attempts", `Too many ${what}; try again in ${wait} s`);
}

export function authRoutes(db: Db, { accounts, sessions, limiter, devices, tokens }: Auth) {
  const write = createAuditedWrite(db);

  /** After a correct password: this browser is a known device of the account from now on. */
  const rememberDevice = (c: Context, accountId: number) => {
    const token = devices.remember(getCookie(c, DEVICE_COOKIE), accountId);
    setCookie(c, DEVICE_COOKIE, token, {
      httpOnly: true,
      sameSite: "Strict",
      secure: overHttpsOf(c),
      path: DEVICE_COOKIE_PATH,
      maxAge: DEVICE_DAYS * 86_400,
    });
  };

  return new Hono()
    .post("/login", validJson(login), async (c) => {
      const { username, password } = c.req.valid("json");
      const remote = remoteOf(c);
      const known = accounts.findByUsername(username);
      const device = known ? devices.known(getCookie(c, DEVICE_COOKIE), known.id) : null;
      // Reserved before the slow hash: it counts as a failure unless the password is right.
      const reserved = limiter.reserve({ username, address: remote, device });
      if (!reserved.ok) return tooMany(c, reserved.retryAfter, "failed logins");
      const found = accounts.credentials(username);
      const ok = await verifyPassword(password, found?.hash ?? accounts.dummyHash);
      if (!found || !ok) {
        // An existing account is named by its id. A name that matches no account is not stored:
        // it is often a password typed into the wrong field, and the log cannot be erased.
        const target = found?.account ?? known;
        write(c, (audit) =>
          audit({
            action: "login-failed",
            entity: "accounts",
            entityId: target?.id ?? null,
            detail: target ? { username: target.username } : { unknown_username: true },
          }),
        );
        return sendError(
          c,
          401,
          "invalid_credentials",
          "Wrong username or password, or the account is disabled",
        );
      }
      reserved.attempt.succeeded();
      const started = sessions.create(found.account.id, remote);
      setCookie(c, SESSION_COOKIE, started.token, {
        httpOnly: true,
        sameSite: "Strict",
        secure: overHttpsOf(c),
        path: "/",
        maxAge: sessions.limits.maxHours * 3600,
      });
      rememberDevice(c, found.account.id);
      // The request had no session yet: the login is the account's own act, recorded as such.
      write(c, (audit) =>
        audit({
          action: "login",
          entity: "accounts",
          entityId: found.account.id,
          actor: found.account.username,
        }),
      );
      return c.json(answer(sessions.resolve(started.token)), 200);
    })
    .get("/session", (c) => {
      const session = c.get("session");
      return c.json(answer(session, session === null && accounts.none()), 200);
    })
    .post("/logout", (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      const session = c.get("session");
      if (token) sessions.destroy(token);
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
      write(c, (audit) =>
        audit({ action: "logout", entity: "accounts", entityId: session?.accountId ?? null }),
      );
      return c.json(answer(null), 200);
    })
    .post("/password", validJson(passwordChange), async (c) => {
      const session = c.get("session") as Session;
      const { current_password, new_password } = c.req.valid("json");
      // Guessing the current password through a taken-over session counts as failed logins,
      // under the same limits, reserved before the hash as at login.
      const reserved = limiter.reserve({
        username: session.username,
        address: remoteOf(c),
        device: devices.known(getCookie(c, DEVICE_COOKIE), session.accountId),
      });
      if (!reserved.ok) return tooMany(c, reserved.retryAfter, "wrong passwords");
      const found = accounts.credentials(session.username);
      if (!found || !(await verifyPassword(current_password, found.hash))) {
        write(c, (audit) =>
          audit({
            action: "password-change-failed",
            entity: "accounts",
            entityId: session.accountId,
          }),
        );
        return sendError(c, 400, "invalid_input", "The current password is wrong", [
          fieldError("current_password", "wrong_password", "wrong password"),
        ]);
      }
      reserved.attempt.succeeded();
      if (new_password === current_password) {
        return sendError(
          c,
          400,
          "invalid_input",
          "The new password must differ from the current one",
          [fieldError("new_password", "same_password", "same as the current password")],
        );
      }
      const hash = await accounts.hash(new_password);
      const token = getCookie(c, SESSION_COOKIE) as string;
      write(c, (audit) => {
        accounts.setPasswordHash(session.accountId, hash, false);
        sessions.destroyOthers(session.accountId, token);
        audit({ action: "password-change", entity: "accounts", entityId: session.accountId });
        // A token made before the change would outlive the old password: all of them end here.
        revokeAllAudited(tokens, audit, session.accountId, "password-change");
      });
      // The new password forgot the account's devices (a trigger); this one stays known.
      rememberDevice(c, session.accountId);
      return c.json(answer(sessions.resolve(token)), 200);
    });
}
