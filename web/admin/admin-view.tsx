// /admin (the admin role): accounts, the audit log and privacy (retention of contact details,
// GDPR export and erasure), as three tabs. Privacy spans every kommun, so only an administrator of
// the police area has that tab; an administrator of a kommun has the first two. Tabs follow the WAI-ARIA pattern: arrow keys, Home
// and End move between them; Tab goes into the panel. A panel stays mounted (hidden) once opened,
// so switching tabs keeps what it holds: a temporary password not yet confirmed, typed filters.
// The tab is in the URL (?flik=audit), so a link can open the audit log with its search.
import "./admin.css";
import { type ComponentType, type KeyboardEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session.ts";
import { choiceIn } from "../url-state/url-state.ts";
import { useUrlState } from "../url-state/use-url-state.ts";
import type { WorkViewProps } from "../views.tsx";
import { AccountsTab } from "./accounts-tab.tsx";
import { AuditTab } from "./audit-tab.tsx";
import { PersonRequest } from "./person-request.tsx";
import { RetentionForm } from "./retention-form.tsx";

export const ADMIN_TABS = ["accounts", "audit", "privacy"] as const;
export type AdminTab = (typeof ADMIN_TABS)[number];
const KOMMUN_TABS: readonly AdminTab[] = ["accounts", "audit"];

function PrivacyTab() {
  return (
    <div className="admin-section admin-privacy" data-testid="admin-privacy">
      <RetentionForm />
      <PersonRequest />
    </div>
  );
}

const PANELS: Record<AdminTab, ComponentType> = {
  accounts: AccountsTab,
  audit: AuditTab,
  privacy: PrivacyTab,
};

export const AdminView: ComponentType<WorkViewProps> = () => {
  const { t } = useTranslation();
  const { params, set } = useUrlState();
  const { user } = useSession();
  const tabs = user?.scope === "police_area" ? ADMIN_TABS : KOMMUN_TABS;
  const tab = choiceIn(params.get("flik"), tabs, "accounts");
  const [opened, setOpened] = useState<ReadonlySet<AdminTab>>(() => new Set([tab]));
  const buttons = useRef<Partial<Record<AdminTab, HTMLButtonElement | null>>>({});
  const choose = (next: AdminTab) => {
    set({ flik: next });
    setOpened((s) => (s.has(next) ? s : new Set([...s, next])));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.indexOf(tab);
    const n = tabs.length;
    const next =
      e.key === "ArrowRight"
        ? tabs[(i + 1) % n]
        : e.key === "ArrowLeft"
          ? tabs[(i - 1 + n) % n]
          : e.key === "Home"
            ? tabs[0]
            : e.key === "End"
              ? tabs[n - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    choose(next);
    buttons.current[next]?.focus();
  };

  return (
    <main className="page admin" data-testid="admin-view" data-tab={tab}>
      <h2>{t("admin.title")}</h2>
      <div
        role="tablist"
        aria-label={t("admin.tabs.label")}
        className="admin-tabs"
        onKeyDown={onKeyDown}
      >
        {tabs.map((id) => (
          <button
            key={id}
            ref={(el) => {
              buttons.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`admin-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`admin-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="admin-tabs__tab"
            onClick={() => choose(id)}
            data-testid={`admin-tab-${id}`}
          >
            {t(`admin.tabs.${id}`)}
          </button>
        ))}
      </div>
      {tabs
        .filter((id) => id === tab || opened.has(id))
        .map((id) => {
          const Panel = PANELS[id];
          return (
            <section
              key={id}
              role="tabpanel"
              id={`admin-panel-${id}`}
              aria-labelledby={`admin-tab-${id}`}
              className="admin-panel"
              hidden={tab !== id}
            >
              <h3 className="visually-hidden">{t(`admin.tabs.${id}`)}</h3>
              <Panel />
            </section>
          );
        })}
    </main>
  );
};
