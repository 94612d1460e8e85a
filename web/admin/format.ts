// Timestamps of the admin pages (accounts' changes, log entries) in Swedish local time.
import { type Lang, locale } from "../i18n/format.ts";

/** @example formatAt("2026-11-30T03:12:00.000Z", "sv") // "2026-11-30 04:12:00" */
export function formatAt(at: string, lang: Lang): string {
  // SQLite's "YYYY-MM-DD HH:MM:SS" is UTC without saying so.
  const iso = /^\d{4}-\d{2}-\d{2} \d/.test(at) ? `${at.replace(" ", "T")}Z` : at;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return at;
  return new Intl.DateTimeFormat(locale(lang), {
    dateStyle: "short",
    timeStyle: "medium",
    timeZone: "Europe/Stockholm",
  }).format(d);
}
