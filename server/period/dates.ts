// The one date helper: calendar dates as 'YYYY-MM-DD' strings, computed in UTC so that no time zone
// or daylight-saving shift can move a day.

export type IsoDate = string;

const DAY_MS = 86_400_000;

/** True when s is a real calendar date written as YYYY-MM-DD (rejects 2019-02-30). */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function toUtc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toUtc(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The day after the same date `months` months earlier: the start of a period of `months` months
 * that ends on (and includes) `end`. 2019-12-31 with 12 months gives 2019-01-01.
 * @example periodStart("2019-12-31", 12) // "2019-01-01"
 */
export function periodStart(end: IsoDate, months: number): IsoDate {
  const d = toUtc(end);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const back = new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay)));
  return addDays(back.toISOString().slice(0, 10), 1);
}

/** Months 'YYYY-MM' from the month of `from` to the month of `to`. */
export function monthsBetween(from: IsoDate, to: IsoDate): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    if (key > last) return out;
    out.push(key);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

/** The last day of a month 'YYYY-MM'. */
export function monthEnd(month: string): IsoDate {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The last day of the month before `date`'s month. */
export function previousMonthEnd(date: IsoDate): IsoDate {
  return addDays(`${date.slice(0, 7)}-01`, -1);
}

export function todayUtc(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}

/** What time it is: the app's one clock, injected (tests fix it; the server reads the system's). */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
