// The gate in front of a view: the public gets a login prompt, a role the view is not for gets a
// clear message (with a way to log in with another account), never a page of failed requests; an
// account with a temporary password gets the form to change it. When the session expires under
// an open page, the page stays (hidden, with whatever was typed into its forms) behind a login form
// in place, and comes back as it was after logging in again.
// The server enforces the same rules (server/auth/access.ts); this only keeps the UI honest.
import { useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  type MouseEvent,
  type ReactNode,
  useContext,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useSearch } from "wouter";
import { navigate } from "wouter/use-browser-location";
import { LoadError } from "../load-error.tsx";
import { LoginForm } from "./login-view.tsx";
import { PasswordView } from "./password-view.tsx";
import { loginHref, mayUse, type Role, type ViewRoles } from "./roles.ts";
import { applySession, logout, type SessionAnswer, useSession } from "./session.ts";

/** The current address (path, query and map hash) to come back to after logging in. */
export function useHere(): string {
  const [location] = useLocation();
  const search = useSearch();
  const hash = typeof window === "undefined" ? "" : window.location.hash;
  return `${location}${search ? `?${search}` : ""}${hash}`;
}

const PageRole = createContext<Role | null>(null);

/**
 * The role the open page was shown for. It stays while an expired session is renewed in place, so
 * a view that hides controls by role keeps them (and what was typed into them) meanwhile.
 */
export function usePageRole(): Role | null {
  const page = useContext(PageRole);
  const { user } = useSession();
  return page ?? user?.role ?? null;
}

export function RequireRole({ roles, children }: { roles: ViewRoles; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const here = useHere();
  // Who was logged in while this page was open: a session that ends under it has expired.
  const lastUser = useRef<{ username: string; role: Role } | null>(null);
  if (session.user) lastUser.current = session.user;
  if (roles === undefined) return <>{children}</>;
  if (session.isPending) {
    return (
      <p className="app__status" role="status">
        {t("auth.gate.checking")}
      </p>
    );
  }
  if (session.isError && !session.data) {
    return <LoadError message={session.error.message} onRetry={() => void session.refetch()} />;
  }
  const { user } = session;
  if (!user && lastUser.current !== null) {
    return (
      <Kept
        prompt={
          <main className="page auth-page" data-testid="auth-expired">
            <LoginForm
              knownUsername={lastUser.current.username}
              notice={t("auth.gate.expired")}
              onDone={() => undefined}
            />
          </main>
        }
        role={lastUser.current.role}
      >
        {children}
      </Kept>
    );
  }
  if (!user) {
    return (
      <main className="page auth-gate" data-testid="auth-required">
        <h2>{t("auth.gate.loginTitle")}</h2>
        <p>{t("auth.gate.loginText")}</p>
        <p>
          <Link href={loginHref(here)} className="auth-gate__action" data-testid="gate-login">
            {t("auth.gate.login")}
          </Link>
        </p>
      </main>
    );
  }
  // A temporary password opens nothing but the form to change it (the server says the same).
  if (user.must_change_password) return <PasswordView forced />;
  if (!mayUse(roles, user.role)) {
    return (
      <main className="page auth-gate" data-testid="auth-forbidden" data-role={user.role}>
        <h2>{t("auth.gate.forbiddenTitle")}</h2>
        <p>
          {t("auth.gate.forbiddenText", {
            name: user.display_name || user.username,
            role: t(`auth.role.${user.role}`),
            roles: roles.map((r) => t(`auth.role.${r}`)).join(", "),
          })}
        </p>
        <p className="auth-gate__links">
          <OtherAccountLink href={loginHref(here)} />
          <Link href="/">{t("auth.gate.home")}</Link>
        </p>
      </main>
    );
  }
  return (
    <Kept prompt={null} role={user.role}>
      {children}
    </Kept>
  );
}

/**
 * "Log in with another account": logs the current session out on the server first, then shows the
 * login form, so the account asked for replaces it rather than leaving it open. A plain link still
 * (a new tab or a copied address gets the login form, which says who is logged in).
 */
function OtherAccountLink({ href }: { href: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);

  async function switchAccount(e: MouseEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    let answer: SessionAnswer;
    try {
      answer = await logout();
    } catch {
      // The session may already be gone on the server: the UI logs out all the same (UserMenu too).
      answer = { user: null, csrf_token: null, expires_at: null };
    }
    // To the login form first, so the page left behind never shows "your login has expired".
    navigate(href);
    await applySession(client, answer, "drop");
  }

  return (
    <Link
      href={href}
      className="auth-gate__action"
      data-testid="gate-login"
      aria-disabled={busy || undefined}
      onClick={(e) => void switchAccount(e)}
    >
      {t("auth.gate.otherAccount")}
    </Link>
  );
}

/**
 * The page, in the same place of the tree whether a prompt is over it or not, so React keeps its
 * state (typed text, selections) while the prompt is shown; `display: contents` leaves the layout
 * as if the wrapper were not there.
 */
function Kept({ prompt, role, children }: { prompt: ReactNode; role: Role; children: ReactNode }) {
  return (
    <>
      {prompt}
      <div className="auth-kept" hidden={prompt !== null}>
        <PageRole.Provider value={role}>{children}</PageRole.Provider>
      </div>
    </>
  );
}
