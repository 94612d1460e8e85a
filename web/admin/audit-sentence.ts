// An audit entry as one sentence in the reader's language: who did what to which record, e.g.
// "Anna Berg (anna.berg) skapade trygghetsvandring nr 12". The words are the server's own
// (server/audit/words.ts), so the sentence uses the words the log's search finds. Pure.
import type { AuditPageEntry } from "../../server/admin/audit-repo.ts";
import type { AuditAction, AuditEntity } from "../../server/audit/log.ts";
import {
  ACTION_WORDS,
  ENTITY_WORDS,
  VISIT_KIND_WORDS,
  type Words,
} from "../../server/audit/words.ts";
import type { Lang } from "../i18n/format.ts";

const PHRASES = {
  sv: {
    nobody: "någon utan inloggning",
    system: "systemet",
    number: "nr",
    failedAs: (name: string) => `Misslyckad inloggning som ${name}`,
    failedUnknown: "Misslyckad inloggning med ett användarnamn som inte finns",
    unknownAccount: "ett konto som tagits bort",
  },
  en: {
    nobody: "someone not logged in",
    system: "the system",
    number: "no.",
    failedAs: (name: string) => `Failed login as ${name}`,
    failedUnknown: "Failed login with a username that does not exist",
    unknownAccount: "a removed account",
  },
} as const;

type Entry = Pick<
  AuditPageEntry,
  "actor" | "action" | "entity" | "entity_id" | "detail" | "account"
>;

const word = (words: Words | undefined, lang: Lang, fallback: string) => words?.[lang] ?? fallback;

/**
 * @param nameOf a username as the reader knows the person, e.g. with the display name.
 * @example auditSentence({ actor: "eva", action: "close", entity: "walk_findings", entity_id: "4", detail: {}, account: null }, "sv")
 * // "eva stängde iakttagelse nr 4"
 */
export function auditSentence(e: Entry, lang: Lang, nameOf: (u: string) => string = (u) => u) {
  const p = PHRASES[lang];
  const username = typeof e.detail.username === "string" ? e.detail.username : null;
  const account = e.account ?? username;
  if (e.action === "login-failed") {
    return account ? p.failedAs(nameOf(account)) : p.failedUnknown;
  }
  const who =
    e.actor === "anonymous"
      ? e.action === "login" && account
        ? nameOf(account)
        : p.nobody
      : e.actor === "system"
        ? p.system
        : nameOf(e.actor);
  const did = word(ACTION_WORDS[e.action as AuditAction], lang, e.action);
  // Things one does to oneself need no object.
  if (["login", "logout", "password-change", "password-change-failed"].includes(e.action)) {
    return `${who} ${did}`;
  }
  const kind = typeof e.detail.kind === "string" ? VISIT_KIND_WORDS[e.detail.kind] : undefined;
  const what =
    e.entity === "visits" && kind
      ? kind[lang]
      : word(ENTITY_WORDS[e.entity as AuditEntity], lang, e.entity);
  if (e.entity === "accounts") {
    const named = account ? nameOf(account) : e.entity_id ? p.unknownAccount : "";
    return `${who} ${did} ${what}${named ? ` ${named}` : ""}`;
  }
  return `${who} ${did} ${what}${e.entity_id ? ` ${p.number} ${e.entity_id}` : ""}`;
}
