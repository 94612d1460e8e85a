// A new access token's secret, shown this once with a copy button and how to use it in QGIS and
// GDAL; it takes the focus when it appears.
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CreatedToken } from "../../server/auth/token-routes.ts";
import { copyText } from "../ui/copy-text.ts";
import { useSession } from "./session.ts";
import { gisSetup } from "./tokens.ts";

/** The new token's secret, this once: copy it, and how to use it in QGIS and GDAL. */
export function NewSecret({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const setup = gisSetup(window.location.origin, user?.username ?? "", token.secret);
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="token-secret"
      aria-labelledby={`${id}-title`}
      data-testid="token-secret"
    >
      <h4 id={`${id}-title`}>{t("auth.tokens.secretTitle", { name: token.name })}</h4>
      <p id={`${id}-note`} className="token-secret__note">
        {t("auth.tokens.secretNote")}
      </p>
      <label htmlFor={`${id}-value`}>{t("auth.tokens.secretLabel")}</label>
      <div className="token-secret__row">
        <input
          ref={input}
          id={`${id}-value`}
          readOnly
          value={token.secret}
          aria-describedby={`${id}-note`}
          className="token-secret__value"
          data-testid="token-secret-value"
          onFocus={(e) => e.target.select()}
        />
        <button
          type="button"
          className="outline-button"
          data-testid="token-copy"
          onClick={async () => setCopied(await copyText(token.secret, input.current))}
        >
          {t("auth.tokens.copy")}
        </button>
      </div>
      <p role="status" className="muted" data-testid="token-copy-status">
        {copied === true && t("auth.tokens.copied")}
        {copied === false && t("auth.tokens.copyFailed")}
      </p>
      <h5>{t("auth.tokens.qgisTitle")}</h5>
      <ol data-testid="token-qgis">
        <li>{t("auth.tokens.qgis1")}</li>
        <li>{t("auth.tokens.qgis2", { url: setup.url })}</li>
        <li>{t("auth.tokens.qgis3", { username: user?.username ?? "" })}</li>
        <li>{t("auth.tokens.qgis4")}</li>
      </ol>
      <h5>{t("auth.tokens.gdalTitle")}</h5>
      <p>{t("auth.tokens.gdalBasic")}</p>
      <pre data-testid="token-gdal-basic">{setup.gdalBasic}</pre>
      <p>{t("auth.tokens.gdalBearer")}</p>
      <pre data-testid="token-gdal-bearer">{setup.gdalBearer}</pre>
      <button type="button" className="auth-form__submit" onClick={onDone} data-testid="token-done">
        {t("auth.tokens.done")}
      </button>
    </section>
  );
}
