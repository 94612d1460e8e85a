// The rules for changing an account that keep the system manageable: an admin cannot disable or
// demote themself, and the last enabled admin cannot be disabled or demoted. Pure.
import type { Role } from "../auth/roles.ts";
import { type FieldError, fieldError } from "../http/errors.ts";
import type { AccountScope } from "../kommun/scope.ts";

export interface AccountState {
  id: number;
  role: Role;
  disabled: boolean;
}

export interface AccountChange {
  role?: Role | undefined;
  disabled?: boolean | undefined;
}

/** Why a change is refused: the answer's code (worded by the web app) and the English message. */
export interface Refusal {
  code: "last_admin" | "own_account";
  message: string;
}

/** Why the change is refused, or null when it is allowed. */
export function refuseAccountChange(
  target: AccountState,
  change: AccountChange,
  callerId: number,
  enabledAdmins: number,
): Refusal | null {
  const isEnabledAdmin = target.role === "admin" && !target.disabled;
  const disables = change.disabled === true && !target.disabled;
  const demotes = change.role !== undefined && change.role !== "admin" && target.role === "admin";
  if (!disables && !demotes) return null;
  const what = disables ? "disable" : "demote";
  if (isEnabledAdmin && enabledAdmins <= 1) {
    const message = `Cannot ${what} the last enabled admin account; make another account admin first`;
    return { code: "last_admin", message };
  }
  if (target.id === callerId) {
    const message = `You cannot ${what} your own account; ask another admin to do it`;
    return { code: "own_account", message };
  }
  return null;
}

// Which kommuner an account works for, and who may say so. An administrator of the police area
// manages every account; an administrator of a kommun only the accounts whose kommuner are all
// theirs, and can grant neither the police area nor a kommun they lack. The police always work
// for the whole police area.

export interface Scoped {
  scope: AccountScope;
  kommuner: readonly string[];
}

/**
 * Who is asking: `policeArea` for an administrator of the police area who has not narrowed the
 * request to one kommun (`?kommun=`); `kommuner` the kommuner the request works for.
 */
export interface AdminCaller {
  policeArea: boolean;
  kommuner: readonly string[];
}

/** Whether the caller sees and manages the account. */
export function manages(caller: AdminCaller, target: Scoped): boolean {
  if (caller.policeArea) return true;
  return (
    target.scope === "kommun" &&
    target.kommuner.length > 0 &&
    target.kommuner.every((k) => caller.kommuner.includes(k))
  );
}

/**
 * An account a kommun's administrator sees but does not manage: one that also works for a kommun
 * of theirs, beside others (the police area's administrator manages it).
 */
export function shares(caller: AdminCaller, target: Scoped): boolean {
  if (caller.policeArea || manages(caller, target)) return false;
  return target.scope === "kommun" && target.kommuner.some((k) => caller.kommuner.includes(k));
}

/** What an account's role, scope and kommuner are to be: given, or left as they were. */
export interface ScopeRequest {
  role: Role;
  scope?: AccountScope | undefined;
  kommuner?: readonly string[] | undefined;
}

export type ScopeResult =
  | { ok: true; scope: AccountScope; kommuner: string[] }
  | { ok: false; fields: FieldError[] };

/**
 * The scope and kommuner an account of `role` gets. `fallback` is used where the request names
 * no kommuner for a kommun account: the account's current ones on a change, or on a create the
 * one kommun the caller works for (a one-kommun deployment need not name it).
 */
export function resolveScope(
  req: ScopeRequest,
  deployed: readonly string[],
  fallback: readonly string[] | undefined,
): ScopeResult {
  const fields: FieldError[] = [];
  const given = req.kommuner;
  if (req.role === "police") {
    if (req.scope === "kommun") {
      const message = "the police work for the whole police area: scope must be police_area";
      fields.push(fieldError("scope", "scope_for_role", message, { scope: "police_area" }));
    }
    if (given && given.length > 0) {
      fields.push(
        fieldError("kommuner", "kommuner_not_listed", "a police account lists no kommuner"),
      );
    }
    return fields.length ? { ok: false, fields } : { ok: true, scope: "police_area", kommuner: [] };
  }
  const scope = req.scope ?? (req.role === "planner" ? "kommun" : "police_area");
  if (scope === "police_area") {
    if (req.role === "planner") {
      const message = "a planner works for the kommuner listed: scope must be kommun";
      fields.push(fieldError("scope", "scope_for_role", message, { scope: "kommun" }));
    }
    if (given && given.length > 0) {
      const message = "an account of the police area covers every kommun: list none";
      fields.push(fieldError("kommuner", "kommuner_not_listed", message));
    }
    return fields.length ? { ok: false, fields } : { ok: true, scope, kommuner: [] };
  }
  const kommuner = [...(given ?? fallback ?? [])].sort();
  if (kommuner.length === 0) {
    const message = `give at least one kommun the account works for (${deployed.join(", ")})`;
    fields.push(fieldError("kommuner", "too_few", message, { min: 1 }));
  }
  const unknown = kommuner.filter((k) => !deployed.includes(k));
  if (unknown.length > 0) {
    const message = `${unknown.join(", ")} ${unknown.length === 1 ? "is not a kommun" : "are not kommuner"} of this deployment (${deployed.join(", ")})`;
    fields.push(fieldError("kommuner", "unknown_kommun", message, { kommun: unknown.join(", ") }));
  }
  return fields.length ? { ok: false, fields } : { ok: true, scope, kommuner };
}

/** Why the caller may not give an account this scope, or null. */
export function refuseGrant(caller: AdminCaller, next: Scoped): FieldError | null {
  if (caller.policeArea) return null;
  if (next.scope === "police_area") {
    const message = "An administrator of a kommun cannot give an account the whole police area";
    return fieldError("scope", "police_area_grant", message);
  }
  const lacking = next.kommuner.filter((k) => !caller.kommuner.includes(k));
  if (lacking.length > 0) {
    const kommun = lacking.join(", ");
    const message = `You do not administer kommun ${kommun}: you cannot give an account it`;
    return fieldError("kommuner", "other_kommun", message, { kommun });
  }
  return null;
}

/**
 * The last enabled administrator of the police area keeps that scope, and no administrator
 * narrows their own: someone must be left who manages every account.
 */
export function refuseNarrowing(
  target: AccountState & Scoped,
  next: { role: Role; scope: AccountScope; disabled: boolean },
  callerId: number,
  policeAreaAdmins: number,
): Refusal | null {
  const was = target.role === "admin" && target.scope === "police_area" && !target.disabled;
  const stays = next.role === "admin" && next.scope === "police_area" && !next.disabled;
  if (!was || stays) return null;
  if (policeAreaAdmins <= 1) {
    const message =
      "Cannot narrow, demote or disable the last enabled administrator of the police area; give another admin the police area first";
    return { code: "last_admin", message };
  }
  if (target.id === callerId) {
    const message = "You cannot narrow your own account to a kommun; ask another admin to do it";
    return { code: "own_account", message };
  }
  return null;
}
