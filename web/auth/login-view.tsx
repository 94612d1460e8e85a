// /logga-in: username and password, then back to the page the user came from (?next=). The same
// form logs in again in place when a session has expired under an open page (RequireRole). Errors
// are said in words (wrong password, too many attempts with the wait, no network) and announced;
// the focus goes to the field to fix. Works with the keyboard alone and on a phone.
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearch } from "wouter";
import { navigate } from "wouter/use-browser-location";
import type { SessionAnswer } from "../../server/auth/routes.ts";
import { safeNext } from "./roles.ts";
import { applySession, LoginError, login, SESSION_KEY, useSession } from "./session.ts";
import { waitText } from "./wait-text.ts";

export function LoginView() {
  const search = useSearch();
  const next = safeNext(new URLSearchParams(search).get("next"), window.location.origin);
  const client = useQueryClient();
  // A temporary password must be changed first. A protected page shows that form in its place;
  // with no page asked for, the user goes to the form rather than to the public map.
  const done = () => {
    const answer = client.getQueryData<SessionAnswer>(SESSION_KEY);
    const change = answer?.user?.must_change_password && next === "/";
    navigate(change ? "/konto" : next, { replace: true });
  };
  return (
    <main className="page auth-page" data-testid="login-view">
      <LoginForm next={next} onDone={done} />
    </main>
  );
}

export function LoginForm({
  next,
  onDone,
  knownUsername = "",
  notice,
}: {
  /** Why the form is shown (e.g. an expired session), announced when it appears. */
  notice?: string;
  /** Where "continue" leads when someone is already logged in; no link without it. */
  next?: string;
  onDone: () => void;
  /** The name to fill in (a session that expired): the focus starts in the password field. */
  knownUsername?: string;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { user, data: session } = useSession();
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [username, setUsername] = useState(knownUsername);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only where the form starts
  useEffect(() => {
    (knownUsername ? passwordRef : nameRef).current?.focus();
  }, []);

  function explain(e: unknown): string {
    if (!(e instanceof LoginError)) return t("auth.login.other", { message: String(e) });
    if (e.kind === "invalid") return t("auth.login.invalid");
    if (e.kind === "network") return t("auth.login.network");
    if (e.kind === "too_many") return waitText(t, e.retryAfter);
    return t("auth.login.other", { message: e.message });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!username.trim() || !password) {
      setError(t("auth.login.missing"));
      (username.trim() ? passwordRef : nameRef).current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await login(username.trim(), password);
      // The same person again (an expired session) keeps the open page; anyone else starts over.
      const same = knownUsername !== "" && answer.user?.username === knownUsername;
      await applySession(client, answer, same ? "revalidate" : "refetch");
      onDone();
    } catch (err) {
      setError(explain(err));
      setRefused((n) => n + 1);
      setPassword("");
      passwordRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  const errorId = `${id}-error`;
  return (
    <form className="auth-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
      <h2 id={`${id}-title`}>{t("auth.login.title")}</h2>
      {notice && (
        <p className="auth-form__note" role="alert">
          {notice}
        </p>
      )}
      {user && next && (
        <p className="auth-form__note" data-testid="login-already">
          {t("auth.login.already", {
            name: user.display_name || user.username,
            role: t(`auth.role.${user.role}`),
          })}{" "}
          <Link href={next}>{t("auth.login.continue")}</Link>
        </p>
      )}
      <p className="muted">{t("auth.login.intro")}</p>
      {session?.first_admin_needed && (
        <div className="auth-form__note" data-testid="first-admin">
          <p>{t("auth.login.firstAdmin")}</p>
          <pre>
            <code>npm run create-admin -- {t("auth.login.namePlaceholder")}</code>
          </pre>
        </div>
      )}
      <div className="auth-form__field">
        <label htmlFor={`${id}-user`}>{t("auth.login.username")}</label>
        <input
          ref={nameRef}
          id={`${id}-user`}
          name="username"
          data-testid="login-username"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="next"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
        />
      </div>
      <div className="auth-form__field">
        <label htmlFor={`${id}-password`}>{t("auth.login.password")}</label>
        <input
          ref={passwordRef}
          id={`${id}-password`}
          name="password"
          type="password"
          data-testid="login-password"
          autoComplete="current-password"
          enterKeyHint="go"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
        />
      </div>
      <p
        id={errorId}
        className="auth-form__error"
        role="alert"
        data-testid="login-error"
        data-refused={refused}
      >
        {error ?? ""}
      </p>
      <button
        type="submit"
        className="auth-form__submit"
        data-testid="login-submit"
        disabled={busy}
      >
        {busy ? t("auth.login.busy") : t("auth.login.submit")}
      </button>
    </form>
  );
}
