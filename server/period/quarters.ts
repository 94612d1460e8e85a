// Pure: quarters written 'YYYY-QN' (the one place for quarter arithmetic; quarter-sql.ts is its
// SQL twin): first and last day, parsing, listing, and the same quarter a year before.
import type { IsoDate } from "./dates.ts";

/** First day of a quarter written 'YYYY-QN'. */
export function quarterStart(quarter: string): IsoDate {
  const year = quarter.slice(0, 4);
  const q = Number(quarter.slice(6, 7));
  return `${year}-${String((q - 1) * 3 + 1).padStart(2, "0")}-01`;
}

/** Last day of a quarter written 'YYYY-QN'. */
export function quarterEnd(quarter: string): IsoDate {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6, 7));
  return new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
}

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

export function isQuarter(s: string): boolean {
  return QUARTER_PATTERN.test(s);
}

export function quarterOf(date: IsoDate): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Every quarter that overlaps [from, to], in order. */
export function quartersBetween(from: IsoDate, to: IsoDate): string[] {
  const out: string[] = [];
  for (let q = quarterOf(from); quarterStart(q) <= to; q = nextQuarter(q)) out.push(q);
  return out;
}

export function nextQuarter(q: string): string {
  const [y, n] = [Number(q.slice(0, 4)), Number(q.slice(6, 7))];
  return n === 4 ? `${y + 1}-Q1` : `${y}-Q${n + 1}`;
}

export function yearBefore(q: string): string {
  return `${Number(q.slice(0, 4)) - 1}${q.slice(4)}`;
}

/** A quarter has ended when its last day is before today. */
export function quarterEnded(q: string, today: IsoDate): boolean {
  return quarterEnd(q) < today;
}
