// The roles an account can have. The public has no account and no role.
export const ROLES = ["planner", "police", "admin"] as const;
export type Role = (typeof ROLES)[number];
