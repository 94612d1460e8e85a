// Boundary imports in two steps: preview (validate and plan a parsed file; writes nothing) and commit
// (re-plan against the current areas and apply it in one transaction with an audit row). An import
// is for one kommun: it replaces that kommun's areas and leaves every other kommun's alone.
import { createAuditLog } from "../audit/log.ts";
import type { Db } from "../db/open.ts";
import { CRS_NAMES } from "../geo/crs.ts";
import type { FileArea, ParsedFile } from "./parse.ts";
import { createPendingStore } from "./pending.ts";
import { planImport, planSignature } from "./plan.ts";
import { createBoundaryRepo } from "./repo.ts";
import type { BoundaryCommit, BoundaryPreview } from "./types.ts";

export interface PreviewRequest {
  /** The file as parseBoundaryFile read it (on a worker thread: parse-off-loop.ts). */
  parsed: ParsedFile;
  keepMissing?: boolean | undefined;
  /** The kommun whose areas the file replaces. */
  kommun: string;
}

interface Pending {
  kommun: string;
  file: FileArea[];
  keepMissing: boolean;
  signature: string;
  crs: string;
  features: number;
}

class PlanChanged extends Error {}

export function createBoundaryImports(db: Db, clock: () => Date = () => new Date()) {
  const repo = createBoundaryRepo(db);
  const audit = createAuditLog(db);
  const pending = createPendingStore<Pending>(clock);

  return {
    preview(
      req: PreviewRequest,
    ):
      | { ok: false; field: string; message: string }
      | { ok: true; valid: boolean; body: BoundaryPreview } {
      const { parsed } = req;
      if (!parsed.ok) return parsed;
      const keepMissing = req.keepMissing === true;
      const { kommun } = req;
      const plan = planImport(parsed.areas, repo.existing([kommun]), {
        keepMissing,
        foreign: repo.others([kommun]),
      });
      const errors = [...parsed.errors, ...plan.errors].sort((a, b) => a.index - b.index);
      const body: BoundaryPreview = {
        crs_detected: parsed.crs,
        crs_name: parsed.crs ? CRS_NAMES[parsed.crs] : null,
        crs_source: parsed.crsSource,
        features: parsed.features,
        areas: errors.length > 0 ? [] : plan.areas,
        errors,
        token: null,
        expires_at: null,
      };
      if (errors.length > 0 || !parsed.crs) return { ok: true, valid: false, body };
      const { token, expiresAt } = pending.put({
        kommun,
        file: parsed.areas,
        keepMissing,
        signature: planSignature(plan),
        crs: parsed.crs,
        features: parsed.features,
      });
      return {
        ok: true,
        valid: true,
        body: { ...body, token, expires_at: expiresAt.toISOString() },
      };
    },

    /** `kommuner`: the committer's; a preview of a kommun outside them is unknown to them. */
    commit(
      token: string,
      who: { actor: string; remote: string | null },
      kommuner: readonly string[],
    ):
      | { ok: true; body: BoundaryCommit }
      | { ok: false; reason: "unknown-token" | "plan-changed" } {
      const p = pending.get(token);
      if (!p || !kommuner.includes(p.kommun)) return { ok: false, reason: "unknown-token" };
      const byIndex = new Map(p.file.map((f) => [f.index, f]));
      const geometryOf = (index: number | null) => {
        const f = index === null ? undefined : byIndex.get(index);
        if (!f) throw new Error(`no file feature ${index}`);
        return f.geometry;
      };
      try {
        const plan = db.transaction(() => {
          const plan = planImport(p.file, repo.existing([p.kommun]), {
            keepMissing: p.keepMissing,
            foreign: repo.others([p.kommun]),
          });
          if (plan.errors.length > 0 || planSignature(plan) !== p.signature)
            throw new PlanChanged();
          for (const a of plan.areas) {
            if (a.action === "insert")
              repo.insert({ ...a, geometry: geometryOf(a.index), kommun: p.kommun });
            if (a.action === "update") repo.update({ ...a, geometry: geometryOf(a.index) });
            if (a.action === "delete") repo.remove(a.id);
          }
          const ids = (action: string) =>
            plan.areas.filter((a) => a.action === action).map((a) => a.id);
          audit.record({
            ...who,
            action: "import",
            entity: "areas",
            detail: {
              what: "area boundaries",
              kommun: p.kommun,
              crs: p.crs,
              features: p.features,
              added: ids("insert"),
              changed: ids("update"),
              unchanged: ids("none").length,
              deleted: ids("delete"),
              kept: ids("keep"),
            },
          });
          return plan;
        })();
        pending.delete(token);
        const count = (action: string) => plan.areas.filter((a) => a.action === action).length;
        return {
          ok: true,
          body: {
            committed: true,
            areas: plan.areas,
            added: count("insert"),
            changed: count("update"),
            unchanged: count("none"),
            deleted: count("delete"),
            kept: count("keep"),
          },
        };
      } catch (err) {
        if (!(err instanceof PlanChanged)) throw err;
        pending.delete(token);
        return { ok: false, reason: "plan-changed" };
      }
    },
  };
}

export type BoundaryImports = ReturnType<typeof createBoundaryImports>;
