// The reporting period that every figure is computed for, taken from `from`/`to` query parameters.
import { z } from "zod";
import { type IsoDate, isIsoDate, periodStart } from "./dates.ts";

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** How many months the default period covers, ending on the last day with data. */
export const DEFAULT_PERIOD_MONTHS = 12;

const date = (field: string) =>
  z.string().refine(isIsoDate, { message: `${field} must be a real date written YYYY-MM-DD` });

/** Query parameters that select a period; unknown parameters are rejected by the routes' schemas. */
export const periodParams = {
  from: date("from").optional(),
  to: date("to").optional(),
};

export function defaultPeriod(dataEnd: IsoDate): Period {
  return { from: periodStart(dataEnd, DEFAULT_PERIOD_MONTHS), to: dataEnd };
}

/**
 * Fills in a missing end from the data (or, for `to` alone, twelve months back from it).
 * Returns a message naming the field when `from` is after `to`.
 */
export function resolvePeriod(
  query: { from?: IsoDate | undefined; to?: IsoDate | undefined },
  dataEnd: IsoDate,
): { ok: true; period: Period } | { ok: false; field: string; message: string } {
  const to = query.to ?? (query.from && query.from > dataEnd ? query.from : dataEnd);
  const from = query.from ?? periodStart(to, DEFAULT_PERIOD_MONTHS);
  if (from > to) return { ok: false, field: "from", message: `from (${from}) is after to (${to})` };
  return { ok: true, period: { from, to } };
}
