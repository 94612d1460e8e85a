// CSV import (and GeoJSON places for visits): choose the kind, pick a file, preview (rows, valid rows, every error by line, a
// sample), then confirm to commit in one transaction. Upload progress is measured; the server's
// checking is not, and the bar says so.
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { IMPORT_KINDS, type ImportKind } from "../../server/imports/columns.ts";
import { RECORD_KEYS } from "../api/queries.ts";
import { ImportReport, type Report } from "./import-report.tsx";
import { Progress, type Step } from "./progress.tsx";
import { errorOf, importContentType, type UploadProgress, upload } from "./upload.ts";

// The import routes answer through a shared helper, so hc cannot infer their bodies; these are
// the fields this view reads (server/imports/routes.ts: report() and the commit answer).
type Preview = Report;
interface Commit {
  imported: number;
}

export function CsvImport() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const id = useId();
  const [kind, setKind] = useState<ImportKind>("visits");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [step, setStep] = useState<Step>("idle");
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Commit | null>(null);

  async function send<T>(what: "preview" | "commit", f: File) {
    setStep("upload");
    setProgress({ sent: 0, total: f.size });
    const type = importContentType(f.name);
    const res = await upload<T>(`/api/imports/${kind}/${what}`, f, type, (p) => {
      setProgress(p);
      if (p.sent >= p.total) setStep("check");
    });
    setStep("done");
    return res;
  }

  async function doPreview() {
    if (!file) return;
    setError(null);
    setDone(null);
    setPreview(null);
    const res = await send<Preview>("preview", file);
    // A file that cannot be read at all answers 400 with the same report shape (no rows).
    setPreview(res.body && "rows" in res.body ? res.body : null);
    if (res.status !== 200) setError(errorOf(res.body)?.message ?? `HTTP ${res.status}`);
  }

  async function doCommit() {
    if (!file) return;
    setError(null);
    const res = await send<Commit>("commit", file);
    if (res.status === 201) {
      setDone(res.body);
      setPreview(null);
      await Promise.all(RECORD_KEYS.map((queryKey) => client.invalidateQueries({ queryKey })));
    } else setError(errorOf(res.body)?.message ?? `HTTP ${res.status}`);
  }

  const canCommit = preview !== null && preview.error_count === 0 && preview.valid > 0;
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
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as ImportKind);
              setPreview(null);
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
            accept=".csv,.txt,text/csv,.geojson,.json,application/geo+json,application/json"
            data-testid="import-file"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setDone(null);
              setStep("idle");
            }}
          />
        </div>
      </div>
      <div className="record-form__footer">
        <button
          type="button"
          className="primary-button"
          data-testid="import-preview"
          disabled={!file}
          onClick={() => void doPreview()}
        >
          {t("planner.import.preview")}
        </button>
        <button
          type="button"
          className="primary-button"
          data-testid="import-commit"
          disabled={!canCommit}
          onClick={() => void doCommit()}
        >
          {canCommit
            ? t("planner.import.commit", { count: preview.valid })
            : t("planner.import.commitNone")}
        </button>
      </div>
      <Progress step={step} progress={progress} />
      {error && (
        <p className="field__error" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
      {preview && <ImportReport report={preview} />}
      {done && (
        <p className="record-message" role="status" data-testid="import-done">
          {t("planner.import.done", { count: done.imported })}
        </p>
      )}
    </section>
  );
}
