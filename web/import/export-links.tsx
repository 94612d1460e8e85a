// Downloads for Excel (CSV: semicolon, UTF-8 with BOM; or .xlsx) and GIS (GeoJSON), for the period
// shown.
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Period } from "../../server/period/period.ts";
import { formatDate } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { exportUrls, kommunSearch } from "./export-urls.ts";

/** The three downloads as links; `ids` narrows them to a selection of areas. */
export function exportLinks(
  t: TFunction,
  period: Period,
  ids: readonly string[] = [],
  kommun?: string,
) {
  const urls = exportUrls(period, ids, kommun);
  return [
    { href: urls.areasCsv, label: t("planner.import.exportAreasCsv") },
    { href: urls.areasGeojson, label: t("planner.import.exportAreasGeojson") },
    { href: urls.visitsCsv, label: t("planner.import.exportVisitsCsv") },
  ];
}

export function ExportLinks({ period, kommun }: { period: Period; kommun?: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const urls = exportUrls(period, [], kommun);
  const k = kommunSearch(kommun);
  const links = [
    ...exportLinks(t, period, [], kommun),
    { href: urls.areasXlsx, label: t("planner.import.exportAreasXlsx") },
    { href: urls.visitsXlsx, label: t("planner.import.exportVisitsXlsx") },
    // All records, whatever the period: files to edit in Excel and import again.
    { href: `/api/exports/watch-groups.csv${k}`, label: t("planner.import.exportGroupsCsv") },
    { href: `/api/exports/watch-groups.xlsx${k}`, label: t("planner.import.exportGroupsXlsx") },
    { href: `/api/exports/dna-kits.csv${k}`, label: t("planner.import.exportKitsCsv") },
    { href: `/api/exports/dna-kits.xlsx${k}`, label: t("planner.import.exportKitsXlsx") },
  ];
  return (
    <section className="import-card" aria-labelledby="export-title" data-testid="exports">
      <h3 id="export-title">{t("planner.import.exportTitle")}</h3>
      <p className="muted">
        {t("planner.import.exportHint", {
          from: formatDate(period.from, lang),
          to: formatDate(period.to, lang),
        })}
      </p>
      <ul className="export-links">
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href} download>
              ⬇ {l.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
