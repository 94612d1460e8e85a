// The roles an account can have. The public has no account and no role.
export const ROLES = ["planner", "police", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Who does what, as groups of roles: the server's access table and the web's views use these. */
export const PLANNING: readonly Role[] = ["planner", "admin"];
export const POLICE: readonly Role[] = ["police"];
export const SHARED: readonly Role[] = ROLES;
export const ADMIN: readonly Role[] = ["admin"];
