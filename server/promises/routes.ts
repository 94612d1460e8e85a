// /api/promises (and /api/promise-periods): planners edit promises, log manual progress, and read
// the progress of a period. Every write is one transaction with its audit row; deletes are soft.
// A caller reads and writes only the promises of their kommuner' periods: another kommun's
// promise, period or progress entry is a 404 to them.
import { type Context, Hono } from "hono";
import type { Db } from "../db/open.ts";
import { softDeleteRoute } from "../http/crud/delete.ts";
import { checkMerged, definedOnly, invalidBody } from "../http/crud/merge.ts";
import { changedFields, createAuditedWrite, notFound, recordAt } from "../http/crud/write.ts";
import { type FieldError, fieldError, sendError } from "../http/errors.ts";
import { validJson, validQuery } from "../http/validate.ts";
import { type Clock, todayUtc } from "../period/dates.ts";
import { periodRoutes, promiseAsBody } from "./period-routes.ts";
import type { PromisePeriod, PromiseRecord } from "./repo.ts";
import {
  type PromiseBody,
  progressInput,
  progressQuery,
  promiseBody,
  promiseInput,
  promisePatch,
} from "./schema.ts";
import { createProgressService } from "./service.ts";

/** A deadline must fall inside its period. */
function deadlineErrors(
  deadline: string | undefined,
  period: PromisePeriod | undefined,
): FieldError[] {
  if (!deadline || !period) return [];
  if (deadline >= period.starts_on && deadline <= period.ends_on) return [];
  const message = `must be within the period (${period.starts_on} to ${period.ends_on})`;
  return [
    fieldError("deadline", "outside_period", message, {
      from: period.starts_on,
      to: period.ends_on,
    }),
  ];
}

const auditOf = (p: PromiseBody) => ({
  category: p.category,
  ...(p.category === "activity"
    ? { evidence: p.evidence, target: p.target }
    : { indicator: p.indicator }),
  deadline: p.deadline ?? null,
});

function promiseItemRoutes(db: Db, clock: Clock) {
  const service = createProgressService(db, clock);
  const { repo } = service;
  const write = createAuditedWrite(db);
  const mine = (c: Context) => c.get("kommuner");
  const promiseOf = (c: Context) => (id: number) => repo.promise(id, mine(c));
  const periodErrors = (body: unknown, c: Context): FieldError[] => {
    const b = (body ?? {}) as { period_id?: unknown; deadline?: unknown };
    if (typeof b.period_id !== "number") return [];
    const period = repo.period(b.period_id, mine(c));
    if (!period) {
      const message = `no promise period ${b.period_id}`;
      return [fieldError("period_id", "unknown_period", message, { id: b.period_id })];
    }
    return deadlineErrors(typeof b.deadline === "string" ? b.deadline : undefined, period);
  };

  return new Hono()
    .get("/", validQuery(progressQuery), (c) => {
      const { period_id } = c.req.valid("query");
      const id = period_id
        ? Number(period_id)
        : service.currentPeriodId(todayUtc(clock()), mine(c));
      const period = id === undefined ? undefined : repo.period(id, mine(c));
      return c.json({ promises: period ? repo.promises(period.id) : [] }, 200);
    })
    .get("/progress", validQuery(progressQuery), (c) => {
      const { period_id } = c.req.valid("query");
      const today = todayUtc(clock());
      const id = period_id ? Number(period_id) : service.currentPeriodId(today, mine(c));
      const progress = id === undefined ? undefined : service.progress(id, today, "day", mine(c));
      if (!progress)
        return sendError(c, 404, "not_found", `No promise period '${period_id ?? ""}'`);
      return c.json(progress, 200);
    })
    .get("/:id", (c) => {
      const found = recordAt(c, promiseOf(c));
      return found ? c.json(found, 200) : notFound(c, "promise");
    })
    .post("/", validJson(promiseInput, periodErrors), (c) => {
      const { period_id, ...body } = c.req.valid("json");
      const period = repo.period(period_id, mine(c)) as PromisePeriod;
      const id = write(c, (audit) => {
        const id = repo.createPromise(period_id, {
          ...body,
          deadline: body.deadline ?? period.ends_on,
        });
        audit({
          action: "create",
          entity: "promises",
          entityId: id,
          detail: { period_id, ...auditOf(body) },
        });
        return id;
      });
      return c.json(repo.promise(id) as PromiseRecord, 201);
    })
    .patch("/:id", validJson(promisePatch), (c) => {
      const existing = recordAt(c, promiseOf(c));
      if (!existing) return notFound(c, "promise");
      const patch = definedOnly(c.req.valid("json"));
      const extra: FieldError[] = [];
      const other =
        existing.category === "activity"
          ? (["indicator", "baseline_value", "baseline_label"] as const)
          : (["evidence", "target"] as const);
      for (const f of other) {
        if (f in patch)
          extra.push(
            fieldError(f, "not_for_category", `a ${existing.category} promise has no ${f}`, {
              category: existing.category,
            }),
          );
      }
      const merged = { ...promiseAsBody(existing), ...patch };
      for (const f of other) delete (merged as Record<string, unknown>)[f];
      extra.push(...deadlineErrors(merged.deadline, repo.period(existing.period_id)));
      const checked = checkMerged(promiseBody, merged, extra);
      if (!checked.ok) return invalidBody(c, checked.fields);
      const data = checked.data;
      write(c, (audit) => {
        repo.updatePromise(
          existing.id,
          { ...data, deadline: data.deadline ?? existing.deadline },
          data.position ?? existing.position,
        );
        audit({
          action: "update",
          entity: "promises",
          entityId: existing.id,
          detail: { changed: changedFields(patch) },
        });
      });
      return c.json(repo.promise(existing.id) as PromiseRecord, 200);
    })
    .delete("/:id", (c) => {
      const existing = recordAt(c, promiseOf(c));
      if (!existing) return notFound(c, "promise");
      return softDeleteRoute(write, "promises", "promise", repo.softDeletePromise)(c);
    })
    .post("/:id/progress", validJson(progressInput), (c) => {
      const promise = recordAt(c, promiseOf(c));
      if (!promise) return notFound(c, "promise");
      const input = c.req.valid("json");
      const id = write(c, (audit) => {
        const id = repo.addProgress(promise.id, input);
        // The note may name people: the audit row keeps only what counts.
        const detail = {
          promise_id: promise.id,
          date: input.date,
          amount: input.amount ?? 1,
          value: input.value ?? null,
        };
        audit({ action: "create", entity: "promise_progress", entityId: id, detail });
        return id;
      });
      return c.json(
        repo.progressEntry(id) as NonNullable<ReturnType<typeof repo.progressEntry>>,
        201,
      );
    })
    .delete("/progress/:id", (c) => {
      const existing = recordAt(c, (id) => repo.progressEntry(id, mine(c)));
      if (!existing) return notFound(c, "progress entry");
      return softDeleteRoute(
        write,
        "promise_progress",
        "progress entry",
        repo.softDeleteProgress,
      )(c);
    });
}

/** Mounted at the API root: both prefixes in one router. */
export function promiseRoutes(db: Db, clock: Clock) {
  return new Hono()
    .route("/promise-periods", periodRoutes(db, clock))
    .route("/promises", promiseItemRoutes(db, clock));
}
