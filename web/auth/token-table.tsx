// The list of the account's access tokens (name, the secret's first characters, created, expires,
// last used), each row with its button to revoke it.
import { useTranslation } from "react-i18next";
import type { AccessToken } from "../../server/auth/tokens.ts";
import { formatDate } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";

export function TokenTable(props: { tokens: AccessToken[]; onRevoke: (t: AccessToken) => void }) {
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
