// Import from a spreadsheet (CSV or .xlsx) or, for visits, GeoJSON places: choose the kind, pick a
// file, preview (rows, valid rows, every error and warning by line, the rows already stored, a
// sample), map unknown columns when there are any, choose what happens to rows already stored,
// then confirm to commit in one transaction. The state and the uploads are in use-csv-import.ts;
// upload progress is measured, the server's checking is not, and the bar says so.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { IMPORT_KINDS, type ImportKind } from "../../server/imports/columns.ts";
import { ColumnMapping as MappingStep } from "./column-mapping.tsx";
import { Choice } from "./import-choice.tsx";
import { ImportReport } from "./import-report.tsx";
import { Progress } from "./progress.tsx";
import { useCsvImport } from "./use-csv-import.ts";

export function CsvImport({ kommun }: { kommun?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const csv = useCsvImport(kommun);
  return (
    <section className="import-card" aria-labelledby={`${id}-title`} data-testid="csv-import">
      <h3 id={`${id}-title`}>{t("planner.import.csvTitle")}</h3>
      <p className="muted">{t("planner.import.csvHint")}</p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t("planner.import.kind")}</label>
          <select
            id={`${id}-kind`}
            data-testid="import-kind"
            value={csv.kind}
            onChange={(e) => {
              csv.setKind(e.target.value as ImportKind);
              csv.reset();
            }}
          >
            {IMPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`planner.import.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t("planner.import.file")}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.txt,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.geojson,.json,application/geo+json,application/json"
            data-testid="import-file"
            onChange={(e) => {
              csv.setFile(e.target.files?.[0] ?? null);
              csv.reset();
            }}
          />
        </div>
      </div>
      <p className="import-templates" data-testid="import-templates">
        {t("planner.import.template")}{" "}
        <a href={`/api/imports/${csv.kind}/template.csv`} download data-testid="template-csv">
          ⬇ {t("planner.import.templateCsv")}
        </a>
        <a href={`/api/imports/${csv.kind}/template.xlsx`} download data-testid="template-xlsx">
          ⬇ {t("planner.import.templateXlsx")}
        </a>
      </p>
      <div className="record-form__footer">
        <button
          type="button"
          className="primary-button"
          data-testid="import-preview"
          disabled={!csv.file}
          onClick={() => void csv.doPreview()}
        >
          {t("planner.import.preview")}
        </button>
      </div>
      <Progress step={csv.step} progress={csv.progress} />
      {csv.error && (
        <p className="field__error" role="alert" data-testid="import-error">
          {csv.error}
        </p>
      )}
      {csv.preview && csv.showMapping && csv.preview.header && (
        <MappingStep
          header={csv.preview.header}
          fields={csv.preview.fields ?? []}
          missing={csv.missing}
          recalled={csv.recalled}
          onChoose={(column, field) => void csv.choose(column, field)}
        />
      )}
      {csv.preview && <ImportReport report={csv.preview} />}
      {csv.preview && csv.canCommit && (csv.present > 0 || csv.placeWarnings) && (
        <div className="import-choices">
          {csv.present > 0 && (
            <Choice
              name={`${id}-existing`}
              testId="existing"
              legend={t("planner.import.existing")}
              value={csv.existing}
              options={[
                ["skip", t("planner.import.existingSkip")],
                ["update", t("planner.import.existingUpdate")],
                ["add", t("planner.import.existingAdd")],
              ]}
              onChange={csv.setExisting}
            />
          )}
          {csv.placeWarnings && (
            <Choice
              name={`${id}-place`}
              testId="place"
              legend={t("planner.import.place")}
              value={csv.place}
              options={[
                ["point", t("planner.import.placePoint")],
                ["area", t("planner.import.placeArea")],
              ]}
              onChange={(value) => {
                csv.setPlace(value);
                void csv.doPreview(csv.mapping, false, value);
              }}
            />
          )}
        </div>
      )}
      {csv.preview && (
        <div className="record-form__footer">
          <button
            type="button"
            className="primary-button"
            data-testid="import-commit"
            disabled={!csv.canCommit}
            onClick={() => void csv.doCommit()}
          >
            {csv.canCommit
              ? t("planner.import.commit", { count: csv.toWrite })
              : t("planner.import.commitNone")}
          </button>
        </div>
      )}
      {csv.done && (
        <p className="record-message" role="status" data-testid="import-done">
          {csv.done.updated > 0 || csv.done.skipped > 0
            ? t("planner.import.doneSummary", { ...csv.done })
            : t("planner.import.done", { count: csv.done.imported })}
        </p>
      )}
    </section>
  );
}
