// The account page's personal access tokens: the list (name, the secret's first characters,
// created, expires, last used), a form to create one (name, validity in days) whose secret is shown
// once with a copy button and how to use it in QGIS and GDAL, and revoking with a confirmation.
// Keyboard first: the new secret takes the focus, the dialog keeps it, and focus comes back to the
// form or the list afterwards.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type RefObject, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CreatedToken } from "../../server/auth/token-routes.ts";
import type { AccessToken } from "../../server/auth/tokens.ts";
import { ApiError } from "../api/client.ts";
import { formatDate } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { ConfirmDialog } from "../ui/confirm-dialog.tsx";
import { copyText } from "../ui/copy-text.ts";
import { useSession } from "./session.ts";
import {
  createToken,
  DEFAULT_DAYS,
  gisSetup,
  MAX_DAYS,
  parseDays,
  revokeToken,
  TOKENS_KEY,
  tokensQuery,
} from "./tokens.ts";

export function TokensSection() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useQuery(tokensQuery());
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<AccessToken | null>(null);
  const [notice, setNotice] = useState("");
  // Back from the new secret, the form takes the focus again once it is there.
  const [refocus, setRefocus] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (refocus && !created) nameRef.current?.focus();
  }, [refocus, created]);
  const revoke = useMutation({
    mutationFn: (token: AccessToken) => revokeToken(token.id),
    onSuccess: async (_v, token) => {
      setRevoking(null);
      // The row goes in the same render as the notice that names it, not after a refetch.
      client.setQueryData(TOKENS_KEY, (old: typeof list.data) =>
        old ? { ...old, tokens: old.tokens.filter((other) => other.id !== token.id) } : old,
      );
      setNotice(t("auth.tokens.revoked", { name: token.name }));
      await client.invalidateQueries({ queryKey: TOKENS_KEY });
      nameRef.current?.focus();
    },
  });
  const tokens = list.data?.tokens ?? [];
  return (
    <section className="account-section tokens" aria-labelledby="tokens-title" data-testid="tokens">
      <h3 id="tokens-title">{t("auth.tokens.title")}</h3>
      <p>{t("auth.tokens.intro")}</p>
      {created ? (
        <NewSecret
          token={created}
          onDone={() => {
            setCreated(null);
            setRefocus(true);
          }}
        />
      ) : (
        <CreateForm
          nameRef={nameRef}
          onCreated={async (token) => {
            setNotice("");
            setRefocus(false);
            setCreated(token);
            await client.invalidateQueries({ queryKey: TOKENS_KEY });
          }}
        />
      )}
      <h4>{t("auth.tokens.listTitle")}</h4>
      <p role="status" className="auth-form__done" data-testid="tokens-notice">
        {notice}
      </p>
      {list.isError && (
        <p role="alert" className="auth-form__error">
          {t("app.loadError", { message: list.error.message })}
        </p>
      )}
      {list.data && tokens.length === 0 && <p className="muted">{t("auth.tokens.none")}</p>}
      {tokens.length > 0 && <TokenTable tokens={tokens} onRevoke={setRevoking} />}
      {revoking && (
        <ConfirmDialog
          title={t("auth.tokens.revokeTitle", { name: revoking.name })}
          confirmLabel={t("auth.tokens.revokeConfirm")}
          onConfirm={() => revoke.mutate(revoking)}
          onCancel={() => {
            setRevoking(null);
            revoke.reset();
          }}
          pending={revoke.isPending}
          error={
            revoke.error ? t("auth.tokens.revokeFailed", { message: revoke.error.message }) : null
          }
          testId="revoke-dialog"
        >
          <p>{t("auth.tokens.revokeText")}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function TokenTable(props: { tokens: AccessToken[]; onRevoke: (t: AccessToken) => void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const day = (iso: string) => formatDate(iso.slice(0, 10), lang);
  return (
    <div className="table-scroll">
      <table className="tokens-table" data-testid="tokens-table">
        <thead>
          <tr>
            <th scope="col">{t("auth.tokens.name")}</th>
            <th scope="col">{t("auth.tokens.prefix")}</th>
            <th scope="col">{t("auth.tokens.created")}</th>
            <th scope="col">{t("auth.tokens.expires")}</th>
            <th scope="col">{t("auth.tokens.lastUsed")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("auth.tokens.revoke")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.tokens.map((token) => (
            <tr key={token.id} data-testid="token-row" data-token-id={token.id}>
              <th scope="row">{token.name}</th>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td>{day(token.created_at)}</td>
              <td>{day(token.expires_at)}</td>
              <td>{token.last_used_at ? day(token.last_used_at) : t("auth.tokens.never")}</td>
              <td>
                <button
                  type="button"
                  className="outline-button"
                  aria-label={t("auth.tokens.revokeLabel", { name: token.name })}
                  data-testid="token-revoke"
                  onClick={() => props.onRevoke(token)}
                >
                  {t("auth.tokens.revoke")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CreateForm(props: {
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

/** The new token's secret, this once: copy it, and how to use it in QGIS and GDAL. */
function NewSecret({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
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
