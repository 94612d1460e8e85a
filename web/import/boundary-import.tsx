// Area boundaries from the municipality's GIS (GeoJSON or a zipped Shapefile, WGS84 or SWEREF 99
// TM): preview what would be new, changed, unchanged or missing, then replace only on confirm.
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BoundaryCommit, BoundaryPreview } from "../../server/boundaries/types.ts";
import { csrfHeaders } from "../auth/csrf.ts";
import { kommunSearch } from "./export-urls.ts";
import { Progress, type Step } from "./progress.tsx";
import { boundaryContentType, errorOf, type UploadProgress, upload } from "./upload.ts";

/** `kommun`: whose areas the import replaces (?kommun=; required of a planner of several). */
export function BoundaryImport({ kommun }: { kommun?: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<BoundaryPreview | null>(null);
  const [step, setStep] = useState<Step>("idle");
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<BoundaryCommit | null>(null);
  const k = kommunSearch(kommun);

  async function doPreview() {
    if (!file) return;
    const type = boundaryContentType(file.name);
    setError(null);
    setDone(null);
    setPreview(null);
    if (!type) return setError(t("planner.import.boundaryType"));
    setStep("upload");
    const res = await upload<BoundaryPreview>(
      `/api/area-boundaries/preview${k}`,
      file,
      type,
      (p) => {
        setProgress(p);
        if (p.sent >= p.total) setStep("check");
      },
    );
    setStep("done");
    if (res.body && "areas" in res.body) setPreview(res.body);
    if (res.status !== 200) setError(errorOf(res.body)?.message ?? `HTTP ${res.status}`);
  }

  async function doCommit() {
    if (!preview?.token) return;
    const res = await fetch(`/api/area-boundaries/commit${k}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...csrfHeaders() },
      body: JSON.stringify({ token: preview.token, confirm: true }),
    });
    const body = (await res.json()) as unknown;
    if (!res.ok) return setError(errorOf(body)?.message ?? `HTTP ${res.status}`);
    setDone(body as BoundaryCommit);
    setPreview(null);
    await client.invalidateQueries();
  }

  return (
    <section className="import-card" aria-labelledby={`${id}-title`} data-testid="boundary-import">
      <h3 id={`${id}-title`}>{t("planner.import.boundaryTitle")}</h3>
      <p className="muted">{t("planner.import.boundaryHint")}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t("planner.import.file")}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".geojson,.json,.zip"
          data-testid="boundary-file"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setPreview(null);
            setStep("idle");
          }}
        />
      </div>
      <div className="record-form__footer">
        <button
          type="button"
          className="primary-button"
          disabled={!file}
          onClick={() => void doPreview()}
          data-testid="boundary-preview"
        >
          {t("planner.import.preview")}
        </button>
        <button
          type="button"
          className="primary-button"
          disabled={!preview?.token}
          onClick={() => void doCommit()}
          data-testid="boundary-commit"
        >
          {t("planner.import.boundaryCommit")}
        </button>
      </div>
      <Progress step={step} progress={progress} />
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <div data-testid="boundary-report">
          <p>
            {t("planner.import.crs", {
              crs: preview.crs_name ?? "?",
              source: preview.crs_source
                ? t(`planner.import.crsSource.${preview.crs_source}`)
                : "?",
            })}{" "}
            · {t("planner.import.features", { count: preview.features })}
          </p>
          {preview.errors.length > 0 && (
            <ul className="import-errors">
              {preview.errors.map((e) => (
                <li key={`${e.index}-${e.reason}`}>
                  #{e.index}: {e.reason}
                </li>
              ))}
            </ul>
          )}
          <div className="planner__table">
            <table className="ranking">
              <thead>
                <tr>
                  <th scope="col">{t("planner.ranking.area")}</th>
                  <th scope="col">{t("planner.import.status")}</th>
                  <th scope="col">{t("planner.import.action")}</th>
                  <th scope="col">km²</th>
                </tr>
              </thead>
              <tbody>
                {preview.areas.map((a) => (
                  <tr key={`${a.id}-${a.index}`} data-status={a.status}>
                    <th scope="row">
                      {a.name} <span className="muted">({a.id})</span>
                    </th>
                    <td>{t(`planner.import.areaStatus.${a.status}`)}</td>
                    <td>{t(`planner.import.areaAction.${a.action}`)}</td>
                    <td className="num">{a.area_km2.toFixed(2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {done && (
        <p className="record-message" role="status" data-testid="boundary-done">
          {t("planner.import.boundaryDone", {
            added: done.added,
            changed: done.changed,
            deleted: done.deleted,
            kept: done.kept,
          })}
        </p>
      )}
    </section>
  );
}
