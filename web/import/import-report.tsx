// What a preview found: counts, every error and warning with its line and reason, the rows
// already stored, and a sample of rows. For a GeoJSON file of places the "line" is the feature's
// number (from 1) and its CRS is shown.
import { useTranslation } from "react-i18next";
import type { FieldChoice } from "../../server/imports/columns.ts";
import type { HeaderColumn } from "../../server/imports/header.ts";
import type { Match } from "../../server/imports/match.ts";
import type { RowError } from "../../server/imports/rows.ts";
import { currentLang } from "../i18n/i18n.ts";
import { useReason } from "./reasons.ts";
import { sampleTable } from "./sample.ts";

export interface Report {
  rows: number;
  valid: number;
  error_count: number;
  errors: RowError[];
  sample: Record<string, unknown>[];
  format?: "csv" | "xlsx" | "geojson";
  encoding?: string;
  delimiter?: string;
  /** GeoJSON only: the coordinate system the file was read in. */
  crs?: string;
  /** How each column was read, and the fields a column can hold (CSV and .xlsx). */
  header?: HeaderColumn[];
  fields?: FieldChoice[];
  warning_count?: number;
  warnings?: RowError[];
  matches?: { new: number; same: number; changed: number };
  present?: (Match & { line: number; area_name: string })[];
}

export function ImportReport({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const reason = useReason();
  const table = sampleTable(report.sample, report.fields ?? [], t, currentLang(i18n.language));
  return (
    <div className="import-report" data-testid="import-report">
      <p>
        <strong data-testid="import-rows">
          {t("planner.import.rows", { count: report.rows })}
        </strong>
        {" · "}
        <span data-testid="import-valid">{t("planner.import.valid", { count: report.valid })}</span>
        {" · "}
        <span data-testid="import-error-count">
          {t("planner.import.errors", { count: report.error_count })}
        </span>
        {(report.encoding || report.format === "xlsx") && (
          <span className="muted">
            {" "}
            · {report.encoding ?? "Excel (.xlsx)"}
            {report.delimiter && `, «${report.delimiter}»`}
            {report.crs && `, ${report.crs}`}
          </span>
        )}
      </p>
      {report.matches && report.valid > 0 && (
        <p data-testid="import-matches">{t("planner.import.matches", report.matches)}</p>
      )}
      {report.error_count > 0 && (
        <>
          <p className="field__error">{t("planner.import.nothing")}</p>
          <ul className="import-errors" data-testid="import-errors">
            {report.errors.map((e) => (
              <li key={`${e.line}-${e.field}-${e.message}`}>
                {t(report.crs ? "planner.import.feature" : "planner.import.line", { line: e.line })}{" "}
                · <code>{e.field}</code>: {reason(e)}
              </li>
            ))}
          </ul>
        </>
      )}
      {(report.warning_count ?? 0) > 0 && (
        <>
          <p>
            <strong>{t("planner.import.warnings", { count: report.warning_count })}</strong>
            {" · "}
            {t("planner.import.warningsHint")}
          </p>
          <ul className="import-errors" data-testid="import-warnings">
            {report.warnings?.map((e) => (
              <li key={`${e.line}-${e.field}-${e.message}`}>
                {t("planner.import.line", { line: e.line })} · <code>{e.field}</code>: {reason(e)}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.present && report.present.length > 0 && (
        <details data-testid="import-present">
          <summary>{t("planner.import.presentTitle")}</summary>
          <ul className="import-errors">
            {report.present.map((p) => (
              <li key={p.line}>
                {p.status === "changed"
                  ? t("planner.import.presentChanged", {
                      line: p.line,
                      id: p.existing_id,
                      fields: p.changed?.join(", "),
                    })
                  : t("planner.import.presentSame", { line: p.line, id: p.existing_id })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.sample.length > 0 && (
        <div className="planner__table">
          <table className="ranking" data-testid="import-sample">
            <caption>{t("planner.import.sample")}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c.key} scope="col">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.line}>
                  {r.cells.map((c, i) => (
                    <td key={table.columns[i]?.key}>{c}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
