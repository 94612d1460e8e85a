// CSV import of a presence log kept elsewhere: a dry run first (rows, time span, every bad row by
// line and reason), then the import in one transaction. Nothing is saved by the preview.
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportErrorBody, ImportResult } from "../../server/presence/types.ts";
import { INTERNAL_KEY } from "../api/queries.ts";
import { csrfHeaders } from "../auth/csrf.ts";
import { useReason } from "../import/reasons.ts";

type Outcome = { ok: true; result: ImportResult } | { ok: false; error: ImportErrorBody["error"] };

/** The file's own bytes: the server detects the encoding (UTF-8 or Windows-1252 from Excel). */
async function send(file: File, dryRun: boolean): Promise<Outcome> {
  const res = await fetch(`/api/internal/presence/import?dry_run=${dryRun ? 1 : 0}`, {
    method: "POST",
    headers: { "content-type": "text/csv", ...csrfHeaders() },
    body: file,
  });
  const body = (await res.json()) as ImportResult | ImportErrorBody;
  if ("error" in body) return { ok: false, error: body.error };
  return { ok: true, result: body };
}

export function PresenceImport({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const id = useId();
  const reason = useReason();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (dryRun: boolean) => {
    if (file === null) return;
    setBusy(true);
    try {
      const o = await send(file, dryRun);
      setOutcome(dryRun || !o.ok ? o : null);
      if (!dryRun && o.ok) {
        await client.invalidateQueries({ queryKey: INTERNAL_KEY });
        setFile(null);
        onDone(t("police.import.done", { count: o.result.imported }));
      }
    } catch (e) {
      setOutcome({
        ok: false,
        error: { code: "invalid_csv", message: String(e), fields: [], rows: [] },
      });
    } finally {
      setBusy(false);
    }
  };

  const preview = outcome?.ok ? outcome.result : null;
  return (
    <details className="police-section" data-testid="presence-import">
      <summary>{t("police.import.title")}</summary>
      <p className="muted">{t("police.import.hint")}</p>
      <label htmlFor={id}>{t("police.import.file")}</label>{" "}
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        data-testid="presence-import-file"
        onChange={(e) => {
          setOutcome(null);
          setFile(e.target.files?.[0] ?? null);
        }}
      />
      <div className="record-form__footer">
        <button
          type="button"
          className="text-button"
          disabled={file === null || busy}
          onClick={() => void run(true)}
          data-testid="presence-import-preview"
        >
          {t("police.import.preview")}
        </button>
        {preview && preview.rows > 0 && (
          <button
            type="button"
            className="primary-button"
            disabled={busy}
            onClick={() => void run(false)}
            data-testid="presence-import-commit"
          >
            {t("police.import.commit", { count: preview.rows })}
          </button>
        )}
      </div>
      <div role="status" data-testid="presence-import-report">
        {preview && (
          <p>
            {t("police.import.ok", {
              rows: preview.rows,
              from: preview.from ?? "–",
              to: preview.to ?? "–",
            })}{" "}
            <span className="muted" data-testid="presence-import-source">
              {preview.encoding}, «{preview.delimiter}»
            </span>
          </p>
        )}
        {outcome && !outcome.ok && (
          <>
            <p className="field__error">
              {t("police.import.errors")}
              {outcome.error.rows.length === 0 && ` ${outcome.error.message}`}
            </p>
            <ul className="police-list">
              {outcome.error.rows.map((r) => (
                <li key={`${r.line}-${r.field}`} data-testid="import-error" data-line={r.line}>
                  {t("police.import.line", { line: r.line })}, {r.field}: {reason(r)}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </details>
  );
}
