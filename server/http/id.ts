// A record's id in a path (`/visits/:id`, `/internal/presence/:id`, …): the one rule every route
// reads it by. Digits only, no leading zero (one id has one spelling, so `01` never reads as 1),
// at most 15 digits (a safe integer). Pure.
import { type FieldError, fieldError } from "./errors.ts";

const ID_PATTERN = /^[1-9]\d{0,14}$/;

/** A path id: a positive whole number, else the field error to answer with. */
export function parseId(
  raw: string | undefined,
): { ok: true; id: number } | { ok: false; fields: FieldError[] } {
  if (raw !== undefined && ID_PATTERN.test(raw)) return { ok: true, id: Number(raw) };
  return { ok: false, fields: [fieldError("id", "not_id", "id must be a positive whole number")] };
}
