// Numbers, shares, days and dates formatted with Intl for the user's language. The one place that
// knows locales, so the panel, the list and the legend agree on how a figure looks.
import type { ClassRange, Measure, MeasureUnit } from "../map/classify.ts";
import { SCALES } from "../map/classify.ts";

export const LANGUAGES = ["sv", "en"] as const;
export type Lang = (typeof LANGUAGES)[number];

const LOCALES: Record<Lang, string> = { sv: "sv-SE", en: "en-GB" };

export function locale(lang: Lang): string {
  return LOCALES[lang];
}

export function isLang(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** @example formatInteger(12345, "sv") // "12 345" (with a no-break space) */
export function formatInteger(n: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }).format(n);
}

/**
 * A number with the decimals it has (up to `max`), in the language's way: a decimal comma in Swedish.
 * @example formatDecimal(2.12, "sv") // "2,12"
 */
export function formatDecimal(n: number, lang: Lang, max = 2): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: max }).format(n);
}

/**
 * A share 0..1 as a whole percentage; below 1 % but above 0 gets one decimal so it is not shown
 * as a misleading "0 %".
 * @example formatShare(0.423, "en") // "42%"
 */
export function formatShare(share: number, lang: Lang): string {
  const digits = share > 0 && share < 0.01 ? 1 : 0;
  return new Intl.NumberFormat(locale(lang), {
    style: "percent",
    maximumFractionDigits: digits,
  }).format(share);
}

// Intl's Swedish unit for "day" is "dygn" (24 hours); planners count calendar days, "dagar".
const DAY_WORDS: Record<Lang, Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }> = {
  sv: { one: "dag", other: "dagar" },
  en: { one: "day", other: "days" },
};

/** @example formatDays(1, "en") // "1 day" */
export function formatDays(days: number, lang: Lang): string {
  const rule = new Intl.PluralRules(locale(lang)).select(days);
  const words = DAY_WORDS[lang];
  return `${formatInteger(days, lang)} ${words[rule] ?? words.other}`;
}

/**
 * A calendar date 'YYYY-MM-DD', formatted in UTC so that no time zone moves the day.
 * @example formatDate("2019-03-14", "sv") // "14 mars 2019"
 */
export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** A value of a measure with its unit, or null when there is none (the caller words that). */
export function formatMeasureValue(measure: Measure, value: number | null, lang: Lang): string {
  if (value === null) return "–";
  return formatInUnit(SCALES[measure].unit, value, lang);
}

function formatInUnit(unit: MeasureUnit, value: number, lang: Lang): string {
  if (unit === "share") return formatShare(value, lang);
  if (unit === "days") return formatDays(value, lang);
  return formatInteger(value, lang);
}

/**
 * A legend class as a range with its unit. Whole-number units show inclusive ends (0–89 days);
 * shares show the break values (10–25 %), the lower one included.
 * @example formatClassRange("visits", { lower: 3, upper: 5 }, "en") // "3–4"
 */
export function formatClassRange(measure: Measure, range: ClassRange, lang: Lang): string {
  const { unit } = SCALES[measure];
  const { lower, upper } = range;
  if (unit === "share") {
    return `${formatShare(lower, lang).replace(/\s?%$/, "")}–${formatShare(upper ?? 1, lang)}`;
  }
  if (upper === null) return `≥ ${formatInUnit(unit, lower, lang)}`;
  if (upper - 1 === lower) return formatInUnit(unit, lower, lang);
  return `${formatInteger(lower, lang)}–${formatInUnit(unit, upper - 1, lang)}`;
}
