// What the admin endpoints accept: accounts, the audit-log query, the privacy setting and the
// person whose data is exported or erased. Pure zod, so the web forms can use the same rules.
import { z } from "zod";
import { ROLES } from "../auth/roles.ts";
import { coded } from "../http/field-codes.ts";
import { intParam } from "../internal/params.ts";
import { isIsoDate } from "../period/dates.ts";

export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{2,64}$/;

export const username = z
  .string()
  .trim()
  .refine((s) => USERNAME_PATTERN.test(s), {
    message: "must be 2–64 characters: letters a–z, digits, '.', '-' or '_'",
    params: coded("bad_username"),
  });

const displayName = z.string().trim().max(200, { message: "at most 200 characters" });
const role = z.enum(ROLES, { message: `must be one of ${ROLES.join(", ")}` });

export const ACCOUNT_SCOPES = ["kommun", "police_area"] as const;
const scope = z.enum(ACCOUNT_SCOPES, { message: `must be one of ${ACCOUNT_SCOPES.join(", ")}` });
/** Kommun codes; whether the deployment covers them is checked by the route. */
const kommuner = z
  .array(z.string().regex(/^\d{4}$/, { message: "must be a kommun code of four digits" }), {
    message: "must be a list of kommun codes",
  })
  .max(50, { message: "at most 50 kommuner" })
  .refine((ks) => new Set(ks).size === ks.length, { message: "names a kommun twice" });

/**
 * `scope` 'police_area' works for every kommun of the deployment (the police always do); 'kommun'
 * for the `kommuner` listed (planners, and an administrator of a kommun).
 */
export const accountCreate = z.strictObject({
  username,
  display_name: displayName.optional(),
  role,
  scope: scope.optional(),
  kommuner: kommuner.optional(),
});
export type AccountCreate = z.output<typeof accountCreate>;

export const accountPatch = z
  .strictObject({
    display_name: displayName.optional(),
    role: role.optional(),
    disabled: z.boolean().optional(),
    scope: scope.optional(),
    kommuner: kommuner.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, {
    message: "give at least one of display_name, role, disabled, scope, kommuner",
    params: coded("nothing_to_change"),
  });
export type AccountPatch = z.output<typeof accountPatch>;

const dateParam = (field: string) =>
  z.string().refine(isIsoDate, {
    message: `${field} must be a real date written YYYY-MM-DD`,
    params: coded("not_date"),
  });

export const MAX_AUDIT_LIMIT = 500;

export const auditQuery = z
  .strictObject({
    actor: z.string().min(1).max(100).optional(),
    action: z.string().min(1).max(100).optional(),
    entity: z.string().min(1).max(100).optional(),
    /** Words as a person types them: parts of names, Swedish or English event names. */
    q: z.string().trim().min(1).max(200).optional(),
    from: dateParam("from").optional(),
    to: dateParam("to").optional(),
    before_id: intParam("before_id", 1, Number.MAX_SAFE_INTEGER).optional(),
    limit: intParam("limit", 1, MAX_AUDIT_LIMIT).default(100),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: "to must not be before from",
        params: coded("from_after_to"),
      });
    }
  });
export type AuditQuery = z.output<typeof auditQuery>;

/** A retention period: whole months 1–120, or null to keep what it covers. */
const retentionMonths = (kept: string) =>
  z
    .number({ message: "must be a whole number of months from 1 to 120, or null" })
    .refine((n) => Number.isInteger(n) && n >= 1 && n <= 120, {
      message: `must be a whole number of months from 1 to 120 (or null to keep ${kept})`,
      params: coded("whole_in_range", { min: 1, max: 120 }),
    })
    .nullable();

/** `audit_address_months` may be left out (unchanged), so older clients keep working. */
export const privacyPut = z.strictObject({
  contact_retention_months: retentionMonths("contact details"),
  audit_address_months: retentionMonths("client addresses").optional(),
});

/** A person to export or erase: at least one of name, e-mail and phone. */
export const personQuery = z
  .strictObject({
    name: z.string().trim().min(2, { message: "at least 2 characters" }).max(200).optional(),
    email: z
      .string()
      .trim()
      .max(254)
      .refine((s) => /^[^@\s]+@[^@\s]+$/.test(s), {
        message: "must be an e-mail address",
        params: coded("not_email"),
      })
      .optional(),
    phone: z
      .string()
      .trim()
      .max(40)
      .refine((s) => /^\+?[0-9][0-9 ()-]{4,}$/.test(s), {
        message: "must be a phone number: digits, spaces, +, - and ()",
        params: coded("not_phone"),
      })
      .optional(),
  })
  .refine((p) => p.name !== undefined || p.email !== undefined || p.phone !== undefined, {
    message: "give at least one of name, email, phone",
    params: coded("give_person"),
  });
export type PersonQuery = z.output<typeof personQuery>;
