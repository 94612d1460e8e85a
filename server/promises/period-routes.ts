// /api/promise-periods: the periods that hold promises. Medborgarlöften are renewed every year or
// two, so a new period can copy another's promises (deadlines move to the new period's end). Each
// period is a kommun's: a caller reads and writes only the periods of their kommuner (another
// kommun's period is a 404), and creates periods only for those.
import { type Context, Hono } from "hono";
import type { Db } from "../db/open.ts";
import { checkMerged, definedOnly, invalidBody } from "../http/crud/merge.ts";
import { changedFields, createAuditedWrite, notFound, recordAt } from "../http/crud/write.ts";
import { type FieldError, fieldError, sendError } from "../http/errors.ts";
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
    ? { ...common, category: "activity", evidence: p.evidence ?? "manual", target: p.target }
    : {
        ...common,
        category: "goal",
        indicator: p.indicator ?? "manual",
        baseline_value: p.baseline_value,
        baseline_label: p.baseline_label,
      };
}

/** The kommun a new period is for: the one named, else the caller's only kommun. */
function kommunOfNew(c: Context, named: string | undefined) {
  const mine = c.get("kommuner");
  if (named !== undefined) {
    return mine.includes(named)
      ? { ok: true as const, kommun: named }
      : {
          ok: false as const,
          status: 403 as const,
          message: `You do not work for kommun ${named}`,
        };
  }
  if (mine.length === 1) return { ok: true as const, kommun: mine[0] as string };
  return {
    ok: false as const,
    status: 400 as const,
    message: `name the kommun of the period: one of ${mine.join(", ")}`,
  };
}

export function periodRoutes(db: Db, clock: Clock) {
  const repo = createPromiseRepo(db, clock);
  const write = createAuditedWrite(db);
  const detail = (id: number, kommuner: readonly string[]) => {
    const period = repo.period(id, kommuner);
    return period && { ...period, promises: repo.promises(id) };
  };
  const mine = (c: Context) => (id: number) => repo.period(id, c.get("kommuner"));
  const copyErrors = (body: unknown, c: Context): FieldError[] => {
    const from = (body as { copy_from?: unknown } | null)?.copy_from;
    return typeof from === "number" && !repo.period(from, c.get("kommuner"))
      ? [fieldError("copy_from", "unknown_period", `no promise period ${from}`, { id: from })]
      : [];
  };

  return new Hono()
    .get("/", (c) => c.json({ periods: repo.periods(c.get("kommuner")) }, 200))
    .get("/:id", (c) => {
      const found = recordAt(c, (id) => detail(id, c.get("kommuner")));
      return found ? c.json(found, 200) : notFound(c, "promise period");
    })
    .post("/", validJson(periodInput, copyErrors), (c) => {
      const { copy_from, kommun: named, ...input } = c.req.valid("json");
      const kommun = kommunOfNew(c, named);
      if (!kommun.ok) {
        const code = kommun.status === 403 ? "other_kommun" : "kommun_needed";
        const field = [fieldError("kommun", code, kommun.message, { kommun: named ?? "" })];
        return kommun.status === 403
          ? sendError(c, 403, "kommun_forbidden", kommun.message, field)
          : sendError(c, 400, "bad_request", `kommun: ${kommun.message}`, field);
      }
      const id = write(c, (audit) => {
        const id = repo.createPeriod({ ...input, kommun: kommun.kommun });
        const copied = copy_from ? repo.promises(copy_from) : [];
        for (const p of copied) {
          repo.createPromise(id, { ...promiseAsBody(p), deadline: input.ends_on });
        }
        const { name, starts_on, ends_on } = input;
        const what = {
          kommun: kommun.kommun,
          name,
          starts_on,
          ends_on,
          copy_from: copy_from ?? null,
          promises: copied.length,
        };
        audit({ action: "create", entity: "promise_periods", entityId: id, detail: what });
        return id;
      });
      return c.json(detail(id, [kommun.kommun]) as NonNullable<ReturnType<typeof detail>>, 201);
    })
    .patch("/:id", validJson(periodPatch), (c) => {
      const existing = recordAt(c, mine(c));
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
      return c.json(
        detail(existing.id, [existing.kommun]) as NonNullable<ReturnType<typeof detail>>,
        200,
      );
    })
    .delete("/:id", (c) => {
      const existing = recordAt(c, mine(c));
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
