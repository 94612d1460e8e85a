// /api/promise-periods: the periods that hold promises. Medborgarlöften are renewed every year or
// two, so a new period can copy another's promises (deadlines move to the new period's end).
import { Hono } from "hono";
import type { Db } from "../db/open.ts";
import { checkMerged, definedOnly, invalidBody } from "../http/crud/merge.ts";
import { changedFields, createAuditedWrite, notFound, recordAt } from "../http/crud/write.ts";
import { type FieldError, fieldError } from "../http/errors.ts";
import { validJson } from "../http/validate.ts";
import type { Clock } from "../period/dates.ts";
import { createPromiseRepo, type PromiseRecord } from "./repo.ts";
import { type PromiseBody, periodInput, periodPatch, periodShape } from "./schema.ts";

/** A stored promise as the body that would create it, for copying into a new period. */
export function promiseAsBody(p: PromiseRecord): PromiseBody {
  const common = {
    title_sv: p.title_sv,
    title_en: p.title_en,
    measure: p.measure,
    deadline: p.deadline,
    position: p.position,
    source_url: p.source_url,
  };
  return p.category === "activity"
    ? { ...common, category: "activity", evidence: p.evidence ?? "manual", target: p.target ?? 0 }
    : {
        ...common,
        category: "goal",
        indicator: p.indicator ?? "manual",
        baseline_value: p.baseline_value,
        baseline_label: p.baseline_label,
      };
}

export function periodRoutes(db: Db, clock: Clock) {
  const repo = createPromiseRepo(db, clock);
  const write = createAuditedWrite(db);
  const detail = (id: number) => {
    const period = repo.period(id);
    return period && { ...period, promises: repo.promises(id) };
  };
  const copyErrors = (body: unknown): FieldError[] => {
    const from = (body as { copy_from?: unknown } | null)?.copy_from;
    return typeof from === "number" && !repo.period(from)
      ? [fieldError("copy_from", "unknown_period", `no promise period ${from}`, { id: from })]
      : [];
  };

  return new Hono()
    .get("/", (c) => c.json({ periods: repo.periods() }, 200))
    .get("/:id", (c) => {
      const found = recordAt(c, detail);
      return found ? c.json(found, 200) : notFound(c, "promise period");
    })
    .post("/", validJson(periodInput, copyErrors), (c) => {
      const { copy_from, ...input } = c.req.valid("json");
      const id = write(c, (audit) => {
        const id = repo.createPeriod(input);
        const copied = copy_from ? repo.promises(copy_from) : [];
        for (const p of copied) {
          repo.createPromise(id, { ...promiseAsBody(p), deadline: input.ends_on });
        }
        const { name, starts_on, ends_on } = input;
        const what = {
          name,
          starts_on,
          ends_on,
          copy_from: copy_from ?? null,
          promises: copied.length,
        };
        audit({ action: "create", entity: "promise_periods", entityId: id, detail: what });
        return id;
      });
      return c.json(detail(id) as NonNullable<ReturnType<typeof detail>>, 201);
    })
    .patch("/:id", validJson(periodPatch), (c) => {
      const existing = recordAt(c, repo.period);
      if (!existing) return notFound(c, "promise period");
      const patch = definedOnly(c.req.valid("json"));
      const { name, starts_on, ends_on, signed_by, source_url } = existing;
      const merged = { name, starts_on, ends_on, signed_by, source_url, ...patch };
      const checked = checkMerged(periodShape, merged);
      if (!checked.ok) return invalidBody(c, checked.fields);
      write(c, (audit) => {
        repo.updatePeriod(existing.id, checked.data);
        const changed = changedFields(patch);
        audit({
          action: "update",
          entity: "promise_periods",
          entityId: existing.id,
          detail: { changed },
        });
      });
      return c.json(detail(existing.id) as NonNullable<ReturnType<typeof detail>>, 200);
    })
    .delete("/:id", (c) => {
      const existing = recordAt(c, repo.period);
      if (!existing) return notFound(c, "promise period");
      // The period and its promises go together, so no promise is left without a period.
      write(c, (audit) => {
        for (const p of repo.promises(existing.id)) repo.softDeletePromise(p.id);
        repo.softDeletePeriod(existing.id);
        audit({ action: "delete", entity: "promise_periods", entityId: existing.id });
      });
      return c.json({ id: existing.id, deleted: true as const }, 200);
    });
}
