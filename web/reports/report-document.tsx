// A quarter's report as a document: what was done in the quarter, where (the map and the areas
// with activity), what was promised and how it stood at the quarter's end, the goals with their
// real sources, and what in it is real and what is invented. Pure: no data fetching and no
// stylesheet import, so the report page (/rapporter/:quarter) and the static export
// (static-export.tsx) render the very same component with the same i18n strings.
import { useTranslation } from "react-i18next";
import type { QuarterReport } from "../../server/privacy/report.ts";
import type { DemoKind } from "../../server/privacy/source-demo.ts";
import { formatDate, formatInteger } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { GoalList } from "../promises/goal-list.tsx";
import { DashNotes } from "../promises/police-area-quarter.tsx";
import { PromiseList } from "../promises/promise-list.tsx";
import { demoKindNames } from "../public/demo.ts";
import { DemoTag, PrintDemoNote } from "../public/demo-mark.tsx";
import { periodName, quarterLong, smallCountText } from "../public/wording.ts";
import { ReportMap } from "./report-map.tsx";

type CountKey = keyof QuarterReport["done_in_quarter"];

/** The counts of the quarter in order, each with the kind of record it counts. */
const COUNTS: [CountKey, DemoKind][] = [
  ["info_sessions", "info_sessions"],
  ["contact_meetings", "contact_meetings"],
  ["safety_walks", "safety_walks"],
  ["messages", "messages"],
  ["lagesbild_weeks", "lagesbild"],
  ["kits", "dna_kits"],
  ["watch_areas", "watch_groups"],
];

/** Links to the export's own files (the static export only). */
export interface ReportFiles {
  map: string;
  data: string;
}

export function ReportDocument({
  report: r,
  files,
}: {
  report: QuarterReport;
  files?: ReportFiles;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const quarter = quarterLong(r.quarter, t);
  const demo = r.demo.length > 0;
  const active = r.map.features.filter(
    (f) => f.properties.info_sessions + f.properties.safety_walks > 0,
  );
  return (
    <article data-testid="report" data-demo={demo}>
      {demo && <PrintDemoNote />}
      <header className="report__head">
        <h2>
          {t("pub.reports.heading", { quarter })} – {r.kommun_name}
        </h2>
        <p className="muted">
          {formatDate(r.from, lang)} – {formatDate(r.to, lang)} · {periodName(r.period, t, lang)} ·{" "}
          {r.period.signed_by}
        </p>
        {demo && (
          <p className="report__demo" data-testid="report-demo">
            {t("demo.mark")}
          </p>
        )}
      </header>
      <section>
        <h3>{t("pub.reports.done", { quarter })}</h3>
        <table className="pub-table report__counts" data-testid="report-counts">
          <tbody>
            {COUNTS.map(([k, kind]) => {
              const v = r.done_in_quarter[k];
              return (
                <tr key={k} data-count={k}>
                  <th scope="row">{t(`pub.reports.counts.${k}`)}</th>
                  <td data-testid={`count-${k}`}>
                    {typeof v === "number" ? formatInteger(v, lang) : smallCountText(v, lang)}
                  </td>
                  <td className="report__tag">{v !== 0 && r.demo.includes(kind) && <DemoTag />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <DashNotes kits={r.done_in_quarter.kits === null} burglaries={false} />
      </section>
      <section className="report__where">
        <h3>{t("pub.reports.where")}</h3>
        <ReportMap report={r} />
        <p className="muted">{t("pub.reports.mapLegend")}</p>
        {active.length > 0 && (
          <table className="pub-table report__areas" data-testid="report-areas">
            <caption>{t("pub.reports.perArea")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("pub.reports.area")}</th>
                <th scope="col">{t("pub.promises.sessions")}</th>
                <th scope="col">{t("pub.promises.walks")}</th>
              </tr>
            </thead>
            <tbody>
              {active.map((f) => (
                <tr key={f.id} data-area-id={f.id}>
                  <th scope="row">{f.properties.name}</th>
                  <td>{formatInteger(f.properties.info_sessions, lang)}</td>
                  <td>{formatInteger(f.properties.safety_walks, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
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
        <p>{t("pub.reports.qualityReal")}</p>
        <p>{t("pub.reports.qualityRules")}</p>
      </section>
      {files && (
        <section className="report__files">
          <h3>{t("pub.reports.files")}</h3>
          <ul>
            <li>
              <a href={files.map}>{t("pub.reports.mapFile")}</a>
            </li>
            <li>
              <a href={files.data}>{t("pub.reports.dataFile")}</a>
            </li>
          </ul>
        </section>
      )}
    </article>
  );
}
