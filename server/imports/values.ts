// Cell values as Swedish spreadsheets write them, read into what the API's schemas expect. Pure.
//
// Dates: YYYY-MM-DD (ISO, what Swedish Excel writes), D/M/YYYY and D.M.YYYY (day first, as in
// Swedish and most European usage; 1 or 2 digits for day and month). A time after the date
// ("2019-06-10 00:00", as Excel adds to date cells) is dropped. Month-first (US) dates are not read:
// 3/4/2019 is the 3rd of April. Numbers: decimal comma or point ("55,6401"); whole numbers may
// group thousands with spaces ("1 250"), never with a comma or point (ambiguous).
import { isIsoDate } from "../period/dates.ts";
import { type Reason, type ReasonCode, type ReasonParams, reason } from "./reasons.ts";

export type Read<T> = { ok: true; value: T; warnings?: Reason[] } | ({ ok: false } & Reason);

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(code: ReasonCode, params: ReasonParams): Read<T> => ({
  ok: false,
  ...reason(code, params),
});

/** Longest cell quoted back in a message; a longer one is cut with "…". */
export const MAX_QUOTED = 60;

/** A cell as a message quotes it: at most MAX_QUOTED characters, so an error list stays small. */
export function quoted(cell: string): string {
  const s = [...cell];
  return `'${s.length > MAX_QUOTED ? `${s.slice(0, MAX_QUOTED).join("")}…` : cell}'`;
}

/** Lower case, accents and punctuation removed: "Märk-DNA satser" → "markdnasatser". */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

export function readDate(cell: string): Read<string> {
  const s = cell.trim().replace(/[ T]\d{1,2}:\d{2}(:\d{2})?$/, "");
  let iso: string | undefined;
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) iso = s;
  else if (dayFirst) {
    const [, d = "", m = "", y = ""] = dayFirst;
    iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  }
  if (iso && isIsoDate(iso)) return ok(iso);
  return fail("not_date", { value: quoted(cell) });
}

/** A decimal number with a comma or a point, e.g. a coordinate. */
export function readDecimal(cell: string): Read<number> {
  const s = cell.trim().replace(/^\u2212/, "-");
  if (!/^[-+]?\d+([.,]\d+)?$/.test(s)) return fail("not_number", { value: quoted(cell) });
  return ok(Number(s.replace(",", ".")));
}

/** A whole number; spaces (also non-breaking) may group the thousands. */
export function readWhole(cell: string): Read<number> {
  const s = cell.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (!/^[-+]?\d+$/.test(s)) return fail("not_whole_number", { value: quoted(cell) });
  return ok(Number(s));
}

/** A list in one cell: "polis, kommun", "polis; kommun", "polis och kommun", "polis/kommun". */
export function splitList(cell: string): string[] {
  return cell
    .split(/\s*(?:[,;|/+]|\boch\b|\band\b)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** A fixed set of values, each with its spellings (folded), Swedish and English words first. */
export interface Words<T extends string> {
  lookup: Map<string, T>;
  /** The Swedish word of each value, as messages name it. */
  sv: string[];
  en: string[];
}

/** Builds a word table from `value: [Swedish, English, other spellings…]`. */
export function wordTable<T extends string>(
  spellings: Record<T, [sv: string, en: string, ...other: string[]]>,
): Words<T> {
  const lookup = new Map<string, T>();
  const entries = Object.entries(spellings) as [T, string[]][];
  for (const [value, words] of entries) {
    for (const w of [value, ...words]) lookup.set(fold(w), value);
  }
  return {
    lookup,
    sv: entries.map(([, [sv = ""]]) => sv),
    en: entries.map(([, [, en = ""]]) => en),
  };
}
