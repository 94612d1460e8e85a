// One Swedish line per area for CSV exports and API users, built from the same structured
// explanation the web client renders in Swedish or English:
// "ingen grannsamverkan · 410 hushåll · 7 inbrott på 12 mån (2,1 × kommunens nivå) · …".
import type { ExplanationItem } from "./score.ts";

const MONTHS = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];
const NBSP = "\u00a0";
const integer = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });

/** 2.1 → "2,1": Swedish decimal comma, one decimal. */
export function decimalSv(x: number, digits = 1): string {
  return x.toFixed(digits).replace(".", ",");
}

/** "2018-03-14" → "mars 2018". */
export function monthYearSv(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1] ?? "?"} ${date.slice(0, 4)}`;
}

const percent = (share: number) => `${integer.format(Math.round(share * 100))}${NBSP}%`;

export function summarySv(items: ExplanationItem[]): string {
  const noWatch = items.some((i) => i.key === "no_watch");
  return [...new Set(items.map((item) => phrase(item, noWatch)))].join(" · ");
}

function phrase(item: ExplanationItem, noWatch: boolean): string {
  switch (item.key) {
    case "no_watch":
      return "ingen grannsamverkan";
    case "watch_starting":
      return `grannsamverkan startar (${item.groups} ${item.groups === 1 ? "grupp" : "grupper"})`;
    case "coverage":
      return `grannsamverkan i ${percent(item.share)} av hushållen`;
    case "dna":
      return `märk-DNA i ${percent(item.share)} av hushållen`;
    case "households":
      // After "ingen grannsamverkan" every household is without it; saying so again is noise.
      return `${integer.format(item.n)} hushåll${noWatch ? "" : " utan grannsamverkan"}`;
    case "burglaries": {
      const level = !item.ratio ? "" : ` (${decimalSv(item.ratio)} × kommunens nivå)`;
      return `${integer.format(item.n)} inbrott på 12 mån${level}`;
    }
    case "last_session":
      return item.date
        ? `ingen informationsträff sedan ${monthYearSv(item.date)}`
        : "ingen informationsträff registrerad";
    case "missing":
      return item.reason === "no_burglary_data"
        ? "inbrottsdata saknas"
        : "hushållsuppskattning saknas";
  }
}
