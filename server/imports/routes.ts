// POST /api/imports/:kind/preview and /commit: a CSV file or an Excel workbook (.xlsx) of visits,
// watch groups or märk-DNA kits, or for visits a GeoJSON FeatureCollection of places
// (features.ts; its errors' `line` is the feature's number, from 1). Preview writes nothing and
// reports every bad column and row together, how each column was read, the rows already stored
// and warnings; commit checks the file again and writes in one transaction, or nothing (400
// listing every bad column and row by line). Body: the raw file (text/csv, the .xlsx type,
// application/geo+json or application/json; a body starting with '{' is read as GeoJSON, one
// starting with a zip header as .xlsx, whatever its type) or multipart/form-data with the file in
// a field named `file`.
//
// Query: `columns` — JSON {"file's header": "field" or "" to ignore} for columns the planner
// mapped; `existing` — skip (default), update or add the rows already stored; `place` — whether a
// row's point (default) or its named area decides when they differ.
// GET /api/imports/:kind/template.csv and template.xlsx: the template to fill in.
//
// Kommuner: a planner imports into the kommuner they work for (narrowed by ?kommun=). A row placed
// in an area of another kommun is a row error (other_kommun), and rows are matched only to the
// records of the caller's kommuner, so an import never reads, updates or reports another's.
import type { Context } from "hono";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { z } from "zod";
import type { AuditEntity } from "../audit/log.ts";
import type { Db } from "../db/open.ts";
import { CSV_CONTENT_TYPE, toCsv } from "../exports/csv.ts";
import { download } from "../exports/routes.ts";
import { toXlsx, XLSX_CONTENT_TYPE } from "../exports/xlsx.ts";
import { fieldError, sendError } from "../http/errors.ts";
import { validQuery } from "../http/validate.ts";
import { createRecordingTools } from "../recording/tools.ts";
import { jobFailure } from "../workers/task.ts";
import { IMPORT_KINDS, type ImportKind } from "./columns.ts";
import { badMapping, type ColumnMapping } from "./header.ts";
import { matchRows } from "./match.ts";
import { readUploadOffLoop } from "./read-upload-off-loop.ts";
import { reason } from "./reasons.ts";
import { fileErrorBody, type Plan, refusedBody, report } from "./report.ts";
import { importQuery, isKind, uploaded } from "./request.ts";
import { createImportStore } from "./store.ts";
import { templateName, templateSheet, templateWorkbook } from "./templates.ts";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const ENTITY: Record<ImportKind, AuditEntity> = {
  visits: "visits",
  "watch-groups": "watch_groups",
  "dna-kits": "dna_kits",
};

export function importRoutes(db: Db) {
  const { areas, write } = createRecordingTools(db);
  const { existing, insert, update } = createImportStore(db);

  /** Reads and checks the upload; answers the request itself when there is nothing to check. */
  async function prepare(c: Context, query: z.output<typeof importQuery>) {
    const kind = c.req.param("kind") ?? "";
    if (!isKind(kind)) {
      const message = `No import of '${kind}': the kinds are ${IMPORT_KINDS.join(", ")}`;
      return { answer: sendError(c, 404, "not_found", message) };
    }
    const mapping: ColumnMapping = query.columns ?? {};
    const bad = badMapping(kind, mapping);
    if (bad.length > 0) {
      const message = `columns maps to ${bad.map((f) => `'${f}'`).join(", ")}, which ${kind} has no field for`;
      return {
        answer: sendError(c, 400, "invalid_query", message, [
          fieldError("columns", "not_one_of", message),
        ]),
      };
    }
    const upload = await uploaded(c);
    if (!upload) {
      // Line 0: the problem is the request, not a line of the file.
      return {
        answer: c.json(fileErrorBody({ line: 0, field: "file", ...reason("no_file") }), 400),
      };
    }
    const kommuner = c.get("kommuner");
    const options = { mapping, place: query.place ?? "point", kommuner } as const;
    // Parsed and checked on a worker thread, so the event loop keeps answering meanwhile.
    const read = await readUploadOffLoop({ kind, ...upload, areas: areas(), options }).catch(
      (err) => {
        const failed = jobFailure(err);
        if (!failed) throw err;
        return {
          error: { line: 0, field: "(file)", ...reason("other", { detail: failed.message }) },
        };
      },
    );
    if ("error" in read) return { answer: c.json(fileErrorBody(read.error), 400) };
    const plan: Plan = {
      kind,
      source: read.source,
      plan: read.plan,
      matches: matchRows(kind, read.plan.records, existing(kind, kommuner)),
    };
    return plan;
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

  const kindOr404 = (c: Context) => {
    const kind = c.req.param("kind") ?? "";
    return isKind(kind) ? kind : undefined;
  };
  const noKind = (c: Context) =>
    sendError(c, 404, "not_found", `No template for '${c.req.param("kind")}'`);

  return new Hono()
    .get("/:kind/template.csv", (c) => {
      const kind = kindOr404(c);
      if (!kind) return noKind(c);
      const { header, rows } = templateSheet(kind);
      return download(c, toCsv(header, rows), CSV_CONTENT_TYPE, templateName(kind, "csv"));
    })
    .get("/:kind/template.xlsx", async (c) => {
      const kind = kindOr404(c);
      if (!kind) return noKind(c);
      const body = await toXlsx(templateWorkbook(kind));
      return download(c, body, XLSX_CONTENT_TYPE, templateName(kind, "xlsx"));
    })
    .post("/:kind/preview", tooLarge, validQuery(importQuery), async (c) => {
      const p = await prepare(c, c.req.valid("query"));
      if ("answer" in p) return p.answer;
      return c.json(report(p), 200);
    })
    .post("/:kind/commit", tooLarge, validQuery(importQuery), async (c) => {
      const query = c.req.valid("query");
      const p = await prepare(c, query);
      if ("answer" in p) return p.answer;
      const { kind, source, plan, matches } = p;
      if (plan.errors.length > 0 || plan.records.length === 0) {
        return c.json(refusedBody(p), 400);
      }
      const choice = query.existing ?? "skip";
      const toInsert = plan.records.filter(
        (_, i) => choice === "add" || matches[i]?.status === "new",
      );
      const toUpdate =
        choice === "update"
          ? plan.records.flatMap((r, i) => {
              const m = matches[i];
              return m?.status === "changed" && m.existing_id ? [{ id: m.existing_id, r }] : [];
            })
          : [];
      const skipped = plan.records.length - toInsert.length - toUpdate.length;
      const answer = (ids: number[]) => ({
        kind,
        rows: plan.rows,
        imported: ids.length,
        updated: toUpdate.length,
        skipped,
        first_id: ids[0] ?? null,
        last_id: ids.at(-1) ?? null,
      });
      // Every row already stored as it is: nothing to write, nothing to audit.
      if (toInsert.length === 0 && toUpdate.length === 0) return c.json(answer([]), 200);
      const ids = write(c, (audit) => {
        const created = toInsert.map((r) => insert(kind, r));
        for (const { id, r } of toUpdate) update(kind, id, r, c.get("kommuner"));
        const read =
          source.format === "csv"
            ? { encoding: source.encoding }
            : source.format === "xlsx"
              ? { format: "xlsx" }
              : { format: source.format, crs: source.crs };
        const detail = {
          rows: created.length,
          first_id: created[0],
          last_id: created.at(-1),
          ...(toUpdate.length > 0 && { updated: toUpdate.map((u) => u.id) }),
          ...(skipped > 0 && { skipped }),
          ...read,
        };
        audit({ action: "import", entity: ENTITY[kind], detail });
        return created;
      });
      return c.json(answer(ids), 201);
    });
}
