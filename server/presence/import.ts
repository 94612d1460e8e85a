// CSV import of a presence log: every row is checked first (times, actor, kind, place, duplicates
// of stored presences or of earlier rows); one bad row and nothing is imported, and the answer
// lists every bad row with its line and reason. A good file goes in as one transaction with its
// coverage totals and one audit row.
import { createAuditLog } from "../audit/log.ts";
import type { CoverageEngine } from "../coverage/engine.ts";
import type { Db } from "../db/open.ts";
import { reason, rowError } from "../imports/reasons.ts";
import { quoted } from "../imports/values.ts";
import { readCsv } from "./csv.ts";
import { rowToDraft } from "./csv-row.ts";
import type { PresenceValues } from "./repo.ts";
import type { PresenceService, Who } from "./service.ts";
import { ACTORS, type ImportResult, type ImportRowError, type PresenceActor } from "./types.ts";

export type ImportOutcome =
  | { ok: true; result: ImportResult }
  | { ok: false; code: "invalid_csv" | "invalid_rows"; errors: ImportRowError[] };

export function createPresenceImport(db: Db, coverage: CoverageEngine, service: PresenceService) {
  const audit = createAuditLog(db);

  /** The file's bytes (read as every CSV upload is), or its text. */
  return function importCsv(file: Uint8Array | string, dryRun: boolean, who: Who): ImportOutcome {
    const read = readCsv(file);
    if (!read.ok) return { ok: false, code: "invalid_csv", errors: read.errors };
    const errors: ImportRowError[] = [...read.errors];
    const good: PresenceValues[] = [];
    const seen = new Map<string, number>(); // row values → first line, to catch repeats in the file
    for (const row of read.rows) {
      const r = rowToDraft(row);
      const rowErrors = r.ok ? [] : r.errors;
      const place = r.ok ? r.draft.place : r.place;
      const placed = place ? service.resolvePlace(place) : undefined;
      if (placed && !placed.ok) {
        const why =
          placed.code === "unknown_area"
            ? reason("no_area_id", { value: quoted(String(placed.params?.area_id ?? "")) })
            : reason("far_from_areas", { radius: Number(placed.params?.radius) });
        rowErrors.push(rowError(row.line, placed.field.replace(/^place\./, ""), why));
      }
      if (!r.ok || !placed?.ok) {
        errors.push(...rowErrors);
        continue;
      }
      const v = service.values(r.draft, placed.cols);
      const key = JSON.stringify([
        v.starts_at,
        v.ends_at,
        v.actor,
        v.kind,
        v.area_id,
        v.lon,
        v.lat,
        v.route,
      ]);
      const stored = service.repo.duplicateOf(v);
      const earlier = seen.get(key);
      if (stored !== undefined) {
        errors.push(rowError(row.line, "(row)", reason("already_stored", { id: stored })));
      } else if (earlier !== undefined) {
        errors.push(rowError(row.line, "(row)", reason("repeats_line", { line: earlier })));
      } else {
        seen.set(key, row.line);
        good.push(v);
      }
    }
    if (errors.length > 0) {
      errors.sort((a, b) => a.line - b.line);
      return { ok: false, code: "invalid_rows", errors };
    }

    const by_actor = Object.fromEntries(ACTORS.map((a) => [a, 0])) as Record<PresenceActor, number>;
    for (const v of good) by_actor[v.actor]++;
    const result: ImportResult = {
      dry_run: dryRun,
      rows: read.rows.length,
      imported: 0,
      encoding: read.encoding,
      delimiter: read.delimiter,
      first_id: null,
      last_id: null,
      from: good.reduce<string | null>(
        (m, v) => (m === null || v.starts_at < m ? v.starts_at : m),
        null,
      ),
      to: good.reduce<string | null>((m, v) => (m === null || v.ends_at > m ? v.ends_at : m), null),
      by_actor,
    };
    if (dryRun || good.length === 0) return { ok: true, result };

    const ids = coverage.write(() => {
      const inserted = good.map((v) => {
        const id = service.repo.insert(v);
        coverage.apply(null, v);
        return id;
      });
      const detail = { rows: inserted.length, first_id: inserted[0], last_id: inserted.at(-1) };
      audit.record({ ...who, action: "import", entity: "presence", detail });
      return inserted;
    });
    return {
      ok: true,
      result: {
        ...result,
        imported: ids.length,
        first_id: ids[0] ?? null,
        last_id: ids.at(-1) ?? null,
      },
    };
  };
}
