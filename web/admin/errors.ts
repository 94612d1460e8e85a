// The admin API's messages (English, from server/admin/schema.ts and its rules) → a key of
// admin.errors, so the user reads them in their own language; null shows the message as it is.
export type AdminErrorKey =
  | "username"
  | "usernameTaken"
  | "self"
  | "lastAdmin"
  | "months"
  | "nameShort"
  | "email"
  | "phone"
  | "needOne"
  | "date"
  | "order"
  | "tooLong"
  | "role";

const KNOWN: [RegExp, AdminErrorKey][] = [
  [/2–64 characters|2-64 characters/i, "username"],
  [/already (exists|taken|in use)|is taken|username.*(taken|exists)/i, "usernameTaken"],
  [/your own account/i, "self"],
  [/last (enabled )?admin/i, "lastAdmin"],
  [/months/i, "months"],
  [/at least 2 characters/i, "nameShort"],
  [/e-mail address/i, "email"],
  [/phone number/i, "phone"],
  [/at least one of name/i, "needOne"],
  [/YYYY-MM-DD/i, "date"],
  [/not be before/i, "order"],
  [/at most \d+ characters/i, "tooLong"],
  [/must be one of planner/i, "role"],
];

export function adminErrorKey(message: string): AdminErrorKey | null {
  for (const [pattern, key] of KNOWN) if (pattern.test(message)) return key;
  return null;
}
