// The form that creates an access token: name and validity in days, checked before sending, the
// focus put on the first field in error, and the server's refusal (too many tokens) said.
import { type FormEvent, type RefObject, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CreatedToken } from "../../server/auth/token-routes.ts";
import { ApiError } from "../api/client.ts";
import { createToken, DEFAULT_DAYS, MAX_DAYS, parseDays } from "./tokens.ts";

export function CreateForm(props: {
  nameRef: RefObject<HTMLInputElement | null>;
  onCreated: (token: CreatedToken) => Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const daysRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState("");
  const [days, setDays] = useState(String(DEFAULT_DAYS));
  const [errors, setErrors] = useState<{ name?: string; days?: string; general?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const n = parseDays(days);
    const found = {
      ...(name.trim() ? {} : { name: t("auth.tokens.nameMissing") }),
      ...(n === null ? { days: t("auth.tokens.daysInvalid", { max: MAX_DAYS }) } : {}),
    };
    setErrors(found);
    if (found.name) return props.nameRef.current?.focus();
    if (found.days || n === null) return daysRef.current?.focus();
    setBusy(true);
    try {
      const token = await createToken(name.trim(), n);
      setName("");
      setDays(String(DEFAULT_DAYS));
      await props.onCreated(token);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        setErrors({ general: t("auth.tokens.tooMany") });
      } else {
        const message = err instanceof Error ? err.message : String(err);
        setErrors({ general: t("auth.tokens.failed", { message }) });
      }
    } finally {
      setBusy(false);
    }
  }

  const field = (
    key: "name" | "days",
    label: string,
    hint: string,
    input: {
      value: string;
      set: (v: string) => void;
      ref: RefObject<HTMLInputElement | null>;
    },
    extra: object,
  ) => {
    const inputId = `${id}-${key}`;
    return (
      <div className="auth-form__field" data-invalid={Boolean(errors[key])}>
        <label htmlFor={inputId}>{label}</label>
        <p id={`${inputId}-hint`} className="auth-form__hint muted">
          {hint}
        </p>
        <input
          ref={input.ref}
          id={inputId}
          data-testid={`token-${key}`}
          value={input.value}
          onChange={(e) => input.set(e.target.value)}
          aria-invalid={Boolean(errors[key])}
          aria-describedby={[`${inputId}-hint`, errors[key] && `${inputId}-error`]
            .filter(Boolean)
            .join(" ")}
          {...extra}
        />
        {errors[key] && (
          <p
            id={`${inputId}-error`}
            className="auth-form__error"
            data-testid={`token-error-${key}`}
          >
            {errors[key]}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="auth-form tokens-form" onSubmit={(e) => void submit(e)} noValidate>
      <h4>{t("auth.tokens.newTitle")}</h4>
      {field(
        "name",
        t("auth.tokens.nameField"),
        t("auth.tokens.nameHint"),
        { value: name, set: setName, ref: props.nameRef },
        { maxLength: 100, autoComplete: "off" },
      )}
      {field(
        "days",
        t("auth.tokens.days"),
        t("auth.tokens.daysHint", { max: MAX_DAYS }),
        { value: days, set: setDays, ref: daysRef },
        { inputMode: "numeric" },
      )}
      {errors.general && (
        <p className="auth-form__error" role="alert" data-testid="token-error">
          {errors.general}
        </p>
      )}
      <button
        type="submit"
        className="auth-form__submit"
        disabled={busy}
        data-testid="token-create"
      >
        {busy ? t("auth.tokens.busy") : t("auth.tokens.create")}
      </button>
    </form>
  );
}
