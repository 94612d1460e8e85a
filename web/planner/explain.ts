// The structured explanation of an area's score (server/priorities/score.ts) as plain Swedish or
// English: "no neighbourhood watch · 410 households · 7 burglaries in 12 months (2.1 × …) · …".
// Swedish is the server's own wording (server/priorities/summary.ts), so table and CSV agree.
import type { ExplanationItem } from "../../server/priorities/score.ts";
import { summarySv } from "../../server/priorities/summary.ts";
import { formatInteger, type Lang, locale } from "../i18n/format.ts";

const percent = (share: number, lang: Lang) =>
  new Intl.NumberFormat(locale(lang), { style: "percent", maximumFractionDigits: 0 }).format(share);
const decimal = (x: number, lang: Lang) =>
  new Intl.NumberFormat(locale(lang), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(x);
/** "2018-03-14" → "mars 2018" / "March 2018", in UTC so no time zone moves the month. */
export const monthYear = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(locale(lang), { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${iso.slice(0, 7)}-01T00:00:00Z`),
  );

type Words = (item: ExplanationItem, noWatch: boolean, lang: Lang) => string;

const EN: Words = (item, noWatch, lang) => {
  switch (item.key) {
    case "no_watch":
      return "no neighbourhood watch";
    case "watch_starting":
      return `neighbourhood watch starting (${item.groups} ${item.groups === 1 ? "group" : "groups"})`;
    case "coverage":
      return `neighbourhood watch in ${percent(item.share, lang)} of households`;
    case "dna":
      return `property marking in ${percent(item.share, lang)} of households`;
    case "households":
      return `${formatInteger(item.n, lang)} households${noWatch ? "" : " without neighbourhood watch"}`;
    case "burglaries": {
      const noun = item.n === 1 ? "burglary" : "burglaries";
      const level = item.ratio ? ` (${decimal(item.ratio, lang)} × the municipality's level)` : "";
      return `${formatInteger(item.n, lang)} ${noun} in 12 months${level}`;
    }
    case "last_session":
      return item.date
        ? `no information session since ${monthYear(item.date, lang)}`
        : "no information session recorded";
    case "missing":
      return item.reason === "no_burglary_data"
        ? "burglary data missing"
        : "households estimate missing";
  }
};

/** The explanation as one line; Swedish is the server's own wording (also used in exports). */
export function explanationText(items: ExplanationItem[], lang: Lang): string {
  if (lang === "sv") return summarySv(items);
  const noWatch = items.some((i) => i.key === "no_watch");
  return [...new Set(items.map((item) => EN(item, noWatch, lang)))].join(" · ");
}
