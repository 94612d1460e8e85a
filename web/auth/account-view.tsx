// /konto: one's own account: changing the password, and the personal access tokens with which a
// GIS program reads the OGC API.
import "./account.css";
import { useTranslation } from "react-i18next";
import { PasswordView } from "./password-view.tsx";
import { TokensSection } from "./tokens-section.tsx";

export function AccountView() {
  const { t } = useTranslation();
  return (
    <main className="page auth-page account-page" data-testid="account-view">
      <h2>{t("auth.account.title")}</h2>
      <PasswordView embedded />
      <TokensSection />
    </main>
  );
}
