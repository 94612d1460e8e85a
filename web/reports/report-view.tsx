// /rapporter/:quarter (public): what was promised, what was done (counts and a map of where), the
// outcome indicators with their sources and the data-quality note. `@media print` (report.css)
// makes it a clean A4 document with the map as a vector image.
import "../promises/promises.css";
import "../public/public.css";
import "./report.css";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "wouter";
import type { QuarterReport } from "../../server/reports/report.ts";
import { ApiError } from "../api/client.ts";
import { publicReportQuery } from "../api/queries.ts";
import { formatDate } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { GoalList } from "../promises/goal-list.tsx";
import { PromiseList } from "../promises/promise-list.tsx";
import { ReportMap } from "./report-map.tsx";

const COUNTS: (keyof QuarterReport["done_in_quarter"])[] = [
  "info_sessions",
  "contact_meetings",
  "safety_walks",
  "messages",
  "lagesbild_weeks",
  "kits",
  "watch_areas",
];

export function ReportView() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const { quarter = "" } = useParams<{ quarter: string }>();
  const q = useQuery(publicReportQuery(quarter));
  const missing = q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 400);
  const r = q.data;
  return (
    <main className="page report" data-testid="report-view" data-quarter={quarter}>
      <p className="no-print">
        <Link href="/rapporter">← {t("pub.reports.back")}</Link>
      </p>
      {q.isPending && <p role="status">{t("app.loading")}</p>}
      {missing && (
        <p role="alert" className="report__missing" data-testid="report-missing">
          {t("pub.reports.notFound", { quarter })}
        </p>
      )}
      {q.isError && !missing && (
        <p role="alert" className="form-error">
          {t("app.loadError", { message: q.error.message })}
        </p>
      )}
      {r && (
        <article data-testid="report">
          <header className="report__head">
            <h2>{t("pub.reports.heading", { quarter: r.quarter })}</h2>
            <p className="muted">
              {formatDate(r.from, lang)} – {formatDate(r.to, lang)} · {r.period.name} ·{" "}
              {r.period.signed_by}
            </p>
            <button type="button" className="no-print" onClick={() => window.print()}>
              {t("pub.reports.print")}
            </button>
          </header>
          <section>
            <h3>{t("pub.reports.done")}</h3>
            <table className="pub-table report__counts" data-testid="report-counts">
              <tbody>
                {COUNTS.map((k) => (
                  <tr key={k} data-count={k}>
                    <th scope="row">{t(`pub.reports.counts.${k}`)}</th>
                    <td data-testid={`count-${k}`}>{r.done_in_quarter[k].display}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="report__where">
            <h3>{t("pub.reports.where")}</h3>
            <ReportMap report={r} alt={t("pub.reports.mapAlt", { quarter: r.quarter })} />
            <p className="muted">{t("pub.reports.mapLegend")}</p>
          </section>
          <section>
            <h3>{t("pub.reports.promised")}</h3>
            <PromiseList promises={r.promised} />
          </section>
          <section>
            <h3>{t("pub.reports.indicators")}</h3>
            <GoalList goals={r.indicators} />
          </section>
          <section className="report__quality" data-testid="report-quality">
            <h3>{t("pub.reports.quality")}</h3>
            {r.data_quality.demo && <p className="report__demo">{t("demo.badge")}</p>}
            <p>{lang === "sv" ? r.data_quality.note_sv : r.data_quality.note_en}</p>
          </section>
        </article>
      )}
    </main>
  );
}
