// /rapporter/:quarter (public): fetches the quarter's report and shows it as a document
// (report-document.tsx, the same component the static export renders), with a way back and a
// print button. `@media print` (report.css) makes it a clean A4 document with the map as a vector
// image and, while figures rest on invented records, the demo line on every page.
import "../promises/promises.css";
import "../public/public.css";
import "../public/demo.css";
import "./report.css";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "wouter";
import { ApiError } from "../api/client.ts";
import { publicReportQuery } from "../api/public-queries.ts";
import { ALL } from "../kommun/kommun.ts";
import { keepKommun, usePublicKommun } from "../kommun/use-public-kommun.ts";
import { quarterLong } from "../public/wording.ts";
import type { PublicViewProps } from "../views.tsx";
import { PoliceAreaReport } from "./police-area-reports.tsx";
import { ReportDocument } from "./report-document.tsx";

export function ReportView({ meta }: PublicViewProps) {
  const { t } = useTranslation();
  const { quarter = "" } = useParams<{ quarter: string }>();
  // The kommun's own report (?kommun=), or the police area's summary (?kommun=alla).
  const kommun = usePublicKommun(meta);
  const whole = kommun.choice === ALL;
  const q = useQuery({ ...publicReportQuery(quarter, kommun.choice), enabled: !whole });
  const missing = q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 400);
  return (
    <main className="page report" data-testid="report-view" data-quarter={quarter}>
      <p className="no-print">
        <Link href={`/rapporter${keepKommun(kommun.choice)}`}>← {t("pub.reports.back")}</Link>
      </p>
      {whole && <PoliceAreaReport quarter={quarter} kommuner={kommun.kommuner} />}
      {!whole && q.isPending && <p role="status">{t("app.loading")}</p>}
      {!whole && missing && (
        <p role="alert" className="report__missing" data-testid="report-missing">
          {t("pub.reports.notFound", { quarter: quarterLong(quarter, t) })}
        </p>
      )}
      {!whole && q.isError && !missing && (
        <p role="alert" className="form-error">
          {t("app.loadError", { message: q.error.message })}
        </p>
      )}
      {!whole && q.data && (
        <>
          <p className="no-print">
            <button type="button" onClick={() => window.print()}>
              {t("pub.reports.print")}
            </button>
          </p>
          <ReportDocument report={q.data} />
        </>
      )}
    </main>
  );
}
