// The audit log in people's words, Swedish and English: what each action and each kind of record
// is called. One list for both sides: the web app builds its sentences from it ("anna skapade
// trygghetsvandring nr 12") and the server's text search matches the same words, so what a person
// reads in the log is what they can type to find it.
import type { AuditAction, AuditEntity } from "./log.ts";

export interface Words {
  sv: string;
  en: string;
  /** Other words a person may type for it (searched, never shown). */
  also?: string;
}

export const ACTION_WORDS: Record<AuditAction, Words> = {
  create: { sv: "skapade", en: "created" },
  update: { sv: "ändrade", en: "changed", also: "ändring updated" },
  delete: { sv: "tog bort", en: "deleted", also: "raderade borttagning" },
  insert: { sv: "lade in", en: "added" },
  import: { sv: "importerade", en: "imported" },
  recompute: { sv: "räknade om", en: "recomputed" },
  login: { sv: "loggade in", en: "logged in", also: "inloggning login" },
  "login-failed": { sv: "misslyckad inloggning", en: "failed login" },
  logout: { sv: "loggade ut", en: "logged out", also: "utloggning logout" },
  "password-change": { sv: "bytte lösenord", en: "changed their password" },
  "password-change-failed": {
    sv: "misslyckat lösenordsbyte",
    en: "failed password change",
  },
  "reset-password": { sv: "återställde lösenordet för", en: "reset the password of" },
  "read-personal": { sv: "läste personuppgifter i", en: "read personal data in" },
  "erase-personal": { sv: "raderade personuppgifter i", en: "erased personal data in" },
  "retention-erase": { sv: "gallrade personuppgifter i", en: "erased due personal data in" },
  "retention-addresses": { sv: "gallrade adresser i", en: "blanked addresses in" },
  close: { sv: "stängde", en: "closed" },
  reopen: { sv: "öppnade igen", en: "reopened" },
  revoke: { sv: "återkallade", en: "revoked" },
  restore: { sv: "återställde", en: "restored" },
};

export const ENTITY_WORDS: Record<AuditEntity, Words> = {
  access_tokens: { sv: "åtkomsttoken", en: "access token" },
  accounts: { sv: "konto", en: "account" },
  areas: { sv: "områdesgränser", en: "area boundaries" },
  audit_log: { sv: "händelseloggen", en: "the audit log" },
  coverage: { sv: "täckning", en: "coverage" },
  database: { sv: "databasen från en säkerhetskopia", en: "the database from a backup" },
  coverage_settings: { sv: "täckningsinställningar", en: "coverage settings" },
  dna_kits: { sv: "märk-DNA-utdelning", en: "märk-DNA hand-out" },
  lagesbild: { sv: "lägesbild", en: "lägesbild" },
  messages: { sv: "utskick", en: "message" },
  persons: { sv: "personuppgiftsbegäran", en: "personal-data request" },
  presence: { sv: "närvaro", en: "presence" },
  privacy_settings: { sv: "gallringsinställningar", en: "retention settings" },
  promise_periods: { sv: "löftesperiod", en: "promise period" },
  promise_progress: { sv: "löftesuppföljning", en: "promise progress" },
  promises: { sv: "löfte", en: "promise" },
  visits: { sv: "besök", en: "visit" },
  walk_findings: { sv: "iakttagelse", en: "finding" },
  watch_groups: { sv: "grannsamverkansgrupp", en: "watch group" },
};

/** A visit's kind (in its audit detail) names the record better than "visit". */
export const VISIT_KIND_WORDS: Record<string, Words> = {
  info_session: { sv: "informationsträff", en: "information session" },
  contact_meeting: {
    sv: "informationsträff för kontaktpersoner",
    en: "information session for contact persons",
  },
  safety_walk: { sv: "trygghetsvandring", en: "safety walk" },
};

/** Lower case as a Swede reads it: "Å" and "å" are one letter; so are "É" and "é". */
export const fold = (s: string) => s.toLocaleLowerCase("sv-SE");

const VOCABULARY: [code: string, words: Words][] = [
  ...Object.entries(ACTION_WORDS),
  ...Object.entries(ENTITY_WORDS),
  ...Object.entries(VISIT_KIND_WORDS),
];

/**
 * What one typed word may match in a row: itself, and the code of every action, kind of record
 * or kind of visit whose Swedish or English name contains it.
 * @example alternatives("vandring") // ["vandring", "safety_walk"]
 */
export function alternatives(word: string): string[] {
  const w = fold(word);
  const codes = VOCABULARY.filter(([, { sv, en, also = "" }]) =>
    fold(`${sv} ${en} ${also}`).includes(w),
  ).map(([code]) => code);
  return [w, ...new Set(codes)];
}

/** A search as typed → its words (at most 8), each with what it may match. */
export function searchTerms(q: string): string[][] {
  return q.split(/\s+/).filter(Boolean).slice(0, 8).map(alternatives);
}

/** Whether a row's text holds every word (or one of its alternatives). */
export function matchesAll(haystack: string, terms: readonly string[][]): boolean {
  const text = fold(haystack);
  return terms.every((alts) => alts.some((a) => text.includes(a)));
}
