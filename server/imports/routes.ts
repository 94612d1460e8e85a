// POST /api/imports/:kind/preview and /commit: a CSV file of visits, watch groups or märk-DNA kits,
// or for visits a GeoJSON FeatureCollection of places (features.ts; its errors' `line` is the
// feature's number, from 1). Preview writes nothing and reports every bad row; commit checks the
// file again and imports all rows in one transaction, or none (400 listing every bad row by line).
// Body: the raw file (text/csv, application/geo+json or application/json; a body starting with
// '{' is read as GeoJSON whatever its type) or multipart/form-data with the file in a field
// named `file`.
import type { Context } from "hono";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AuditEntity } from "../audit/log.ts";
import type { Db } from "../db/open.ts";
import { createDnaKitRepo } from "../dna-kits/repo.ts";
import { errorBody, sendError } from "../http/errors.ts";
import { createRecordingTools } from "../recording/tools.ts";
import { createVisitRepo } from "../visits/repo.ts";
import { createWatchGroupRepo } from "../watch-groups/repo.ts";
import { jobFailure } from "../workers/task.ts";
import { IMPORT_KINDS, type ImportKind } from "./columns.ts";
import type { Source } from "./read-upload.ts";
import { readUploadOffLoop } from "./read-upload-off-loop.ts";
import type { PreparedImport, PreparedRow, RowError } from "./rows.ts";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Errors listed in one answer; error_count always gives the total. */
export const MAX_LISTED_ERRORS = 1000;
const SAMPLE_ROWS = 20;

const ENTITY: Record<ImportKind, AuditEntity> = {
  visits: "visits",
  "watch-groups": "watch_groups",
  "dna-kits": "dna_kits",
};

const isKind = (k: string): k is ImportKind => (IMPORT_KINDS as readonly string[]).includes(k);

const JSON_TYPE = /[/+]json\b/i;

/** The upload's bytes, and whether it says it is (Geo)JSON. */
async function uploaded(c: Context): Promise<{ bytes: Uint8Array; json: boolean } | undefined> {
  const type = c.req.header("content-type") ?? "";
  if (!/multipart\/form-data/i.test(type)) {
    return { bytes: new Uint8Array(await c.req.arrayBuffer()), json: JSON_TYPE.test(type) };
  }
  const form = await c.req.parseBody().catch(() => undefined);
  const file = form?.file;
  if (!(file instanceof File)) return undefined;
  const json = JSON_TYPE.test(file.type) || /\.(geo)?json$/i.test(file.name);
  return { bytes: new Uint8Array(await file.arrayBuffer()), json };
}

/** The report shared by preview and a refused commit. */
function report(kind: ImportKind, source: Source, plan: PreparedImport) {
  return {
    kind,
    rows: plan.rows,
    valid: plan.records.length,
    ...source,
    error_count: plan.errors.length,
    errors: plan.errors.slice(0, MAX_LISTED_ERRORS),
    sample: plan.records
      .slice(0, SAMPLE_ROWS)
      .map((r) => ({ line: r.line, ...r.data, area_id: r.area_id, area_name: r.area_name })),
  };
}

/** A file that cannot be read at all: the same shape as a report, with no rows. */
function fileError(c: Context, error: RowError) {
  const body = errorBody("invalid_file", error.message, [
    { field: error.field, message: error.message },
  ]);
  return c.json({ ...body, rows: 0, valid: 0, error_count: 1, errors: [error] }, 400);
}

function refusal(errors: RowError[], source: Source): string {
  if (errors.length === 0) return "the file has no rows to import";
  const bad = new Set(errors.map((e) => e.line)).size;
  if (source.format === "geojson") {
    return `${bad} ${bad === 1 ? "feature has" : "features have"} errors: nothing was imported`;
  }
  if (errors.every((e) => e.line === 1))
    return "the file's columns do not fit: nothing was imported";
  return `${bad} ${bad === 1 ? "row has" : "rows have"} errors: nothing was imported`;
}

export function importRoutes(db: Db) {
  const { areas, write } = createRecordingTools(db);
  const visits = createVisitRepo(db);
  const groups = createWatchGroupRepo(db);
  const kits = createDnaKitRepo(db);
  const insert = (kind: ImportKind, r: PreparedRow): number => {
    if (kind === "visits") return visits.create(r.data as PreparedRow<"visits">["data"], r.area_id);
    if (kind === "watch-groups")
      return groups.create(r.data as PreparedRow<"watch-groups">["data"]);
    return kits.create(r.data as PreparedRow<"dna-kits">["data"]);
  };

  /** Reads and checks the upload; answers the request itself when there is nothing to check. */
  async function prepare(c: Context) {
    const kind = c.req.param("kind") ?? "";
    if (!isKind(kind)) {
      const message = `No import of '${kind}': the kinds are ${IMPORT_KINDS.join(", ")}`;
      return { answer: sendError(c, 404, "not_found", message) };
    }
    const upload = await uploaded(c);
    if (!upload) {
      // Line 0: the problem is the request, not a line of the file.
      const message = "send the CSV or GeoJSON file in a form field named 'file'";
      return { answer: fileError(c, { line: 0, field: "file", message }) };
    }
    // Parsed and checked on a worker thread, so the event loop keeps answering meanwhile.
    const read = await readUploadOffLoop({ kind, ...upload, areas: areas() }).catch((err) => {
      const failed = jobFailure(err);
      if (!failed) throw err;
      return { error: { line: 0, field: "(file)", message: failed.message } };
    });
    if ("error" in read) return { answer: fileError(c, read.error) };
    return { kind, ...read };
  }

  const tooLarge = bodyLimit({
    maxSize: MAX_UPLOAD_BYTES,
    onError: (c) =>
      sendError(
        c,
        413,
        "payload_too_large",
        `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: split it`,
      ),
  });

  return new Hono()
    .post("/:kind/preview", tooLarge, async (c) => {
      const p = await prepare(c);
      if ("answer" in p) return p.answer;
      return c.json(report(p.kind, p.source, p.plan), 200);
    })
    .post("/:kind/commit", tooLarge, async (c) => {
      const p = await prepare(c);
      if ("answer" in p) return p.answer;
      const { kind, source, plan } = p;
      if (plan.errors.length > 0 || plan.records.length === 0) {
        const message = refusal(plan.errors, source);
        const unit = source.format === "geojson" ? "feature" : "line";
        const fields = plan.errors
          .slice(0, MAX_LISTED_ERRORS)
          .map((e) => ({ field: e.field, message: `${unit} ${e.line}: ${e.message}` }));
        return c.json(
          { ...errorBody("invalid_import", message, fields), ...report(kind, source, plan) },
          400,
        );
      }
      const ids = write(c, (audit) => {
        const created = plan.records.map((r) => insert(kind, r));
        const read =
          source.format === "csv"
            ? { encoding: source.encoding }
            : { format: source.format, crs: source.crs };
        const detail = {
          rows: created.length,
          first_id: created[0],
          last_id: created.at(-1),
          ...read,
        };
        audit({ action: "import", entity: ENTITY[kind], detail });
        return created;
      });
      return c.json(
        {
          kind,
          rows: plan.rows,
          imported: ids.length,
          first_id: ids[0] ?? null,
          last_id: ids.at(-1) ?? null,
        },
        201,
      );
    });
}
