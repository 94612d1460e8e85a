// A new account's (or a reset's) temporary password: shown once, with a copy button and the
// reminder to hand it over by a safe channel. It takes the focus so a screen reader reads it.
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { copyText } from "../ui/copy-text.ts";

export interface Issued {
  username: string;
  password: string;
}

export function TempPassword({ issued, onDone }: { issued: Issued; onDone: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="admin-password"
      aria-labelledby={`${id}-title`}
      data-testid="temp-password"
      data-username={issued.username}
    >
      <h3 id={`${id}-title`}>
        {t("admin.accounts.password.title", { username: issued.username })}
      </h3>
      <p id={`${id}-note`} className="admin-password__note">
        {t("admin.accounts.password.note")}
      </p>
      <div className="field">
        <label htmlFor={`${id}-value`}>{t("admin.accounts.password.label")}</label>
        <div className="admin-password__row">
          <input
            ref={input}
            id={`${id}-value`}
            readOnly
            value={issued.password}
            aria-describedby={`${id}-note`}
            className="admin-password__value"
            data-testid="temp-password-value"
            onFocus={(e) => e.target.select()}
          />
          <button
            type="button"
            onClick={async () => setCopied(await copyText(issued.password, input.current))}
          >
            {t("admin.accounts.password.copy")}
          </button>
        </div>
      </div>
      <p role="status" className="muted">
        {copied === true && t("admin.accounts.password.copied")}
        {copied === false && t("admin.accounts.password.copyFailed")}
      </p>
      <button type="button" onClick={onDone} data-testid="temp-password-done">
        {t("admin.accounts.password.done")}
      </button>
    </section>
  );
}
