// /import: CSV imports of what was done, area boundaries from GIS, and exports for Excel and GIS.
import "../forms/forms.css";
import "../planner/planner.css";
import "./import.css";
import { useTranslation } from "react-i18next";
import { KommunPicker } from "../kommun/kommun-picker.tsx";
import { KommunContext, useWorkKommun } from "../kommun/use-kommun.ts";
import type { WorkViewProps } from "../views.tsx";
import { BoundaryImport } from "./boundary-import.tsx";
import { CsvImport } from "./csv-import.tsx";
import { ExportLinks } from "./export-links.tsx";

export function ImportView({ work }: WorkViewProps) {
  const { t } = useTranslation();
  // One kommun at a time (?kommun=): imported rows must lie in its areas (the server refuses others
  // row by row), the exports are of it, and a boundary import replaces its areas.
  const kommun = useWorkKommun(work, { allowAll: false });
  const k = kommun.choice;
  return (
    <KommunContext.Provider value={k}>
      <main className="import-view" data-testid="import-view">
        <h2>{t("planner.import.title")}</h2>
        <KommunPicker
          kommuner={kommun.kommuner}
          value={k}
          onChange={(next) => kommun.setChoice(next)}
          allowAll={false}
        />
        <CsvImport kommun={k} />
        <ExportLinks period={work.default_period} kommun={k} />
        <BoundaryImport kommun={k} />
      </main>
    </KommunContext.Provider>
  );
}
