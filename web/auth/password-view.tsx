// Changing one's own password: on the account page (/konto, `embedded` in it), and in place of
// every page while the account must change a temporary password (must_change_password). The
// server's own errors land on the fields.
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { MIN_PASSWORD_LENGTH as MIN_PASSWORD } from "../../server/auth/policy.ts";
import { ApiError } from "../api/client.ts";
import { applySession, changePassword, LoginError, useSession } from "./session.ts";
import { waitText } from "./wait-text.ts";

type FieldName = "current" | "next" | "repeat";

export function PasswordView({
  forced = false,
  embedded = false,
}: {
  forced?: boolean;
  /** Part of the account page: a section there, not a page of its own. */
  embedded?: boolean;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { user } = useSession();
  const id = useId();
  const currentRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const refs = { current: currentRef, next: nextRef, repeat: repeatRef };
  const [values, setValues] = useState({ current: "", next: "", repeat: "" });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    currentRef.current?.focus();
  }, []);

  function check(): Partial<Record<FieldName, string>> {
    const found: Partial<Record<FieldName, string>> = {};
    if (!values.current) found.current = t("auth.password.wrongCurrent");
    if (values.next.length < MIN_PASSWORD)
      found.next = t("auth.password.tooShort", { min: MIN_PASSWORD });
    else if (values.next === values.current) found.next = t("auth.password.same");
    if (values.repeat !== values.next) found.repeat = t("auth.password.mismatch");
    return found;
  }

  function show(found: Partial<Record<FieldName, string>>) {
    setErrors(found);
    const first = (["current", "next", "repeat"] as const).find((f) => found[f]);
    if (first) refs[first].current?.focus();
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setGeneral(null);
    setDone(false);
    const found = check();
    if (Object.keys(found).length > 0) return show(found);
    setBusy(true);
    try {
      const answer = await changePassword(values.current, values.next);
      setErrors({});
      setValues({ current: "", next: "", repeat: "" });
      setDone(true);
      // A forced change unlocks the page underneath; its queries start over.
      await applySession(client, answer, forced ? "refetch" : "keep");
    } catch (err) {
      if (err instanceof ApiError && err.fields.length > 0) {
        const server: Partial<Record<FieldName, string>> = {};
        for (const f of err.fields) {
          if (f.field === "current_password") server.current = t("auth.password.wrongCurrent");
          if (f.field === "new_password")
            server.next = /same/.test(f.message)
              ? t("auth.password.same")
              : t("auth.password.tooShort", { min: MIN_PASSWORD });
        }
        show(server);
      } else if (err instanceof LoginError && err.kind === "too_many") {
        setGeneral(waitText(t, err.retryAfter));
      } else {
        setGeneral(
          t("auth.password.failed", { message: err instanceof Error ? err.message : String(err) }),
        );
      }
    } finally {
      setBusy(false);
    }
  }

  const field = (name: FieldName, label: string, autoComplete: string, hint?: string) => {
    const inputId = `${id}-${name}`;
    const described = [hint && `${inputId}-hint`, errors[name] && `${inputId}-error`]
      .filter(Boolean)
      .join(" ");
    return (
      <div className="auth-form__field" data-invalid={Boolean(errors[name])}>
        <label htmlFor={inputId}>{label}</label>
        {hint && (
          <p id={`${inputId}-hint`} className="auth-form__hint muted">
            {hint}
          </p>
        )}
        <input
          ref={refs[name]}
          id={inputId}
          name={name}
          type="password"
          data-testid={`password-${name}`}
          autoComplete={autoComplete}
          value={values[name]}
          onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
          aria-invalid={Boolean(errors[name])}
          aria-describedby={described || undefined}
        />
        {errors[name] && (
          <p
            id={`${inputId}-error`}
            className="auth-form__error"
            data-testid={`password-error-${name}`}
          >
            {errors[name]}
          </p>
        )}
      </div>
    );
  };

  // Under the account page's own heading, the form's is one level down.
  const Heading = embedded ? "h3" : "h2";
  const form = (
    <form className="auth-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
      <Heading>{t("auth.password.title")}</Heading>
      {user && (
        <p className="muted">
          {t("auth.user.signedIn", { name: user.display_name || user.username })} (
          {t(`auth.role.${user.role}`)})
        </p>
      )}
      {forced && (
        <p className="auth-form__note" role="status">
          {t("auth.password.forced")}
        </p>
      )}
      {/* A hidden username field, so a password manager knows whose password changes. */}
      <input
        type="text"
        name="username"
        autoComplete="username"
        value={user?.username ?? ""}
        readOnly
        hidden
      />
      {field("current", t("auth.password.current"), "current-password")}
      {field(
        "next",
        t("auth.password.next"),
        "new-password",
        t("auth.password.nextHint", { min: MIN_PASSWORD }),
      )}
      {field("repeat", t("auth.password.repeat"), "new-password")}
      <div role="status" data-testid="password-status">
        {done && <p className="auth-form__done">{t("auth.password.done")}</p>}
      </div>
      {general && (
        <p className="auth-form__error" role="alert" data-testid="password-error">
          {general}
        </p>
      )}
      <button
        type="submit"
        className="auth-form__submit"
        data-testid="password-submit"
        disabled={busy}
      >
        {busy ? t("auth.password.busy") : t("auth.password.submit")}
      </button>
    </form>
  );
  return embedded ? (
    <section className="account-section" data-testid="password-view">
      {form}
    </section>
  ) : (
    <main className="page auth-page" data-testid={forced ? "password-forced" : "password-view"}>
      {form}
    </main>
  );
}
