// The accounts: a table (stacked on a phone) with each account's actions, the create form, and
// the temporary password of the last create or reset, shown once. A kommun's administrator also
// sees, read only, the accounts that work for their kommun beside others (shared-accounts.tsx).
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { metaQuery, workMetaQuery } from "../api/queries.ts";
import { useSession } from "../auth/session.ts";
import type { KommunMeta } from "../kommun/use-public-kommun.ts";
import { AccountCreate, type ScopeChoices } from "./account-create.tsx";
import { AccountRow } from "./account-row.tsx";
import { scopeOf } from "./account-scope.tsx";
import { accountsQuery } from "./queries.ts";
import { SharedAccounts } from "./shared-accounts.tsx";
import { type Issued, TempPassword } from "./temp-password.tsx";

export function AccountsTab() {
  const { t } = useTranslation();
  const accounts = useQuery(accountsQuery());
  // The kommuner this administrator works for (all of the deployment's for the police area's).
  const work = useQuery(workMetaQuery()).data;
  const deployed = (useQuery(metaQuery()).data as KommunMeta | undefined)?.kommuner;
  const mine = work?.kommuner ?? [];
  const list = accounts.data?.accounts ?? [];
  const choices: ScopeChoices = {
    kommuner: mine,
    defaultKommun: work?.default_kommun ?? mine[0]?.code ?? "",
    mayGivePoliceArea: deployed === undefined || mine.length >= deployed.length,
    known: list.some((a) => scopeOf(a) !== null),
  };
  const { user } = useSession();
  const [issued, setIssued] = useState<Issued | null>(null);
  const [notice, setNotice] = useState("");
  const issue = (x: Issued) => {
    setNotice("");
    setIssued(x);
  };
  return (
    <div className="admin-section" data-testid="admin-accounts">
      <p className="admin-intro">
        {t(choices.mayGivePoliceArea ? "admin.accounts.intro" : "admin.accounts.introKommun")}
      </p>
      {issued && (
        <TempPassword key={issued.password} issued={issued} onDone={() => setIssued(null)} />
      )}
      <p role="status" className="admin-notice" data-testid="admin-notice">
        {notice}
      </p>
      {accounts.isPending && <p role="status">{t("admin.loading")}</p>}
      {accounts.isError && (
        <p role="alert" className="form-error">
          {t("app.loadError", { message: accounts.error.message })}
        </p>
      )}
      {accounts.data && (
        <div className="admin-scroll">
          <table className="admin-table" data-testid="accounts-table">
            <caption>
              {t(choices.mayGivePoliceArea ? "admin.accounts.table" : "admin.accounts.tableKommun")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.accounts.username")}</th>
                <th scope="col">{t("admin.accounts.role")}</th>
                {choices.known && <th scope="col">{t("admin.accounts.scope.column")}</th>}
                <th scope="col">{t("admin.accounts.status")}</th>
                <th scope="col">{t("admin.accounts.updated")}</th>
                <th scope="col">{t("admin.accounts.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((a) => (
                <AccountRow
                  key={a.id}
                  account={a}
                  isMe={user?.username === a.username}
                  onNotice={setNotice}
                  onIssued={issue}
                  choices={choices}
                />
              ))}
            </tbody>
          </table>
          {list.length === 0 && <p className="muted">{t("admin.accounts.none")}</p>}
        </div>
      )}
      {accounts.data && (
        <SharedAccounts accounts={accounts.data.shared ?? []} kommuner={deployed ?? mine} />
      )}
      <AccountCreate onCreated={issue} choices={choices} />
    </div>
  );
}
