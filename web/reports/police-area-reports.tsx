// The police area's quarterly reports (/rapporter?kommun=alla and /rapporter/:quarter?kommun=alla):
// the quarters in which any kommun has a report, and a quarter's figures summed over the kommuner
// and side by side, with links to each kommun's own report. Reads /api/public/police-area/reports*.
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiError } from "../api/client.ts";
import {
  publicPoliceAreaReportQuery,
  publicPoliceAreaReportsQuery,
} from "../api/public-queries.ts";
import { formatDate } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { ALL, type Kommun, kommunName } from "../kommun/kommun.ts";
import { keepKommun } from "../kommun/use-public-kommun.ts";
import { KommunBreakdown, QuarterFigures } from "../promises/police-area-quarter.tsx";
import { demoKindNames } from "../public/demo.ts";
import { PrintDemoNote } from "../public/demo-mark.tsx";
import { quarterLong } from "../public/wording.ts";

/** The list of the police area's reports, newest first. */
export function PoliceAreaReportsList({ kommuner }: { kommuner: readonly Kommun[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const q = useQuery(publicPoliceAreaReportsQuery());
  const reports = [...(q.data?.reports ?? [])].reverse();
  return (
    <>
      <p>{t("pub.policeArea.reportsIntro")}</p>
      {q.isPending && <p role="status">{t("app.loading")}</p>}
      {q.isError && (
        <p role="alert" className="form-error">
          {t("app.loadError", { message: q.error.message })}
        </p>
      )}
      {q.data && reports.length === 0 && <p>{t("pub.reports.none")}</p>}
      <ul>
        {reports.map((r) => (
          <li key={r.quarter}>
            <Link
              href={`/rapporter/${r.quarter}${keepKommun(ALL)}`}
              data-testid="report-link"
              data-quarter={r.quarter}
            >
              {t("pub.reports.item", {
                quarter: quarterLong(r.quarter, t),
                from: formatDate(r.from, lang),
                to: formatDate(r.to, lang),
              })}
            </Link>{" "}
            <span className="muted">
              {t("pub.policeArea.reportKommuner", {
                list: r.kommuner.map((k) => kommunName(kommuner, k)).join(", "),
              })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** One quarter of the police area. */
export function PoliceAreaReport({
  quarter,
  kommuner,
}: {
  quarter: string;
  kommuner: readonly Kommun[];
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const q = useQuery(publicPoliceAreaReportQuery(quarter));
  const missing = q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 400);
  const r = q.data;
  const demo = (r?.demo.length ?? 0) > 0;
  const long = quarterLong(quarter, t);
  return (
    <>
      {q.isPending && <p role="status">{t("app.loading")}</p>}
      {missing && (
        <p role="alert" className="report__missing" data-testid="report-missing">
          {t("pub.reports.notFound", { quarter: long })}
        </p>
      )}
      {q.isError && !missing && (
        <p role="alert" className="form-error">
          {t("app.loadError", { message: q.error.message })}
        </p>
      )}
      {r && (
        <>
          <p className="no-print">
            <button type="button" onClick={() => window.print()}>
              {t("pub.reports.print")}
            </button>
          </p>
          <article data-testid="police-area-report" data-demo={demo}>
            {demo && <PrintDemoNote />}
            <header className="report__head">
              <h2>
                {t("pub.reports.heading", { quarter: long })} – {r.police_area}
              </h2>
              <p className="muted">
                {formatDate(r.from, lang)} – {formatDate(r.to, lang)}
              </p>
              {demo && (
                <p className="report__demo" data-testid="report-demo">
                  {t("demo.mark")}
                </p>
              )}
            </header>
            <section>
              <h3>{t("pub.reports.done", { quarter: long })}</h3>
              <QuarterFigures quarter={r} />
            </section>
            <section>
              <KommunBreakdown quarter={r} kommuner={kommuner} />
            </section>
            <section>
              <h3>{t("pub.policeArea.kommunReports", { quarter: long })}</h3>
              <ul data-testid="police-area-kommun-reports">
                {r.reports.map((k) => (
                  <li key={k.kommun}>
                    <Link href={k.url}>
                      {t("pub.policeArea.kommunReport", { name: k.kommun_name })}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
            <section className="report__quality" data-testid="report-quality">
              <h3>{t("pub.reports.quality")}</h3>
              {demo ? (
                <>
                  <p>{t("pub.reports.qualityDemo")}</p>
                  <ul data-testid="report-demo-kinds">
                    {demoKindNames(r.demo, t).map((name) => (
                      <li key={name}>{name}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>{t("pub.reports.qualityNoDemo")}</p>
              )}
              <p>{t("pub.reports.qualityRules")}</p>
            </section>
          </article>
        </>
      )}
    </>
  );
}
