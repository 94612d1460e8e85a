// Every view of the app: its path, its label in the header's nav, and what it shows. Adding a view
// (e.g. the police's /polis/...) is one line here.
import type { TFunction } from "i18next";
import type { ComponentType } from "react";
import type { Meta } from "../server/meta/routes.ts";
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
  label: (t: TFunction) => string;
  component: ComponentType<{ meta: Meta }>;
  /** False for views reached by a link, not from the nav (e.g. one report). */
  nav?: false;
}

export const VIEWS: View[] = [
  { path: "/", label: (t) => t("pub.nav.home"), component: PublicMap },
  { path: "/loften", label: (t) => t("pub.nav.promises"), component: PromisesView },
  { path: "/rapporter", label: (t) => t("pub.nav.reports"), component: ReportsList },
  {
    path: "/rapporter/:quarter",
    label: (t) => t("pub.nav.reports"),
    component: ReportView,
    nav: false,
  },
  { path: "/karta", label: (t) => t("planner.nav.map"), component: Dashboard },
  { path: "/prioritering", label: (t) => t("planner.nav.ranking"), component: RankingView },
  { path: "/registrera", label: (t) => t("planner.nav.record"), component: RecordView },
  { path: "/import", label: (t) => t("planner.nav.import"), component: ImportView },
  { path: "/uppfoljning", label: (t) => t("pub.nav.followUp"), component: FollowUpView },
  { path: "/polis", label: (t) => t("police.nav"), component: PoliceView },
  { path: "/polis/:tab", label: (t) => t("police.nav"), component: PoliceView, nav: false },
];
