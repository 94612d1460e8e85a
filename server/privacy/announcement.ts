// The announcement fields of an information session (venue, signup) are published as written, so
// they must not carry a watch-group contact person's name, phone number or e-mail address (personal
// data, never public). Checked on every write of a session against the contact persons stored.
import type { Db } from "../db/open.ts";
import type { FieldError } from "../http/errors.ts";

export interface Contact {
  name: string | null;
  phone: string | null;
  email: string | null;
}

/** The phone number's digits without a leading 0, 46 or 0046, so +46 70… matches 070…. */
function phoneCore(s: string): string {
  return s.replace(/\D/g, "").replace(/^(00)?46|^0/, "");
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** True when `text` holds one of the contact's name (as whole words), phone digits or e-mail. */
export function mentionsContact(text: string, c: Contact): boolean {
  if (!text.trim()) return false;
  const name = c.name?.trim().split(/\s+/).map(escapeRegExp).join("\\s+");
  if (name && name.length >= 2) {
    const words = new RegExp(`(^|[^\\p{L}\\p{N}])${name}($|[^\\p{L}\\p{N}])`, "iu");
    if (words.test(text)) return true;
  }
  const phone = c.phone ? phoneCore(c.phone) : "";
  if (phone.length >= 5 && text.replace(/\D/g, "").includes(phone)) return true;
  const email = c.email?.trim().toLowerCase();
  return Boolean(email && text.toLowerCase().includes(email));
}

/** Field errors for each announcement field that names a stored contact person. */
export function announcementErrors(
  fields: { venue?: string | undefined; signup?: string | undefined },
  contacts: readonly Contact[],
): FieldError[] {
  const out: FieldError[] = [];
  for (const field of ["venue", "signup"] as const) {
    const text = fields[field];
    if (text && contacts.some((c) => mentionsContact(text, c))) {
      out.push({
        field,
        code: "names_contact",
        params: {},
        message:
          "names a watch group's contact person (name, phone or e-mail); it is published as written, so give the organiser's own contact or a public place",
      });
    }
  }
  return out;
}

/** The contact persons stored with any watch group (deleted ones too, until they are erased). */
export function createContactList(db: Db) {
  const all = db.prepare<[], Contact>(
    `SELECT contact_name AS name, contact_phone AS phone, contact_email AS email FROM watch_groups
     WHERE contact_name IS NOT NULL OR contact_phone IS NOT NULL OR contact_email IS NOT NULL`,
  );
  return () => all.all();
}
