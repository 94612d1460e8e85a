// /import: CSV imports of what was done, area boundaries from GIS, and exports for Excel and GIS.
import "../forms/forms.css";
import "../planner/planner.css";
import "./import.css";
import { useTranslation } from "react-i18next";
import type { WorkViewProps } from "../views.tsx";
import { BoundaryImport } from "./boundary-import.tsx";
import { CsvImport } from "./csv-import.tsx";
import { ExportLinks } from "./export-links.tsx";

export function ImportView({ work }: WorkViewProps) {
  const { t } = useTranslation();
  return (
    <main className="import-view" data-testid="import-view">
      <h2>{t("planner.import.title")}</h2>
      <CsvImport />
      <ExportLinks period={work.default_period} />
      <BoundaryImport />
    </main>
  );
}
