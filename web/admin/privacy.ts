// The privacy forms' pure parts: the retention months as typed, the GDPR search as the API takes
// it, and the name of the downloaded export (no personal data in the file name).
import type { PersonCriteria } from "./types.ts";

export const MAX_RETENTION_MONTHS = 120;

/** "" → null (no automatic erasure); a whole number 1–120 → that; anything else → undefined. */
export function parseMonths(input: string): number | null | undefined {
  const s = input.trim();
  if (s === "") return null;
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 1 && n <= MAX_RETENTION_MONTHS ? n : undefined;
}

export interface PersonForm {
  name: string;
  email: string;
  phone: string;
}

export const EMPTY_PERSON: PersonForm = { name: "", email: "", phone: "" };

/** The fields that are filled in, trimmed; null when none is. */
export function personCriteria(form: PersonForm): PersonCriteria | null {
  const out: PersonCriteria = {};
  for (const key of ["name", "email", "phone"] as const) {
    const value = form[key].trim();
    if (value) out[key] = value;
  }
  return Object.keys(out).length ? out : null;
}

/** @example exportFileName(new Date("2026-11-30T10:00:00Z")) // "grannkoll-registerutdrag-2026-11-30.json" */
export function exportFileName(now: Date): string {
  return `grannkoll-registerutdrag-${now.toISOString().slice(0, 10)}.json`;
}

/** accounts_kept may be a count or the list of matching accounts. */
export function keptCount(kept: number | readonly unknown[] | undefined): number {
  if (Array.isArray(kept)) return kept.length;
  return typeof kept === "number" ? kept : 0;
}
