// Pure: how a public figure is said, so that every figure says what it counts and over exactly
// which period, the same on /loften, the report page and the static export. Quarters read
// "kv. 4 2018" in tables and on charts, "kvartal 4 2018" in sentences; ISO weeks "v. 29 2018";
// released ranges "21–29" (server/privacy/rules.ts); activities exactly, "8 (mål: minst 5)".
import type { TFunction } from "i18next";
import { WEEK_PATTERN } from "../../server/coverage/weeks.ts";
import { QUARTER_PATTERN } from "../../server/period/quarters.ts";
import type { PublicFact } from "../../server/privacy/facts.ts";
import type { PublicPeriod } from "../../server/privacy/progress.ts";
import type { PublicActivityPromise } from "../../server/privacy/progress-activities.ts";
import type { PublicFigure } from "../../server/privacy/progress-goal-figures.ts";
import type { SmallCount } from "../../server/privacy/rules.ts";
import { formatDate, formatDecimal, formatInteger, type Lang } from "../i18n/format.ts";

/** "2018-Q4" → "kv. 4 2018" (tables, chart axes); anything else as it is. */
export function quarterShort(quarter: string, t: TFunction): string {
  const m = QUARTER_PATTERN.exec(quarter);
  return m ? t("pub.figures.quarterShort", { n: m[2], year: m[1] }) : quarter;
}

/** "2018-Q4" → "kvartal 4 2018" (sentences, headings). */
export function quarterLong(quarter: string, t: TFunction): string {
  const m = QUARTER_PATTERN.exec(quarter);
  return m ? t("pub.figures.quarterLong", { n: m[2], year: m[1] }) : quarter;
}

/** "2018-W07" → "v. 7 2018". */
export function weekLabel(week: string, t: TFunction): string {
  const m = WEEK_PATTERN.exec(week);
  return m ? t("pub.figures.week", { n: Number(m[2]), year: m[1] }) : week;
}

/** "2019-03" → "mars 2019" / "March 2019". */
export function monthLabel(month: string, lang: Lang): string {
  const [y, m] = month.split("-").map(Number);
  const date = new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, 1));
  return new Intl.DateTimeFormat(lang === "sv" ? "sv-SE" : "en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** A count released per quarter: "<5", or the number in the language's way ("1 308"). */
export function smallCountText(c: SmallCount | null, lang: Lang): string {
  if (c === null) return "—";
  return c.value === null ? c.display : formatInteger(c.value, lang);
}

/**
 * A police-area total summed from the kommuner's released counts: exact ("1 234"), the range the
 * released values allow when one kommun's was "<5" ("21–29"), or "<5" when even the top is under 5.
 * @example releasedText({ min: 21, max: 29, approximate: true, display: "21–29" }, "sv") // "21–29"
 */
export function releasedText(
  r: { min: number; max: number; approximate: boolean; display: string } | null,
  lang: Lang,
): string {
  if (r === null) return "—";
  if (r.display === "<5") return "<5";
  if (!r.approximate) return formatInteger(r.min, lang);
  return `${formatInteger(r.min, lang)}–${formatInteger(r.max, lang)}`;
}

/**
 * A goal's figure: an exact count ("1 308"; exact figures are of what may be public exactly, such
 * as areas with grannsamverkan), a range when a quarter under 5 is part of it ("21–29", or "<5"
 * when even the top of the range is under 5), or an index ("2,12").
 */
export function figureValue(f: PublicFigure, lang: Lang): string {
  if (f.kind === "index") return formatDecimal(f.value ?? f.min, lang);
  if (!f.approximate) return formatInteger(f.min, lang);
  if (f.max < 5) return "<5";
  return `${formatInteger(f.min, lang)}–${formatInteger(f.max, lang)}`;
}

/**
 * What a figure stands for in time: the whole quarters it counts ("kvartal 3 2018 – kvartal 4
 * 2018") or the day a stock is counted on ("30 juni 2018"); empty when it says neither.
 */
export function figurePeriod(f: PublicFigure, t: TFunction, lang: Lang): string {
  if (f.quarters) {
    const { first, last } = f.quarters;
    if (first === last) return quarterLong(first, t);
    return t("pub.figures.span", { first: quarterLong(first, t), last: quarterLong(last, t) });
  }
  return f.as_of ? formatDate(f.as_of, lang) : "";
}

/**
 * A figure's own name: in Swedish the server's label; in English worded from what it is, since
 * the labels are stored in Swedish ("Trygghetsmätningen 2017" → "Safety survey 2017").
 */
export function figureLabel(
  f: PublicFigure,
  role: "baseline" | "current",
  t: TFunction,
  lang: Lang,
): string {
  if (lang === "sv") return f.label;
  if (f.kind === "index") {
    const year = /\d{4}/.exec(f.label)?.[0];
    return year ? t("pub.figures.survey", { year }) : "";
  }
  // A published figure's months ("Januari–september 2018"): the same words in English.
  if (SWEDISH_MONTH.test(f.label)) return monthsInEnglish(f.label);
  if (role === "current" || f.label === "") return "";
  return f.quarters ? t("pub.figures.sameQuartersBefore") : t("pub.figures.atStart");
}

const monthNames = (locale: string) =>
  Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(
      Date.UTC(2001, m, 1),
    ),
  );
const SV_MONTHS = monthNames("sv-SE");
const EN_MONTHS = monthNames("en-GB");
const SWEDISH_MONTH = new RegExp(`\\b(${SV_MONTHS.join("|")})\\b`, "i");

/** "Januari–september 2018" → "January–September 2018". */
export function monthsInEnglish(label: string): string {
  return label.replace(new RegExp(SWEDISH_MONTH.source, "gi"), (word) => {
    const m = SV_MONTHS.indexOf(word.toLowerCase());
    return m < 0 ? word : (EN_MONTHS[m] ?? word);
  });
}

/**
 * A promise period's name: in Swedish as the planners named it; in English worded from its years,
 * since the name is stored in Swedish ("Citizen promises 2018–2019").
 */
export function periodName(
  p: Pick<PublicPeriod, "name" | "starts_on" | "ends_on">,
  t: TFunction,
  lang: Lang,
): string {
  if (lang === "sv") return p.name;
  const [from, to] = [p.starts_on.slice(0, 4), p.ends_on.slice(0, 4)];
  return t("pub.promises.periodName", { years: from === to ? from : `${from}–${to}` });
}

/** The done count of an activity promise, exactly, with what it is measured against. */
export function activityDone(p: PublicActivityPromise, t: TFunction, lang: Lang): string {
  if (p.status === "no_record") return t("pub.figures.noRecord");
  const done = formatInteger(p.done, lang);
  const target = formatInteger(p.target, lang);
  if (p.unit === "month" || p.unit === "week") {
    // "21 av 76" when the measure shown beside it starts with the unit ("veckor med lägesbild"),
    // so the line does not read "veckor veckor".
    const word = t(p.unit === "month" ? "pub.figures.monthWord" : "pub.figures.weekWord");
    if (activityMeasure(p, t, lang).toLowerCase().startsWith(word.toLowerCase()))
      return t("pub.figures.ofTarget", { done, target });
    return t(p.unit === "month" ? "pub.figures.months" : "pub.figures.weeks", { done, target });
  }
  return t("pub.figures.countTarget", { done, target });
}

/** What an activity promise counts, as shown beside its figure. */
export function activityMeasure(p: PublicActivityPromise, t: TFunction, lang: Lang): string {
  return lang === "sv" ? p.measure : t(`pub.measure.${p.evidence}`);
}

/** The gaps of a recurring promise as words: months "juli 2018", weeks "v. 29 2018". */
export function gapLabels(p: PublicActivityPromise, t: TFunction, lang: Lang): string[] {
  return p.gaps.map((g) => (p.unit === "month" ? monthLabel(g, lang) : weekLabel(g, t)));
}

/** At most `max` items written out, then "…" with how many more. */
export function shortList(items: string[], max = 6): string {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} … (+${items.length - max})`;
}

export interface ReferenceLine {
  key: string;
  text: string;
  /**
   * Where it comes from: a web page named by its site ("staffanstorp.se"), or (url null) the
   * promise document itself.
   */
  sources: { url: string | null; label: string }[];
}

/**
 * The real, sourced facts beside a goal in words: the survey index as one series, the märk-DNA
 * target together with the kommun's households ("minst 3 000 av kommunens 8 855 hushåll").
 */
export function referenceLines(refs: PublicFact[], t: TFunction, lang: Lang): ReferenceLine[] {
  const source = (r: PublicFact) => ({
    url: r.source_url,
    label: r.source_url ? siteOf(r.source_url) : t("pub.refs.promiseDocument"),
  });
  const num = (n: number) => formatDecimal(n, lang);
  const out: ReferenceLine[] = [];
  const index = refs.filter((r) => r.indicator === "trygghetsmatning_totalindex");
  const total = refs.find((r) => r.indicator === "hushall_totalt");
  for (const r of refs) {
    switch (r.indicator) {
      case "trygghetsmatning_totalindex": {
        if (r !== index[0]) break;
        const points = index.map((x) =>
          t("pub.refs.indexPoint", { year: x.year, value: num(x.value) }),
        );
        out.push({
          key: r.indicator,
          text: `${t("pub.refs.trygghetsmatning_totalindex")}: ${points.join(" · ")}`,
          sources: uniqueSources(index.map(source)),
        });
        break;
      }
      case "hushall_totalt":
        // Said with the target when there is one.
        if (!refs.some((x) => x.indicator === "markdna_hushall_mal")) {
          out.push({
            key: r.indicator,
            text: t("pub.refs.hushall_totalt", { value: num(r.value) }),
            sources: [source(r)],
          });
        }
        break;
      case "markdna_hushall_mal":
        out.push({
          key: r.indicator,
          text: t("pub.refs.markdna_hushall_mal", {
            value: num(r.value),
            total: total ? num(total.value) : "",
          }),
          sources: uniqueSources([source(r), ...(total ? [source(total)] : [])]),
        });
        break;
      case "andel_oroliga_bostadsinbrott":
      case "markdna_hushall":
      case "bostadsinbrott_forandring_markdna":
        out.push({
          key: r.indicator,
          text: t(`pub.refs.${r.indicator}`, { value: num(r.value), year: yearSpan(r.year) }),
          sources: [source(r)],
        });
        break;
    }
  }
  return out;
}

/** "https://www.sydsvenskan.se/2018-…" → "sydsvenskan.se". */
function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** "2015-2016" → "2015–2016". */
const yearSpan = (year: string) => year.replace("-", "–");

function uniqueSources<T extends { url: string | null }>(list: T[]): T[] {
  return list.filter((s, i) => list.findIndex((x) => x.url === s.url) === i);
}

/**
 * An announced session's clock time: "18.30–20.00" in Swedish, "18:30–20:00" in English, or ""
 * when no time is given.
 * @example sessionTime({ start_time: "18:30", end_time: null }, "sv") // "kl. 18.30"
 */
export function sessionTime(
  s: { start_time: string | null; end_time: string | null },
  lang: Lang,
): string {
  if (!s.start_time) return "";
  const clock = (hhmm: string) => (lang === "sv" ? hhmm.replace(":", ".") : hhmm);
  const span = s.end_time ? `${clock(s.start_time)}–${clock(s.end_time)}` : clock(s.start_time);
  return lang === "sv" ? `kl. ${span}` : span;
}

/** How a sign-up text becomes a link: a web address, an e-mail, a phone number, or none. */
export function signupHref(text: string): string | null {
  const t = text.trim();
  if (/^https?:\/\/\S+$/i.test(t)) return t;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t)) return `mailto:${t}`;
  if (/^\+?[\d\s()-]{6,20}$/.test(t)) return `tel:${t.replace(/[^\d+]/g, "")}`;
  return null;
}
