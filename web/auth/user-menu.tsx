// The header's account corner: who is logged in and with which role, the account page (password
// and access tokens) and logging out; for the public, a login link that comes back to the current
// page.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { navigate } from "wouter/use-browser-location";
import { useHere } from "./require-role.tsx";
import { loginHref } from "./roles.ts";
import { applySession, logout, SESSION_KEY, type SessionAnswer, useSession } from "./session.ts";

export function UserMenu() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { user, isPending } = useSession();
  const [location] = useLocation();
  const here = useHere();
  const ref = useRef<HTMLDetailsElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Choosing a page closes the menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the location changes
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [location]);

  if (isPending) return null;
  if (!user) {
    if (location === "/logga-in") return null;
    return (
      <Link href={loginHref(here)} className="user-menu__login" data-testid="login-link">
        {t("auth.user.login")}
      </Link>
    );
  }

  async function out() {
    setBusy(true);
    setError(null);
    try {
      const answer = await logout();
      // To the start page first, so the page left behind never shows "your login has expired".
      navigate("/");
      await applySession(client, answer, "drop");
    } catch (e) {
      // The session may already be gone on the server: the UI logs out all the same.
      navigate("/");
      const none: SessionAnswer = { user: null, csrf_token: null, expires_at: null };
      if (client.getQueryData(SESSION_KEY)) await applySession(client, none, "drop");
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const name = user.display_name || user.username;
  const role = t(`auth.role.${user.role}`);
  return (
    <details
      className="user-menu"
      ref={ref}
      data-testid="user-menu"
      data-role={user.role}
      onKeyDown={(e) => {
        if (e.key === "Escape" && ref.current?.open) {
          ref.current.open = false;
          ref.current.querySelector("summary")?.focus();
        }
      }}
    >
      <summary className="user-menu__summary" data-testid="user-menu-toggle">
        <svg className="user-menu__icon" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="5" r="3.2" />
          <path d="M1.5 15c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6z" />
        </svg>{" "}
        <span className="user-menu__who">
          <span data-testid="user-name">{name}</span>{" "}
          <span className="user-menu__role" data-testid="user-role">
            ({role})
          </span>
        </span>
      </summary>
      <div className="user-menu__panel">
        <p className="user-menu__signed">
          {t("auth.user.signedIn", { name })}
          <br />
          <span className="muted">{role}</span>
        </p>
        <Link href="/konto" className="user-menu__item" data-testid="password-link">
          {t("auth.user.account")}
        </Link>
        <button
          type="button"
          className="user-menu__item user-menu__logout"
          data-testid="logout"
          disabled={busy}
          onClick={() => void out()}
        >
          {t("auth.user.logout")}
        </button>
        {error && (
          <p role="alert" className="auth-form__error">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
