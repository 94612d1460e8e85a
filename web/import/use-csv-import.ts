// The CSV import's state and its round trips: the file sent for a preview or a commit with its
// upload progress measured, a column mapping remembered in this browser for the next file with the
// same headers (mapping.ts) and recalled for it, and what the preview says a commit would write.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportKind } from "../../server/imports/columns.ts";
import type { ColumnMapping } from "../../server/imports/header.ts";
import { RECORD_KEYS } from "../api/queries.ts";
import { currentLang } from "../i18n/i18n.ts";
import { ALL } from "../kommun/kommun.ts";
import { AUTO } from "./column-mapping.tsx";
import type { Report } from "./import-report.tsx";
import { importSearch, recall, remember } from "./mapping.ts";
import type { Step } from "./progress.tsx";
import { errorOf, importContentType, type UploadProgress, upload } from "./upload.ts";

// The import routes answer through a shared helper, so hc cannot infer their bodies; these are
// the fields the import view reads (server/imports/report.ts: report(); routes.ts: the commit answer).
type Preview = Report;
interface Commit {
  imported: number;
  updated: number;
  skipped: number;
}
type Existing = "skip" | "update" | "add";
type Place = "point" | "area";

const storage = (): Storage | null => (typeof localStorage === "undefined" ? null : localStorage);

export function useCsvImport(kommun: string | undefined) {
  const { i18n } = useTranslation();
  const client = useQueryClient();
  const [kind, setKind] = useState<ImportKind>("visits");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [recalled, setRecalled] = useState(false);
  const [existing, setExisting] = useState<Existing>("skip");
  const [place, setPlace] = useState<Place>("point");
  const [step, setStep] = useState<Step>("idle");
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Commit | null>(null);

  async function send<T>(what: "preview" | "commit", f: File, m: ColumnMapping, pl = place) {
    setStep("upload");
    setProgress({ sent: 0, total: f.size });
    const type = importContentType(f.name);
    const only = kommun && kommun !== ALL ? kommun : undefined;
    const search = importSearch({ mapping: m, existing, place: pl, kommun: only });
    const res = await upload<T>(`/api/imports/${kind}/${what}${search}`, f, type, (p) => {
      setProgress(p);
      if (p.sent >= p.total) setStep("check");
    });
    setStep("done");
    return res;
  }

  async function doPreview(m: ColumnMapping = mapping, canRecall = true, pl = place) {
    if (!file) return;
    setError(null);
    setDone(null);
    setPreview(null);
    const res = await send<Preview>("preview", file, m, pl);
    // A file that cannot be read at all answers 400 with the same report shape (no rows).
    const body = res.body && "rows" in res.body ? res.body : null;
    // A refused file's reasons are in the report, worded in the user's language.
    if (res.status !== 200 && !body) setError(errorOf(res.body)?.message ?? `HTTP ${res.status}`);
    // The first preview of a file: a mapping remembered for the same headers is used at once.
    const names = body?.header?.map((h) => h.name);
    const store = storage();
    const saved = canRecall && names && store ? recall(store, kind, names) : null;
    if (saved && Object.keys(m).length === 0) {
      setMapping(saved);
      setRecalled(true);
      await doPreview(saved, false);
      return;
    }
    setPreview(body);
  }

  async function choose(column: string, field: string) {
    const next = { ...mapping };
    if (field === AUTO) delete next[column];
    else next[column] = field;
    setMapping(next);
    setRecalled(false);
    const names = preview?.header?.map((h) => h.name);
    const store = storage();
    if (names && store) remember(store, kind, names, next);
    await doPreview(next, false);
  }

  async function doCommit() {
    if (!file) return;
    setError(null);
    const res = await send<Commit>("commit", file, mapping);
    if (res.status === 201 || res.status === 200) {
      setDone(res.body);
      setPreview(null);
      await Promise.all(RECORD_KEYS.map((queryKey) => client.invalidateQueries({ queryKey })));
      return;
    }
    // The file changed since the preview: its new report says why, in the user's language.
    const body = res.body as unknown as Preview | null;
    if (body && typeof body === "object" && "rows" in body) setPreview(body);
    else setError(errorOf(res.body)?.message ?? `HTTP ${res.status}`);
  }

  const reset = () => {
    setPreview(null);
    setDone(null);
    setMapping({});
    setRecalled(false);
    setStep("idle");
  };

  const lang = currentLang(i18n.language);
  const missing = (preview?.errors ?? []).flatMap((e) =>
    e.code === "missing_column" ? [String(e.params[lang === "en" ? "column_en" : "column"])] : [],
  );
  // Shown when a column waits for a choice, a required one is missing, or the planner's own
  // choices are in use; not for the columns of Grannkoll's own export that are read past.
  const showMapping =
    preview?.header !== undefined &&
    preview.header.length > 0 &&
    (preview.header.some((h) => h.how === "unknown") ||
      missing.length > 0 ||
      Object.keys(mapping).length > 0);
  const present = preview?.matches ? preview.matches.same + preview.matches.changed : 0;
  const placeWarnings = (preview?.warnings ?? []).some((w) => w.code === "point_in_other_area");
  const toWrite = preview?.matches
    ? existing === "add"
      ? preview.valid
      : existing === "update"
        ? preview.matches.new + preview.matches.changed
        : preview.matches.new
    : (preview?.valid ?? 0);
  const canCommit = preview !== null && preview.error_count === 0 && preview.valid > 0;
  return {
    kind,
    setKind,
    file,
    setFile,
    preview,
    mapping,
    recalled,
    existing,
    setExisting,
    place,
    setPlace,
    step,
    progress,
    error,
    done,
    doPreview,
    choose,
    doCommit,
    reset,
    missing,
    showMapping,
    present,
    placeWarnings,
    toWrite,
    canCommit,
  };
}
