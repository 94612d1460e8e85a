// Every view of the app: its path, its label in the header's nav, what it shows and who may see it.
// Adding a view is one line here. `roles` mirrors the API it reads (server/auth/access.ts): a view
// without roles is public; the nav shows a user only the views their role may use, and the app
// puts a RequireRole gate in front of the others.
import type { TFunction } from "i18next";
import type { ComponentType } from "react";
import type { Meta } from "../server/meta/routes.ts";
import { AdminView } from "./admin/admin-view.tsx";
import { LoginView } from "./auth/login-view.tsx";
import { PasswordView } from "./auth/password-view.tsx";
import { ADMIN, PLANNING, type Role, SHARED, type ViewRoles } from "./auth/roles.ts";
import { Dashboard } from "./dashboard.tsx";
import { FollowUpView } from "./follow-up/follow-up-view.tsx";
import { ImportView } from "./import/import-view.tsx";
import { RankingView } from "./planner/ranking-view.tsx";
import { PoliceView } from "./police/police-view.tsx";
import { PromisesView } from "./promises/promises-view.tsx";
import { PublicMap } from "./public/public-map.tsx";
import { RecordView } from "./recording/record-view.tsx";
import { ReportView } from "./reports/report-view.tsx";
import { ReportsList } from "./reports/reports-list.tsx";

export interface View {
  path: string;
  /** The nav label; `role` is the viewer's (a view can read differently for each role). */
  label: (t: TFunction, role: Role | null) => string;
  component: ComponentType<{ meta: Meta }>;
  /** Who may see it; undefined: everyone, the public included. */
  roles: ViewRoles;
  /** False for views reached by a link, not from the nav (e.g. one report). */
  nav?: false;
}

export const VIEWS: View[] = [
  { path: "/", label: (t) => t("pub.nav.home"), component: PublicMap, roles: undefined },
  {
    path: "/loften",
    label: (t) => t("pub.nav.promises"),
    component: PromisesView,
    roles: undefined,
  },
  {
    path: "/rapporter",
    label: (t) => t("pub.nav.reports"),
    component: ReportsList,
    roles: undefined,
  },
  {
    path: "/rapporter/:quarter",
    label: (t) => t("pub.nav.reports"),
    component: ReportView,
    roles: undefined,
    nav: false,
  },
  {
    path: "/logga-in",
    label: (t) => t("auth.login.title"),
    component: LoginView,
    roles: undefined,
    nav: false,
  },
  // Areas carry burglary figures: every logged-in role.
  { path: "/karta", label: (t) => t("planner.nav.map"), component: Dashboard, roles: SHARED },
  {
    path: "/prioritering",
    label: (t) => t("planner.nav.ranking"),
    component: RankingView,
    roles: PLANNING,
  },
  {
    path: "/registrera",
    label: (t) => t("planner.nav.record"),
    component: RecordView,
    roles: PLANNING,
  },
  {
    path: "/import",
    label: (t) => t("planner.nav.import"),
    component: ImportView,
    roles: PLANNING,
  },
  // Police read the follow-up; only planners edit it (the view hides its forms from police).
  {
    path: "/uppfoljning",
    label: (t) => t("pub.nav.followUp"),
    component: FollowUpView,
    roles: SHARED,
  },
  // Police see all three tabs; planners only the shared lägesbild, so their link says so.
  {
    path: "/polis",
    label: (t, role) => (role === "police" ? t("police.nav") : t("police.tabs.lagesbild")),
    component: PoliceView,
    roles: SHARED,
  },
  {
    path: "/polis/:tab",
    label: (t) => t("police.nav"),
    component: PoliceView,
    roles: SHARED,
    nav: false,
  },
  { path: "/admin", label: (t) => t("admin.nav"), component: AdminView, roles: ADMIN },
  {
    path: "/konto",
    label: (t) => t("auth.password.title"),
    component: () => <PasswordView />,
    roles: SHARED,
    nav: false,
  },
];
