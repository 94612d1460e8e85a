// The rules for changing an account that keep the system manageable: an admin cannot disable or
// demote themself, and the last enabled admin cannot be disabled or demoted. Pure.
import type { Role } from "../auth/roles.ts";

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
