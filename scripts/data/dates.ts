// Calendar helpers on whole days since 1970-01-01 (UTC). Pure; no locale, no local time zone.

const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Not a YYYY-MM-DD date: ${iso}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const n = Date.UTC(y, mo - 1, d) / DAY_MS;
  if (isoDay(n) !== iso) throw new Error(`No such date: ${iso}`);
  return n;
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

export const isWeekend = (day: number) => weekday(day) === 0 || weekday(day) === 6;

/** "2018-Q3" for any day in July–September 2018. */
export function quarterOf(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** Every quarter from the first to the last year, inclusive. */
export function quarters(fromYear: number, toYear: number): string[] {
  const out: string[] = [];
  for (let y = fromYear; y <= toYear; y++) for (let q = 1; q <= 4; q++) out.push(`${y}-Q${q}`);
  return out;
}

/** "2019-07" → days of that month. */
export function monthDays(month: string): number[] {
  const first = dayNumber(`${month}-01`);
  const out: number[] = [];
  for (let d = first; isoDay(d).startsWith(month); d++) out.push(d);
  return out;
}

export function months(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = dayNumber(`${from}-01`); isoDay(d).slice(0, 7) <= to; ) {
    const m = isoDay(d).slice(0, 7);
    out.push(m);
    d += monthDays(m).length;
  }
  return out;
}

function lastSunday(year: number, month: number): number {
  let d = Date.UTC(year, month, 0) / DAY_MS; // day 0 of the next month = last day of `month`
  while (weekday(d) !== 0) d--;
  return d;
}

/**
 * Hours Stockholm is ahead of UTC on a given day, for clock times after 03:00: summer time runs
 * from the last Sunday of March to the last Sunday of October (EU rule).
 */
export function stockholmOffset(day: number): 1 | 2 {
  const year = new Date(day * DAY_MS).getUTCFullYear();
  return day >= lastSunday(year, 3) && day < lastSunday(year, 10) ? 2 : 1;
}

/** Stockholm wall-clock time (minutes after midnight, ≥ 03:00) on a day → "YYYY-MM-DDTHH:MM:SSZ". */
export function stockholmToUtc(day: number, minutes: number): string {
  const ms = day * DAY_MS + (minutes - stockholmOffset(day) * 60) * 60_000;
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
