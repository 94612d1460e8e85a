// ISO 8601 weeks ('2019-W07': Monday to Sunday, week 1 holds the year's first Thursday). Pure.
import { addDays, type IsoDate, isIsoDate } from "../period/dates.ts";
import { isoToDay, isoWeekday } from "./stockholm.ts";

export const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** The ISO week a date belongs to. */
export function isoWeekOf(date: IsoDate): string {
  const thursday = addDays(date, 4 - isoWeekday(isoToDay(date)));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((isoToDay(thursday) - isoToDay(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** Monday of an ISO week, or null when the week does not exist (W53 of a 52-week year). */
export function weekMonday(week: string): IsoDate | null {
  const m = WEEK_PATTERN.exec(week);
  if (!m) return null;
  const [year, n] = [Number(m[1]), Number(m[2])];
  const jan4 = `${year}-01-04`; // always in week 1
  const monday = addDays(addDays(jan4, 1 - isoWeekday(isoToDay(jan4))), (n - 1) * 7);
  return n >= 1 && isoWeekOf(monday) === week ? monday : null;
}

/** The weeks whose Thursday falls in [from, to]: a calendar year gives its 52 or 53 ISO weeks. */
export function weeksInPeriod(from: IsoDate, to: IsoDate): string[] {
  if (!isIsoDate(from) || !isIsoDate(to) || from > to) return [];
  let thursday = addDays(from, (4 - isoWeekday(isoToDay(from)) + 7) % 7);
  const out: string[] = [];
  while (thursday <= to) {
    out.push(isoWeekOf(thursday));
    thursday = addDays(thursday, 7);
  }
  return out;
}
