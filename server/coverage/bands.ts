// Time bands and the exact split of a presence across them. A band is a day type (weekday or
// weekend) × a time of day in Stockholm local time. Each second of a presence belongs to the band
// of its own local date and clock time, so a presence crossing midnight, a Sunday→Monday boundary
// or a daylight-saving change is split exactly. Pure.
import { DAY_MS, HOUR_MS, isoWeekday, nextOffsetChange, offsetAt } from "./stockholm.ts";

export interface BandSettings {
  /** Hours 0–23, increasing, at which a time-of-day band starts. The last band runs on to the
   * first hour of the next day: [6, 12, 18, 22] has a night band 22–06. */
  hours: readonly number[];
  /** ISO weekdays (1 = Monday … 7 = Sunday) that count as weekend. */
  weekendDays: readonly number[];
}

export type DayType = "weekday" | "weekend";

export interface BandDef {
  /** Position in every band list and in stored totals. */
  index: number;
  /** e.g. 'weekday-18-24', 'weekend-22-06'. */
  key: string;
  day_type: DayType;
  from_hour: number;
  /** 24 for a band ending at midnight; smaller than from_hour for a band running past midnight. */
  to_hour: number;
}

export interface CompiledBands {
  defs: BandDef[];
  byKey: Map<string, BandDef>;
  slots: number;
  slotOfHour: Int8Array;
  /** Hour (1–24) at which the band containing hour h ends within the same local day. */
  slotEndHour: Int8Array;
  weekend: boolean[]; // by ISO weekday
}

const pad = (h: number) => String(h).padStart(2, "0");

export function compileBands(s: BandSettings): CompiledBands {
  const hours = [...s.hours];
  const slots = hours.length;
  const slotOfHour = new Int8Array(24);
  const slotEndHour = new Int8Array(24);
  for (let h = 0; h < 24; h++) {
    let slot = slots - 1; // hours before the first start belong to the band wrapping past midnight
    for (let i = 0; i < slots; i++) if ((hours[i] as number) <= h) slot = i;
    slotOfHour[h] = slot;
    slotEndHour[h] = hours.find((x) => x > h) ?? 24;
  }
  const defs: BandDef[] = [];
  for (const [t, dayType] of (["weekday", "weekend"] as const).entries()) {
    hours.forEach((from, i) => {
      const to =
        i + 1 < slots ? (hours[i + 1] as number) : hours[0] === 0 ? 24 : (hours[0] as number);
      defs.push({
        index: t * slots + i,
        key: `${dayType}-${pad(from)}-${pad(to)}`,
        day_type: dayType,
        from_hour: from,
        to_hour: to,
      });
    });
  }
  const weekend = Array.from({ length: 8 }, (_, d) => s.weekendDays.includes(d));
  return {
    defs,
    byKey: new Map(defs.map((d) => [d.key, d])),
    slots,
    slotOfHour,
    slotEndHour,
    weekend,
  };
}

/** Band index of a local day and a local hour. */
export function bandOf(c: CompiledBands, day: number, hour: number): number {
  const t = c.weekend[isoWeekday(day)] ? 1 : 0;
  return t * c.slots + (c.slotOfHour[hour] as number);
}

export type Emit = (day: number, band: number, seconds: number) => void;

/** A reusable list of pieces (typed arrays that grow), so the hot loop allocates nothing. */
export class Pieces {
  n = 0;
  day = new Int32Array(64);
  band = new Int32Array(64);
  sec = new Int32Array(64);

  push(day: number, band: number, seconds: number) {
    if (this.n === this.day.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      [this.day, this.band, this.sec] = [grow(this.day), grow(this.band), grow(this.sec)];
    }
    this.day[this.n] = day;
    this.band[this.n] = band;
    this.sec[this.n++] = seconds;
  }
}

/**
 * Splits [startMs, endMs) (UTC, whole seconds) into pieces of one local day and band each, in
 * time order, merging neighbouring pieces with the same day and band (a summer-time change inside
 * a band does not split it), into `out` (cleared first). Real elapsed seconds are counted: 00–06
 * holds 7 real hours the night the clocks go back and 5 the night they go forward.
 */
export function splitInto(c: CompiledBands, startMs: number, endMs: number, out: Pieces): number {
  out.n = 0;
  let t = startMs;
  while (t < endMs) {
    const off = offsetAt(t);
    const pieceEnd = Math.min(endMs, nextOffsetChange(t));
    // Within [t, pieceEnd) the offset is constant, so local time is utc + off, linearly.
    let local = t + off;
    const localEnd = pieceEnd + off;
    while (local < localEnd) {
      const day = Math.floor(local / DAY_MS);
      const hour = Math.floor((local - day * DAY_MS) / HOUR_MS);
      const bandEnd = Math.min(localEnd, day * DAY_MS + (c.slotEndHour[hour] as number) * HOUR_MS);
      const band = bandOf(c, day, hour);
      const last = out.n - 1;
      if (last >= 0 && out.day[last] === day && out.band[last] === band) {
        out.sec[last] = (out.sec[last] as number) + (bandEnd - local) / 1000;
      } else out.push(day, band, (bandEnd - local) / 1000);
      local = bandEnd;
    }
    t = pieceEnd;
  }
  return out.n;
}

const scratch = new Pieces();

/** splitInto with a callback per piece. */
export function splitIntoBands(c: CompiledBands, startMs: number, endMs: number, emit: Emit) {
  const n = splitInto(c, startMs, endMs, scratch);
  const { day, band, sec } = scratch;
  for (let i = 0; i < n; i++) emit(day[i] as number, band[i] as number, sec[i] as number);
}

export interface BandPiece {
  day: number;
  band: number;
  seconds: number;
}

/** splitIntoBands as a list, for callers that are not in a hot loop. */
export function bandPieces(c: CompiledBands, startMs: number, endMs: number): BandPiece[] {
  const out: BandPiece[] = [];
  splitIntoBands(c, startMs, endMs, (day, band, seconds) => out.push({ day, band, seconds }));
  return out;
}
