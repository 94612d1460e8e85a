// Every view of the app: its path, its label in the header's nav, and what it shows. Adding a view
// (e.g. the police's /polis/...) is one line here.
import type { TFunction } from "i18next";
import type { ComponentType } from "react";
import type { Meta } from "../server/meta/routes.ts";
import { Dashboard } from "./dashboard.tsx";
import { ImportView } from "./import/import-view.tsx";
import { RankingView } from "./planner/ranking-view.tsx";
import { RecordView } from "./recording/record-view.tsx";

export interface View {
  path: string;
  label: (t: TFunction) => string;
  component: ComponentType<{ meta: Meta }>;
}

export const VIEWS: View[] = [
  { path: "/", label: (t) => t("planner.nav.map"), component: Dashboard },
  { path: "/prioritering", label: (t) => t("planner.nav.ranking"), component: RankingView },
  { path: "/registrera", label: (t) => t("planner.nav.record"), component: RecordView },
  { path: "/import", label: (t) => t("planner.nav.import"), component: ImportView },
];
