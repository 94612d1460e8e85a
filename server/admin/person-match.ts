// Finding one person in stored data: exact matches on a watch group's contact fields, and
// occurrences in free text, which are replaced by "[raderat]" on erasure. Pure.
//
// Contact fields: the name and e-mail compare case-insensitively (and the name with its spaces
// normalised); the phone compares with spaces, dashes and brackets removed. In free text the name
// is matched as whole words (a genitive -s included), case-insensitively, so "Bo" does not hit
// "boende"; e-mail and phone
// (digits with any spaces, dashes or brackets between them) are matched too.

export interface Person {
  name?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
}

export interface ContactFields {
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
}

export type ContactField = "contact_name" | "contact_phone" | "contact_email";

export const REDACTED = "[raderat]";

export const normalName = (s: string) =>
  s.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("sv");
export const normalEmail = (s: string) => s.normalize("NFC").trim().toLocaleLowerCase("sv");
export const normalPhone = (s: string) => s.replace(/[\s()\-–]/g, "");

/** The contact fields of a watch group that hold this person's name, e-mail or phone. */
export function matchedContactFields(c: ContactFields, p: Person): ContactField[] {
  const hits: ContactField[] = [];
  if (p.name && c.contact_name && normalName(c.contact_name) === normalName(p.name)) {
    hits.push("contact_name");
  }
  if (p.phone && c.contact_phone && normalPhone(c.contact_phone) === normalPhone(p.phone)) {
    hits.push("contact_phone");
  }
  if (p.email && c.contact_email && normalEmail(c.contact_email) === normalEmail(p.email)) {
    hits.push("contact_email");
  }
  return hits;
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Patterns for the person in free text (global, case-insensitive, Unicode-aware). */
export function textPatterns(p: Person): RegExp[] {
  const patterns: RegExp[] = [];
  if (p.name) {
    const words = p.name.normalize("NFC").trim().split(/\s+/).map(literal).join("\\s+");
    // A Swedish genitive ("Åsa Öbergs", "SVT:s") is the name too.
    const genitive = "(?:s|:s|'s)?";
    patterns.push(new RegExp(`(?<![\\p{L}\\p{N}])${words}${genitive}(?![\\p{L}\\p{N}])`, "giu"));
  }
  if (p.email) {
    patterns.push(new RegExp(literal(p.email.normalize("NFC").trim()), "giu"));
  }
  if (p.phone) {
    const digits = normalPhone(p.phone).replace(/^\+/, "");
    const body = [...digits].map(literal).join("[\\s()\\-–]*");
    if (digits.length > 0) patterns.push(new RegExp(`(?<!\\d)${body}(?!\\d)`, "gu"));
  }
  return patterns;
}

export function mentions(text: string, patterns: readonly RegExp[]): boolean {
  const t = text.normalize("NFC");
  return patterns.some((re) => {
    re.lastIndex = 0;
    return re.test(t);
  });
}

/** The text with every occurrence of the person replaced by "[raderat]". */
export function redact(text: string, patterns: readonly RegExp[]): string {
  return patterns.reduce((t, re) => t.replace(re, REDACTED), text.normalize("NFC"));
}
