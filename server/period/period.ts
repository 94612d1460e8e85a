// The reporting period that every figure is computed for, taken from `from`/`to` query parameters.
import { z } from "zod";
import { type FieldError, fieldError } from "../http/errors.ts";
import { coded } from "../http/field-codes.ts";
import { type IsoDate, isIsoDate, periodStart } from "./dates.ts";

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** How many months the default period covers, ending today (resolvePeriod: on the data's last day). */
export const DEFAULT_PERIOD_MONTHS = 12;

const date = (field: string) =>
  z.string().refine(isIsoDate, {
    message: `${field} must be a real date written YYYY-MM-DD`,
    params: coded("not_date"),
  });

/** Query parameters that select a period; unknown parameters are rejected by the routes' schemas. */
export const periodParams = {
  from: date("from").optional(),
  to: date("to").optional(),
};

/**
 * The period a view opens with: the twelve months up to and including `today`. Anchored to the
 * calendar, not to the newest date in the data, so one session planned for next month does not
 * move everyone's default into an empty year (the presets are in presets.ts).
 * @example defaultPeriod("2026-12-04") // { from: "2025-12-05", to: "2026-12-04" }
 */
export function defaultPeriod(today: IsoDate): Period {
  return { from: periodStart(today, DEFAULT_PERIOD_MONTHS), to: today };
}

/**
 * Fills in a missing end from the data (or, for `to` alone, twelve months back from it).
 * Returns a message naming the field when `from` is after `to`.
 */
export function resolvePeriod(
  query: { from?: IsoDate | undefined; to?: IsoDate | undefined },
  dataEnd: IsoDate,
): { ok: true; period: Period } | ({ ok: false } & FieldError) {
  const to = query.to ?? (query.from && query.from > dataEnd ? query.from : dataEnd);
  const from = query.from ?? periodStart(to, DEFAULT_PERIOD_MONTHS);
  if (from > to) {
    return {
      ok: false,
      ...fieldError("from", "from_after_to", `from (${from}) is after to (${to})`),
    };
  }
  return { ok: true, period: { from, to } };
}
