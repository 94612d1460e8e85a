// PATCH /:id for records whose patch is a plain "change these fields": 404 for an unknown id, the
// patch laid over the stored record and checked like a new one, then one audited transaction.
import type { Context } from "hono";
import type { z } from "zod";
import type { FieldError } from "../errors.ts";
import { checkMerged, definedOnly, invalidBody } from "./merge.ts";
import {
  type Audit,
  changedFields,
  type createAuditedWrite,
  notFound,
  recordAt,
  recordId,
} from "./write.ts";

export interface PatchPlan<S extends z.ZodType, R> {
  write: ReturnType<typeof createAuditedWrite>;
  /** e.g. "watch group", for the 404 message. */
  what: string;
  /** The record if it exists and lies in one of the kommuner (the caller's). */
  find(id: number, kommuner: readonly string[]): R | undefined;
  /** The stored record in the shape of an input. */
  asInput(record: R): object;
  schema: S;
  /** Errors the schema cannot find, e.g. an unknown area or one of another kommun. */
  check?(merged: object, c: Context): FieldError[];
  save(id: number, data: z.output<S>, changed: string[], audit: Audit): void;
}

export function patchRecord<S extends z.ZodType, R>(
  c: Context,
  patch: object,
  plan: PatchPlan<S, R>,
) {
  const id = recordId(c);
  const existing = recordAt(c, plan.find);
  if (id === null || existing === undefined) return notFound(c, plan.what);
  const changes = definedOnly(patch);
  const merged = { ...plan.asInput(existing), ...changes };
  const checked = checkMerged(plan.schema, merged, plan.check?.(merged, c));
  if (!checked.ok) return invalidBody(c, checked.fields);
  plan.write(c, (audit) => plan.save(id, checked.data, changedFields(changes), audit));
  return c.json(plan.find(id, c.get("kommuner")) as R, 200);
}
