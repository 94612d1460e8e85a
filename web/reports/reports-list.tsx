// /rapporter (public): every ended quarter's report, newest first, at its stable address.
import "../promises/promises.css";
import "../public/demo.css";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { publicReportsQuery } from "../api/public-queries.ts";
import { formatDate } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { ALL } from "../kommun/kommun.ts";
import { PublicKommunPicker } from "../kommun/public-kommun-picker.tsx";
import { usePublicKommun } from "../kommun/use-public-kommun.ts";
import { PrintDemoNote } from "../public/demo-mark.tsx";
import { quarterLong } from "../public/wording.ts";
import type { PublicViewProps } from "../views.tsx";
import { PoliceAreaReportsList } from "./police-area-reports.tsx";

export function ReportsList({ meta }: PublicViewProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  // Each kommun has its own quarterly reports (?kommun=).
  const kommun = usePublicKommun(meta);
  // The whole police area's reports are their own list (/api/public/police-area/reports).
  const whole = kommun.choice === ALL;
  const q = useQuery({ ...publicReportsQuery(kommun.choice), enabled: !whole });
  const reports = [...(q.data?.reports ?? [])].reverse();
  return (
    <main className="page" data-testid="reports-list">
      {meta.demo && <PrintDemoNote />}
      <h2>{t("pub.reports.title")}</h2>
      <p>{t("pub.reports.intro")}</p>
      <PublicKommunPicker kommun={kommun} />
      {whole && <PoliceAreaReportsList kommuner={kommun.kommuner} />}
      {!whole && q.isPending && <p role="status">{t("app.loading")}</p>}
      {!whole && q.isError && (
        <p role="alert" className="form-error">
          {t("app.loadError", { message: q.error.message })}
        </p>
      )}
      {!whole && q.data && reports.length === 0 && <p>{t("pub.reports.none")}</p>}
      <ul>
        {reports.map((r) => (
          <li key={r.quarter}>
            <Link
              // The server's stable address names the kommun unless it is the default one.
              href={r.url}
              data-testid="report-link"
              data-quarter={r.quarter}
            >
              {t("pub.reports.item", {
                quarter: quarterLong(r.quarter, t),
                from: formatDate(r.from, lang),
                to: formatDate(r.to, lang),
              })}
            </Link>{" "}
            {/* The period's name is stored in Swedish; the quarter says enough in English. */}
            {lang === "sv" && <span className="muted">{r.period_name}</span>}
          </li>
        ))}
      </ul>
    </main>
  );
}
