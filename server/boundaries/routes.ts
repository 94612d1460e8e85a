// POST /api/area-boundaries/preview (the file as the body) and /commit ({ token, confirm: true }).
// An import replaces the areas of one kommun the caller works for: theirs, or the one ?kommun=
// names when they work for several.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import type { Db } from "../db/open.ts";
import { actorOf, remoteOf } from "../http/actor.ts";
import { errorBody, fieldError, sendError } from "../http/errors.ts";
import { validJson, validQuery } from "../http/validate.ts";
import { jobFailure } from "../workers/task.ts";
import { createBoundaryImports } from "./boundary-import.ts";
import type { ParsedFile } from "./parse.ts";
import { parseBoundaryFileOffLoop } from "./parse-off-loop.ts";
import { PREVIEW_TTL_MS } from "./pending.ts";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const previewQuery = z.strictObject({
  id_field: z.string().trim().min(1).max(64).optional(),
  keep_missing: z.enum(["true", "false"]).optional(),
});

const commitBody = z.strictObject({
  token: z.uuid({ error: "token must be the token a preview returned" }),
  confirm: z.literal(true, { error: "confirm must be true: the import replaces area boundaries" }),
});

/** GeoJSON or zip, from the declared type; an unlabelled body is told by its first bytes. */
export function fileKind(contentType: string | undefined, bytes: Buffer): "geojson" | "zip" | null {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (/zip/.test(type)) return "zip";
  if (/json/.test(type)) return "geojson";
  if (type !== "" && type !== "application/octet-stream") return null;
  if (bytes.subarray(0, 4).equals(Buffer.from("PK\x03\x04", "latin1"))) return "zip";
  return /^\s*[{[]/.test(
    bytes
      .subarray(0, 64)
      .toString("utf8")
      .replace(/^\uFEFF/, ""),
  )
    ? "geojson"
    : null;
}

export function boundaryRoutes(db: Db, clock?: () => Date) {
  const imports = createBoundaryImports(db, clock);
  const tooLarge = bodyLimit({
    maxSize: MAX_UPLOAD_BYTES,
    onError: (c) =>
      sendError(
        c,
        413,
        "too_large",
        `the file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
        [fieldError("(body)", "too_large", "file too large")],
      ),
  });

  return new Hono()
    .post("/preview", tooLarge, validQuery(previewQuery), async (c) => {
      const bytes = Buffer.from(await c.req.arrayBuffer());
      if (bytes.length === 0) {
        return sendError(c, 400, "invalid_file", "the request has no file", [
          fieldError("(body)", "required", "send the GeoJSON or zip file as the request body"),
        ]);
      }
      const kind = fileKind(c.req.header("content-type"), bytes);
      if (!kind) {
        const message =
          "send GeoJSON (application/geo+json) or a zipped Shapefile (application/zip)";
        return sendError(c, 415, "unsupported_media_type", message, [
          fieldError("content-type", "not_one_of", message, {
            options: "application/geo+json, application/zip",
          }),
        ]);
      }
      const kommuner = c.get("kommuner");
      const kommun = kommuner.length === 1 ? kommuner[0] : undefined;
      if (kommun === undefined) {
        const message = `an import replaces the areas of one kommun: name it with ?kommun= (you work for ${kommuner.join(", ")})`;
        return sendError(c, 400, "invalid_query", message, [
          fieldError("kommun", "kommun_needed", message),
        ]);
      }
      const query = c.req.valid("query");
      let parsed: ParsedFile;
      try {
        parsed = await parseBoundaryFileOffLoop(kind, bytes, { idField: query.id_field });
      } catch (err) {
        const failed = jobFailure(err);
        if (!failed) throw err;
        const { status, message } = failed;
        if (status === 503) c.header("Retry-After", "10");
        const code = status === 503 ? "busy" : "invalid_file";
        return sendError(c, status, code, message, [fieldError("(body)", "invalid", message)]);
      }
      const result = imports.preview({
        parsed,
        keepMissing: query.keep_missing === "true",
        kommun,
      });
      if (!result.ok) {
        return sendError(c, 400, "invalid_file", result.message, [
          fieldError(result.field, "invalid", result.message),
        ]);
      }
      if (result.valid) return c.json(result.body, 200);
      const { errors, features } = result.body;
      const fields = errors.map((e) => fieldError(`features[${e.index}]`, "invalid", e.reason));
      const message =
        errors.length > 0
          ? `${errors.length} of ${features} features cannot be imported, so none will be`
          : "the file has no usable polygons";
      return c.json({ ...errorBody("invalid_file", message, fields), ...result.body }, 400);
    })
    .post("/commit", validJson(commitBody), (c) => {
      const { token } = c.req.valid("json");
      const who = { actor: actorOf(c), remote: remoteOf(c) };
      const result = imports.commit(token, who, c.get("kommuner"));
      if (result.ok) return c.json(result.body, 200);
      if (result.reason === "plan-changed") {
        return sendError(
          c,
          409,
          "conflict",
          "the areas changed after the preview; preview the file again",
        );
      }
      const minutes = PREVIEW_TTL_MS / 60_000;
      const message = `unknown or expired preview (previews are kept ${minutes} minutes, and not across a restart); preview the file again`;
      return sendError(c, 400, "invalid_token", message, [
        fieldError("token", "not_found", message),
      ]);
    });
}
