// The accounts a kommun's administrator sees but does not manage: those that also work for other
// kommuner (GET /api/admin/accounts `shared`). Read only: who they are, their role and kommuner,
// and whether they are active, so the audit log's names on the kommun's records can be placed.
import { useTranslation } from "react-i18next";
import type { Kommun } from "../kommun/kommun.ts";
import { scopeOf, scopeText } from "./account-scope.tsx";
import { Cell } from "./cell.tsx";
import type { Account } from "./types.ts";

export function SharedAccounts({
  accounts,
  kommuner,
}: {
  accounts: readonly Account[];
  kommuner: readonly Kommun[];
}) {
  const { t } = useTranslation();
  if (accounts.length === 0) return null;
  return (
    <section className="admin-scroll" aria-labelledby="shared-accounts-title">
      <h3 id="shared-accounts-title">{t("admin.accounts.sharedTitle")}</h3>
      <p className="muted">{t("admin.accounts.sharedIntro")}</p>
      <table className="admin-table" data-testid="shared-accounts">
        <thead>
          <tr>
            <th scope="col">{t("admin.accounts.username")}</th>
            <th scope="col">{t("admin.accounts.role")}</th>
            <th scope="col">{t("admin.accounts.scope.column")}</th>
            <th scope="col">{t("admin.accounts.status")}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id} data-testid="shared-account" data-username={a.username}>
              <Cell label={t("admin.accounts.username")}>
                <strong>{a.username}</strong>
                {a.display_name && <span className="muted"> {a.display_name}</span>}
              </Cell>
              <Cell label={t("admin.accounts.role")}>{t(`admin.roles.${a.role}`)}</Cell>
              <Cell label={t("admin.accounts.scope.column")}>
                {scopeText(scopeOf(a), kommuner, t("admin.accounts.scope.policeArea"))}
              </Cell>
              <Cell label={t("admin.accounts.status")}>
                {t(a.disabled ? "admin.accounts.disabled" : "admin.accounts.active")}
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
